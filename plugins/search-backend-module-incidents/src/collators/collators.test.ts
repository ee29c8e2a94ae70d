import { mockServices, TestBackend } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { TestPipeline } from '@backstage/plugin-search-backend-node';
import { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import {
  asGuest,
  discoveryOf,
  seed,
  startIncidentsBackend,
} from '../__testUtils__/incidentsBackend';
import { IncidentCollatorFactory } from './IncidentCollatorFactory';
import { KnownErrorCollatorFactory } from './KnownErrorCollatorFactory';
import { PostmortemCollatorFactory } from './PostmortemCollatorFactory';

jest.setTimeout(60_000);

const auth = mockServices.auth({ pluginId: 'search' });

async function collate(factory: DocumentCollatorFactory) {
  const { documents, error } = await TestPipeline.fromCollator(
    await factory.getCollator(),
  ).execute();
  if (error) {
    throw error;
  }
  return documents as any[];
}

describe('the incidents collators against the incidents plugin', () => {
  let backend: TestBackend;
  const requests: string[] = [];
  const realFetch = global.fetch;

  const options = (pageSize?: number) => ({
    auth,
    discovery: discoveryOf(backend),
    pageSize,
  });
  const noConfig = new ConfigReader({});

  let incidents: any[];
  let security: any;
  let knownErrors: any[];

  beforeAll(async () => {
    backend = await startIncidentsBackend();
    const { declare, recordKnownError, writePostmortem } = seed(backend);
    incidents = [];
    for (const n of [1, 2, 3, 4, 5]) {
      incidents.push(
        await declare({
          title: `Checkout returns 502 (${n})`,
          description: n === 1 ? 'Every basket fails at payment.' : undefined,
          entityRefs: [
            'component:default/checkout-web',
            'component:default/cart-service',
          ],
        }),
      );
      if (n === 3) {
        security = await declare({
          title: 'Card numbers in the logs',
          description: 'The cart service logged full card numbers.',
          security: true,
        });
      }
    }
    await asGuest(backend, 'PATCH', `/incidents/${incidents[0].number}`, {
      summary: 'The cart service dropped connections on restart.',
      impact: 'About 4,000 baskets.',
    });
    knownErrors = [];
    for (const n of [1, 2, 3]) {
      knownErrors.push(
        await recordKnownError({
          title: `Cart sessions lost on deploy (${n})`,
          symptoms: 'Baskets empty after a deploy.',
          workaround: n === 1 ? 'Drain the pods one at a time.' : undefined,
          rootCause: n === 1 ? 'Sessions live in memory.' : undefined,
        }),
      );
    }
    for (const incident of [incidents[0], incidents[1], incidents[4]]) {
      await writePostmortem(incident.number, {
        summary: `Checkout failed (${incident.number}).`,
        rootCause: 'The cart service dropped connections on restart.',
      });
    }
    await writePostmortem(security.number, {
      summary: 'Card numbers were written to the logs.',
    });
  });

  beforeEach(() => {
    requests.length = 0;
    global.fetch = jest.fn((input: any, init?: any) => {
      requests.push(String(input));
      return realFetch(input, init);
    }) as typeof fetch;
  });

  afterEach(() => {
    global.fetch = realFetch;
  });

  afterAll(async () => {
    await backend.stop();
  });

  /** Every document has the same keys (the Lunr engine indexes the first one's). */
  function expectSameKeys(documents: any[]) {
    const keys = Object.keys(documents[0]).sort();
    for (const document of documents) {
      expect(Object.keys(document).sort()).toEqual(keys);
      for (const [key, value] of Object.entries(document)) {
        if (key !== 'authorization') {
          expect([key, typeof value]).toEqual([key, 'string']);
        }
      }
    }
  }

  describe('incidents', () => {
    it('indexes every incident but the security one, page after page, with its id as the resource', async () => {
      const factory = IncidentCollatorFactory.fromConfig(noConfig, options(2));
      expect(factory.type).toBe('incident');
      expect(factory.visibilityPermission.name).toBe('incident.read');

      const documents = await collate(factory);

      // 6 incidents, 2 a page: 3 requests; the security incident is left out.
      expect(requests).toHaveLength(3);
      expect(new URL(requests[0]).searchParams.get('limit')).toBe('2');
      expect(new URL(requests[0]).searchParams.get('cursor')).toBeNull();
      expect(new URL(requests[1]).searchParams.get('cursor')).toBeTruthy();
      expect(documents.map(d => d.authorization.resourceRef).sort()).toEqual(
        incidents.map(incident => incident.id).sort(),
      );
      expect(documents.map(d => d.title)).not.toContain(
        `${security.number} · Card numbers in the logs`,
      );
      expectSameKeys(documents);

      const first = documents.find(d => d.number === incidents[0].number);
      expect(first).toEqual({
        title: `${incidents[0].number} · Checkout returns 502 (1)`,
        text: 'Every basket fails at payment.\n\nThe cart service dropped connections on restart.\n\nAbout 4,000 baskets.',
        location: `/incidents/${incidents[0].number}`,
        number: incidents[0].number,
        severity: 'SEV2',
        status: 'active',
        entityRef: 'component:default/checkout-web',
        declaredAt: incidents[0].declaredAt,
        authorization: { resourceRef: incidents[0].id },
      });
      expect(documents.find(d => d.number === incidents[1].number).text).toBe(
        '',
      );
    });

    it('asks for the largest page the API serves by default', async () => {
      const documents = await collate(
        IncidentCollatorFactory.fromConfig(noConfig, options()),
      );
      expect(documents).toHaveLength(5);
      expect(requests).toHaveLength(1);
      expect(new URL(requests[0]).searchParams.get('limit')).toBe('100');
    });

    it('links where the app mounts the incidents page', async () => {
      const documents = await collate(
        IncidentCollatorFactory.fromConfig(
          new ConfigReader({
            search: {
              collators: { incidents: { incidentsPath: '/ops/incidents/' } },
            },
          }),
          options(),
        ),
      );
      expect(documents[0].location).toMatch(/^\/ops\/incidents\/INC-\d+$/);
    });
  });

  describe('known errors', () => {
    it('indexes every known error, page after page, with its id as the resource', async () => {
      const factory = KnownErrorCollatorFactory.fromConfig(
        noConfig,
        options(2),
      );
      expect(factory.type).toBe('known-error');
      expect(factory.visibilityPermission.name).toBe('knownError.read');

      const documents = await collate(factory);

      expect(requests).toHaveLength(2);
      expect(documents.map(d => d.authorization.resourceRef).sort()).toEqual(
        knownErrors.map(knownError => knownError.id).sort(),
      );
      expectSameKeys(documents);
      const first = documents.find(d => d.number === knownErrors[0].number);
      expect(first).toEqual({
        title: `${knownErrors[0].number} · Cart sessions lost on deploy (1)`,
        text: 'Baskets empty after a deploy.\n\nDrain the pods one at a time.\n\nSessions live in memory.',
        location: `/known-errors/${knownErrors[0].number}`,
        number: knownErrors[0].number,
        status: knownErrors[0].status,
        entityRef: 'component:default/cart-service',
        updatedAt: knownErrors[0].updatedAt,
        authorization: { resourceRef: knownErrors[0].id },
      });
    });

    it('links where the app mounts the known errors page', async () => {
      const documents = await collate(
        KnownErrorCollatorFactory.fromConfig(
          new ConfigReader({
            search: { collators: { incidents: { knownErrorsPath: '/kedb' } } },
          }),
          options(),
        ),
      );
      expect(documents[0].location).toMatch(/^\/kedb\/KE-\d+$/);
    });
  });

  describe('postmortems', () => {
    it('indexes the saved postmortems but the security incident’s, page after page, with the incident id as the resource', async () => {
      const factory = PostmortemCollatorFactory.fromConfig(
        noConfig,
        options(2),
      );
      expect(factory.type).toBe('postmortem');
      expect(factory.visibilityPermission.name).toBe('incident.read');

      const documents = await collate(factory);

      expect(requests).toHaveLength(2);
      expect(documents.map(d => d.number)).toEqual(
        [incidents[0], incidents[1], incidents[4]].map(i => i.number),
      );
      expect(documents.map(d => d.number)).not.toContain(security.number);
      expectSameKeys(documents);
      expect(documents[0]).toEqual({
        title: `Postmortem ${incidents[0].number} · Checkout returns 502 (1)`,
        text: expect.stringContaining(
          `Checkout failed (${incidents[0].number}).`,
        ),
        location: `/incidents/${incidents[0].number}/postmortem`,
        number: incidents[0].number,
        severity: 'SEV2',
        status: 'draft',
        entityRef: 'component:default/checkout-web',
        updatedAt: expect.any(String),
        authorization: { resourceRef: incidents[0].id },
      });
      expect(documents[0].text).toContain(
        'The cart service dropped connections on restart.',
      );
    });
  });

  it('fails the collation when the incidents API refuses', async () => {
    const factory = IncidentCollatorFactory.fromConfig(noConfig, {
      auth,
      discovery: {
        ...discoveryOf(backend),
        getBaseUrl: async () =>
          `http://localhost:${backend.server.port()}/api/not-incidents`,
      },
    });
    await expect(collate(factory)).rejects.toThrow(/404/);
  });
});
