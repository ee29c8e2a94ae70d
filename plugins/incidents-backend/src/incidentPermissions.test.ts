import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { SignalPayload } from '@backstage/plugin-signals-node';
import { IncidentChangedSignal } from '@incident-response/backstage-plugin-incidents-common';
import {
  ALICE,
  as,
  BOB,
  GUEST,
  useIncidentsBackend,
} from './__testUtils__/incidentsApi';
import { createTestDatabases } from './__testUtils__/testDatabases';

jest.setTimeout(60_000);

const databases = createTestDatabases();

/** A member of the security responder group, in no team that owns anything. */
const SAM = 'user:default/sam';
const SERVICE = 'service';

/** Each user's ownership refs, as Backstage's sign-in gives them. */
const OWNERSHIP: Record<string, string[]> = {
  [GUEST]: [GUEST, 'group:default/sre-team'],
  [ALICE]: [ALICE, 'group:default/payments-team'],
  [BOB]: [BOB, 'group:default/storefront-team'],
  [SAM]: [SAM, 'group:default/security'],
};

const headers = (who: string) =>
  who === SERVICE
    ? { Authorization: mockCredentials.service.header() }
    : as(who);

/**
 * A security incident on payments-gateway (payments-team) declared by the guest, and a
 * normal one on checkout-web (storefront-team): who sees and changes what.
 */
