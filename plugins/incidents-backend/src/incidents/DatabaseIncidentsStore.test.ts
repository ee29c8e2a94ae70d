import { mockServices } from '@backstage/backend-test-utils';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import { countRows } from '../__testUtils__/startIncidentsBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { prepareDatabase } from '../database/prepareDatabase';
import { DatabaseIncidentsStore } from './DatabaseIncidentsStore';
import { NewIncident } from './IncidentsStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const GUEST = 'user:default/guest';

function newIncident(title: string): NewIncident {
  const now = new Date().toISOString();
  return {
    title,
    severity: 'SEV2',
    status: 'active',
    mode: 'live',
    security: false,
    drill: false,
    entityRefs: ['component:default/checkout-web'],
    ownerRefs: ['group:default/storefront-team'],
    reporterRef: GUEST,
    impactStartedAt: now,
    declaredAt: now,
    roles: [
      { role: 'incident-commander', userRef: GUEST, assignedByRef: GUEST },
    ],
    timeline: [
      { kind: 'declared', body: 'Declared', authorRef: GUEST, automatic: true },
    ],
  };
}

const claim = (key: string, requestHash = 'hash-a') => ({
  actorRef: GUEST,
  key,
  requestHash,
});

describe.each(databases.eachSupportedId())(
  'DatabaseIncidentsStore on %s',
  databaseId => {
    let knex: Knex;
    let store: DatabaseIncidentsStore;

    beforeEach(async () => {
      knex = await databases.init(databaseId);
      await prepareDatabase(mockServices.database({ knex }));
      store = new DatabaseIncidentsStore(knex);
    });

    it('numbers concurrent declares from 1 without gaps or duplicates', async () => {
      const declared = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          store.declareIncident(newIncident(`Incident ${i}`)),
        ),
      );
      const numbers = declared
        .map(d => Number(d.incident.number.slice('INC-'.length)))
        .sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    });

    it('leaves no gap when a declare rolls back', async () => {
      await store.declareIncident(newIncident('First'));
      const broken = {
        ...newIncident('Broken'),
        // The timeline insert fails inside the transaction: a correction of nothing.
        timeline: [
          {
            kind: 'note' as const,
            body: 'x',
            authorRef: GUEST,
            automatic: false,
            correctsId: '999',
          },
        ],
      };
      await expect(store.declareIncident(broken)).rejects.toThrow(InputError);
      const { incident } = await store.declareIncident(newIncident('Second'));
      expect(incident.number).toBe('INC-2');
    });

    it('replays an idempotent declare, and refuses the key for another request', async () => {
      const first = await store.declareIncident(
        newIncident('Checkout is down'),
        claim('key-1'),
      );
      expect(first.replayed).toBe(false);
      const rows = await countRows(knex);

      const again = await store.declareIncident(
        newIncident('Checkout is down'),
        claim('key-1'),
      );
      expect(again).toEqual({ incident: first.incident, replayed: true });
      expect(await countRows(knex)).toEqual(rows);

      await expect(
        store.declareIncident(
          newIncident('Something else'),
          claim('key-1', 'hash-b'),
        ),
      ).rejects.toThrow(ConflictError);
      expect(await countRows(knex)).toEqual(rows);
    });

    it('creates one incident when the same key races itself', async () => {
      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          store.declareIncident(newIncident('Raced'), claim('race')),
        ),
      );
      expect(new Set(results.map(r => r.incident.id)).size).toBe(1);
      expect(results.filter(r => !r.replayed)).toHaveLength(1);
    });

    it('rolls a mutation back entirely when it throws, and 404s an unknown id', async () => {
      const { incident } = await store.declareIncident(newIncident('Down'));
      const rows = await countRows(knex);
      await expect(
        store.mutateIncident(incident.id, () => {
          throw new ConflictError('no');
        }),
      ).rejects.toThrow(ConflictError);
      await expect(
        store.mutateIncident(incident.id, () => ({
          fields: { summary: 'Half written' },
          timeline: [
            {
              kind: 'note',
              body: 'x',
              authorRef: GUEST,
              automatic: false,
              correctsId: 'not-an-entry',
            },
          ],
        })),
      ).rejects.toThrow(InputError);
      expect(await countRows(knex)).toEqual(rows);
      expect((await store.getIncident({ id: incident.id }))!.summary).toBe(
        null,
      );
      await expect(
        store.mutateIncident('00000000-0000-4000-8000-000000000000', () => ({
          timeline: [],
        })),
      ).rejects.toThrow(NotFoundError);
    });

    it('tells when each incident last changed', async () => {
      const { incident } = await store.declareIncident(newIncident('Down'));
      const before = (await store.incidentVersions([incident.id])).get(
        incident.id,
      );
      expect(before).toBe(Date.parse(incident.updatedAt));
      await new Promise(resolve => setTimeout(resolve, 5));
      await store.mutateIncident(incident.id, () => ({
        fields: { summary: 'Changed' },
        timeline: [],
      }));
      const after = (await store.incidentVersions([incident.id])).get(
        incident.id,
      );
      expect(after).toBeGreaterThan(before!);
      expect(await store.incidentVersions([])).toEqual(new Map());
    });
  },
);
