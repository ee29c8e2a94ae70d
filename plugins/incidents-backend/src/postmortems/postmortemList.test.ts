import { mockCredentials } from '@backstage/backend-test-utils';
import { as, GUEST, useIncidentsBackend } from '../__testUtils__/incidentsApi';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { IncidentCriteria } from '../lib/incidentAccess';
import { DatabasePostmortemsStore } from './DatabasePostmortemsStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const LIST = '/api/incidents/postmortems';

describe.each(databases.eachSupportedId())(
  'GET /postmortems on %s',
  databaseId => {
    const { api, database, declare } = useIncidentsBackend(
      databases,
      databaseId,
    );

    const save = (number: string, sections: Record<string, string>) =>
      api()
        .patch(`/api/incidents/incidents/${number}/postmortem`)
        .set(as(GUEST))
        .send({ updatedAt: null, sections })
        .expect(200);

    const list = (query: Record<string, string | number> = {}) =>
      api().get(LIST).query(query).set(as(GUEST));

    /** Every page, following nextCursor. */
    async function listAll(limit: number) {
      const pages = [];
      let cursor: string | undefined;
      do {
        const res = await list({ limit, ...(cursor && { cursor }) });
        expect(res.status).toBe(200);
        pages.push(res.body);
        cursor = res.body.nextCursor;
      } while (cursor && pages.length < 50);
      return pages;
    }

    // Declared in this order: numbers grow with it.
    let saved: Array<{ id: string; number: string; title: string }>;
    let unsaved: { number: string };
    let security: { number: string };

    beforeAll(async () => {
      saved = [];
      for (const n of [1, 2, 3, 4, 5]) {
        const incident = await declare({
          title: `Checkout outage ${n}`,
          entityRefs: [
            'component:default/checkout-web',
            'component:default/cart-service',
          ],
        });
        await save(incident.number, {
          summary: `Checkout failed for ${n} minutes.`,
          rootCause: 'The cart service dropped connections on restart.',
        });
        saved.push(incident);
        if (n === 2) {
          unsaved = await declare({ title: 'Nobody wrote this one' });
          security = await declare({
            title: 'Card numbers in the logs',
            security: true,
          });
          await save(security.number, {
            summary: 'Card numbers were written to the application logs.',
          });
        }
      }
    });

    it('lists saved postmortems by incident number with their incident, never a security incident’s nor an unsaved one', async () => {
      const res = await list({ limit: 100 });
      expect(res.status).toBe(200);
      expect(res.body.totalItems).toBe(5);
      expect(res.body.nextCursor).toBeUndefined();
      expect(
        res.body.items.map(
          (item: { incidentNumber: string }) => item.incidentNumber,
        ),
      ).toEqual(saved.map(incident => incident.number));
      const numbers = res.body.items.map(
        (item: { incidentNumber: string }) => item.incidentNumber,
      );
      expect(numbers).not.toContain(unsaved.number);
      expect(numbers).not.toContain(security.number);
      expect(res.body.items[0]).toEqual({
        incidentId: saved[0].id,
        incidentNumber: saved[0].number,
        incidentTitle: 'Checkout outage 1',
        severity: 'SEV2',
        entityRefs: [
          'component:default/checkout-web',
          'component:default/cart-service',
        ],
        status: 'draft',
        sections: expect.objectContaining({
          summary: 'Checkout failed for 1 minutes.',
          rootCause: 'The cart service dropped connections on restart.',
          evidence: expect.any(String),
        }),
        updatedAt: expect.any(String),
        updatedBy: GUEST,
        approvedAt: null,
        approvedBy: null,
      });
    });

    it('pages with limit and cursor, each postmortem once, the total on the first page only', async () => {
      const pages = await listAll(2);
      expect(pages.map(page => page.items.length)).toEqual([2, 2, 1]);
      expect(pages.map(page => page.totalItems)).toEqual([
        5,
        undefined,
        undefined,
      ]);
      expect(
        pages.flatMap(page =>
          page.items.map((item: { incidentId: string }) => item.incidentId),
        ),
      ).toEqual(saved.map(incident => incident.id));
    });

    it('keeps its place when a postmortem is saved again between pages', async () => {
      const first = await list({ limit: 2 });
      await api()
        .patch(`/api/incidents/incidents/${saved[0].number}/postmortem`)
        .set(as(GUEST))
        .send({
          updatedAt: first.body.items[0].updatedAt,
          sections: { impact: 'About 4,000 baskets.' },
        })
        .expect(200);
      const second = await list({ limit: 2, cursor: first.body.nextCursor });
      expect(
        second.body.items.map(
          (item: { incidentId: string }) => item.incidentId,
        ),
      ).toEqual([saved[2].id, saved[3].id]);
    });

    it('keeps only the postmortems of the incidents a policy’s conditions let the caller read', async () => {
      const store = new DatabasePostmortemsStore(database());
      const listVisibleTo = (visibleTo: IncidentCriteria) =>
        store.listPostmortems({ limit: 100, includeTotal: true, visibleTo });

      const onCart = await listVisibleTo({
        entityIs: 'component:default/cart-service',
      });
      expect(onCart.items.map(item => item.incidentId)).toEqual(
        saved.map(incident => incident.id),
      );
      expect(onCart.totalItems).toBe(5);
      expect(
        await listVisibleTo({ entityIs: 'component:default/payments-gateway' }),
      ).toEqual({ items: [], totalItems: 0, next: undefined });
      expect(
        (await listVisibleTo({ not: { roleHolderIn: [GUEST] } })).totalItems,
      ).toBe(0);
      // The guest holds the security incident's roles, and still does not get it here.
      expect(
        (await listVisibleTo({ roleHolderIn: [GUEST] })).items.map(
          item => item.incidentNumber,
        ),
      ).not.toContain(security.number);
    });

    it('is readable with service credentials (the search collator)', async () => {
      const res = await api()
        .get(LIST)
        .set('Authorization', mockCredentials.service.header());
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(5);
    });

    it('refuses a limit over 100 and a cursor it did not make', async () => {
      expect((await list({ limit: 101 })).status).toBe(400);
      const res = await list({ cursor: 'not-a-cursor' });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/cursor/);
      const negative = Buffer.from(JSON.stringify([-1])).toString('base64url');
      expect((await list({ cursor: negative })).status).toBe(400);
      // Past PostgreSQL's integer: it was a 500 there.
      const huge = Buffer.from(JSON.stringify([2 ** 40])).toString('base64url');
      const hugeRes = await list({ cursor: huge });
      expect(hugeRes.status).toBe(400);
      expect(hugeRes.body.error.message).toBe(
        'cursor: not a cursor returned by this API',
      );
    });

    it('needs credentials', async () => {
      const res = await api()
        .get(LIST)
        .set('Authorization', mockCredentials.none.header());
      expect(res.status).toBe(401);
    });
  },
);

describe.each(databases.eachSupportedId())(
  'GET /postmortems without incident.read on %s',
  databaseId => {
    const { api } = useIncidentsBackend(databases, databaseId, {
      deniedPermissions: ['incident.read'],
    });

    it('is refused', async () => {
      const res = await api().get(LIST).set(as(GUEST));
      expect(res.status).toBe(403);
    });
  },
);