describe.each(databases.eachSupportedId())(
  'who sees security incidents, on %s',
  databaseId => {
    const signals: SignalPayload[] = [];
    const { api, declare } = useIncidentsBackend(databases, databaseId, {
      ownership: OWNERSHIP,
      publishedSignals: signals,
    });
    let secret: { id: string; number: string };
    let normal: { id: string; number: string };
    let knownErrorId: string;

    beforeAll(async () => {
      secret = await declare({
        title: 'Customer addresses exposed',
        severity: 'SEV1',
        security: true,
        entityRefs: ['component:default/payments-gateway'],
      });
      normal = await declare({ title: 'Baskets lose their discounts' });
      const knownError = await api()
        .post('/api/incidents/known-errors')
        .set(as(GUEST))
        .send({
          title: 'Stale cache keys',
          symptoms: 'Wrong prices and exposed records',
          entityRefs: ['component:default/checkout-web'],
          incidentRefs: [secret.number, normal.number],
        });
      if (knownError.status !== 201) {
        throw new Error(`recording the known error: ${knownError.status}`);
      }
      knownErrorId = knownError.body.id;
      await api()
        .post(`/api/incidents/incidents/${secret.number}/action-items`)
        .set(as(GUEST))
        .send({
          title: 'Rotate the exposed keys',
          kind: 'mitigate',
          ownerRef: 'group:default/payments-team',
        })
        .expect(201);
    });

    const everyone = [GUEST, ALICE, SAM, BOB, SERVICE];
    const readers = [GUEST, ALICE, SAM];

    it.each(everyone)(
      'shows the security incident to its role holders, owner team and responders only: %s',
      async who => {
        const sees = readers.includes(who);
        const one = await api()
          .get(`/api/incidents/incidents/${secret.number}`)
          .set(headers(who));
        expect(one.status).toBe(sees ? 200 : 404);
        const timeline = await api()
          .get(`/api/incidents/incidents/${secret.id}/timeline`)
          .set(headers(who));
        expect(timeline.status).toBe(sees ? 200 : 404);
        const postmortem = await api()
          .get(`/api/incidents/incidents/${secret.id}/postmortem`)
          .set(headers(who));
        expect(postmortem.status).toBe(sees ? 200 : 404);

        const list = await api()
          .get('/api/incidents/incidents?limit=100')
          .set(headers(who));
        const numbers = list.body.items.map(
          (i: { number: string }) => i.number,
        );
        expect(numbers.includes(secret.number)).toBe(sees);
        expect(numbers).toContain(normal.number);
        expect(list.body.totalItems).toBe(numbers.length);

        // Counted in the metrics either way, named only to those who may see it.
        const metrics = await api()
          .get('/api/incidents/metrics?ownerRef=group:default/payments-team')
          .set(headers(who));
        expect(metrics.status).toBe(200);
        const point = metrics.body.points.find(
          (p: { id: string }) => p.id === secret.id,
        );
        expect(point).toMatchObject(
          sees
            ? { restricted: false, title: 'Customer addresses exposed' }
            : { restricted: true, title: '' },
        );

        // The known error it caused lists it only to them.
        const knownError = await api()
          .get(`/api/incidents/known-errors/${knownErrorId}`)
          .set(headers(who));
        expect(
          knownError.body.incidents.map((i: { number: string }) => i.number),
        ).toEqual(sees ? [normal.number, secret.number] : [normal.number]);

        const items = await api()
          .get(
            '/api/incidents/action-items?ownerRef=group:default/payments-team',
          )
          .set(headers(who));
        expect(items.body.items.map((i: { title: string }) => i.title)).toEqual(
          sees ? ['Rotate the exposed keys'] : [],
        );
        expect(items.body.totalItems).toBe(sees ? 1 : 0);
      },
    );

    it.each(everyone)('lets only those who see it change it: %s', async who => {
      const res = await api()
        .patch(`/api/incidents/incidents/${secret.id}`)
        .set(headers(who))
        .send({ summary: `Contained, says ${who}` });
      expect(res.status).toBe(readers.includes(who) ? 200 : 404);
      // The normal incident: everyone may read it, only users change it.
      const normalChange = await api()
        .post(`/api/incidents/incidents/${normal.id}/timeline`)
        .set(headers(who))
        .send({ kind: 'note', body: `Seen by ${who}` });
      expect(normalChange.status).toBe(who === SERVICE ? 403 : 201);
    });

    it('does not let someone link a known error to a security incident they cannot see', async () => {
      const record = (who: string) =>
        api()
          .post('/api/incidents/known-errors')
          .set(as(who))
          .send({
            title: 'Keys in logs',
            symptoms: 'Secrets printed at startup',
            entityRefs: ['component:default/payments-gateway'],
            incidentRefs: [secret.number],
          });
      const bob = await record(BOB);
      expect(bob.status).toBe(400);
      expect(bob.body.error.message).toBe(
        `incidentRefs[0]: no incident ${secret.number}`,
      );
      expect((await record(ALICE)).status).toBe(201);
    });

    it('sends the security incident’s signals to those who may see it only', () => {
      const about = (id: string) =>
        signals.filter(
          s => (s.message as IncidentChangedSignal).incidentId === id,
        );
      expect(about(secret.id).length).toBeGreaterThan(0);
      for (const signal of about(secret.id)) {
        expect(signal.recipients).toEqual({
          type: 'user',
          entityRef: expect.arrayContaining([
            GUEST,
            'group:default/payments-team',
            'group:default/security',
          ]),
        });
        expect(
          (signal.recipients as { entityRef: string[] }).entityRef,
        ).not.toContain('group:default/storefront-team');
      }
      for (const signal of about(normal.id)) {
        expect(signal.recipients).toEqual({ type: 'broadcast' });
      }
    });

    it('keeps totals and pages right when security incidents are left out', async () => {
      for (let i = 0; i < 5; i++) {
        await declare({
          title: `Leaked token ${i}`,
          security: true,
          entityRefs: ['component:default/payments-gateway'],
        });
        await declare({ title: `Slow basket ${i}` });
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      let total: number | undefined;
      do {
        const page = await api()
          .get(
            `/api/incidents/incidents?limit=2${
              cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
            }`,
          )
          .set(as(BOB));
        expect(page.status).toBe(200);
        total ??= page.body.totalItems;
        seen.push(...page.body.items.map((i: { title: string }) => i.title));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen.some(title => title.startsWith('Leaked token'))).toBe(false);
      expect(
        seen.filter(title => title.startsWith('Slow basket')),
      ).toHaveLength(5);
      expect(new Set(seen).size).toBe(seen.length);
      expect(total).toBe(seen.length);
    });
  },
);

/** A policy that lets people read what their teams own or they hold a role on, and change only the latter. */
function ownersAndResponders() {
  const decide = (
    permission: { name: string },
    user: string,
  ): PolicyDecision => {
    const claims = OWNERSHIP[user] ?? [user];
    if (permission.name === 'incident.read') {
      return {
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'incidents',
        resourceType: 'incident',
        conditions: {
          anyOf: [
            { rule: 'HAS_OWNER', resourceType: 'incident', params: { claims } },
            {
              rule: 'HAS_ROLE_HOLDER',
              resourceType: 'incident',
              params: { claims },
            },
          ],
        },
      };
    }
    if (permission.name === 'incident.update') {
      return {
        result: AuthorizeResult.CONDITIONAL,
        pluginId: 'incidents',
        resourceType: 'incident',
        conditions: {
          rule: 'HAS_ROLE_HOLDER',
          resourceType: 'incident',
          params: { claims },
        },
      };
    }
    return { result: AuthorizeResult.ALLOW };
  };
  const userOf = (credentials: { principal: unknown }) =>
    (credentials.principal as { userEntityRef?: string }).userEntityRef ?? '';
  return mockServices.permissions.mock({
    authorize: async (requests, { credentials }) =>
      requests.map(({ permission }) => {
        const decision = decide(permission, userOf(credentials));
        return {
          result:
            decision.result === AuthorizeResult.CONDITIONAL
              ? AuthorizeResult.DENY
              : decision.result,
        };
      }) as any,
    authorizeConditional: async (requests, { credentials }) =>
      requests.map(({ permission }) =>
        decide(permission, userOf(credentials)),
      ) as any,
  });
}

describe.each(databases.eachSupportedId())(
  'a policy with conditions on incidents, on %s',
  databaseId => {
    const { api, declare } = useIncidentsBackend(databases, databaseId, {
      ownership: OWNERSHIP,
      permissions: ownersAndResponders(),
    });
    let checkout: { id: string; number: string };
    let fraud: { id: string; number: string };

    beforeAll(async () => {
      checkout = await declare({ title: 'Baskets lose their discounts' });
      fraud = await declare({
        title: 'Fraud scores time out',
        entityRefs: ['component:default/fraud-scoring'],
      });
    });

    it('applies its conditions to the list, its total and each incident', async () => {
      const list = await api()
        .get('/api/incidents/incidents?limit=1')
        .set(as(BOB));
      expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([
        checkout.id,
      ]);
      expect(list.body.totalItems).toBe(1);
      expect(list.body.nextCursor).toBeUndefined();
      await api()
        .get(`/api/incidents/incidents/${fraud.number}`)
        .set(as(BOB))
        .expect(404);
      await api()
        .get(`/api/incidents/incidents/${fraud.number}`)
        .set(as(ALICE))
        .expect(200);
      // The guest holds roles on both.
      const guest = await api().get('/api/incidents/incidents').set(as(GUEST));
      expect(guest.body.totalItems).toBe(2);
    });

    it('lets only role holders change an incident, others reading it get a 403', async () => {
      const bob = await api()
        .patch(`/api/incidents/incidents/${checkout.id}`)
        .set(as(BOB))
        .send({ summary: 'Bob was here' });
      expect(bob.status).toBe(403);
      const guest = await api()
        .patch(`/api/incidents/incidents/${checkout.id}`)
        .set(as(GUEST))
        .send({ summary: 'Discount service rolled back' });
      expect(guest.status).toBe(200);
      expect(guest.body.summary).toBe('Discount service rolled back');
    });

    it('answers the permission backend about incidents by id', async () => {
      const res = await api()
        .post(
          '/api/incidents/.well-known/backstage/permissions/apply-conditions',
        )
        .set({ Authorization: mockCredentials.service.header() })
        .send({
          items: [
            {
              id: 'owned',
              resourceRef: fraud.id,
              resourceType: 'incident',
              conditions: {
                rule: 'HAS_OWNER',
                resourceType: 'incident',
                params: { claims: ['group:default/payments-team'] },
              },
            },
            {
              id: 'not-owned',
              resourceRef: checkout.id,
              resourceType: 'incident',
              conditions: {
                rule: 'HAS_OWNER',
                resourceType: 'incident',
                params: { claims: ['group:default/payments-team'] },
              },
            },
            {
              id: 'affects',
              resourceRef: checkout.id,
              resourceType: 'incident',
              conditions: {
                not: {
                  rule: 'AFFECTS_ENTITY',
                  resourceType: 'incident',
                  params: { entityRef: 'component:default/checkout-web' },
                },
              },
            },
          ],
        });
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual([
        { id: 'owned', result: AuthorizeResult.ALLOW },
        { id: 'not-owned', result: AuthorizeResult.DENY },
        { id: 'affects', result: AuthorizeResult.DENY },
      ]);
    });
  },
);
