import { mockCredentials, TestBackend } from '@backstage/backend-test-utils';
import createKnex, { Knex } from 'knex';
import { SignalPayload } from '@backstage/plugin-signals-node';
import request from 'supertest';
import { createTestDatabases } from './__testUtils__/testDatabases';
import {
  countRows,
  startIncidentsBackend,
} from './__testUtils__/startIncidentsBackend';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const GUEST = 'user:default/guest';
const ALICE = 'user:default/alice';
const BOB = 'user:default/bob';

const HOUR = 60 * 60 * 1000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const fromNow = (ms: number) => new Date(Date.now() + ms).toISOString();

describe.each(databases.eachSupportedId())(
  'incidents API on %s',
  databaseId => {
    let knex: Knex;
    let backend: TestBackend;
    const publishedSignals: SignalPayload[] = [];

    const api = () => request(backend.server);
    const as = (user: string) => ({
      Authorization: mockCredentials.user.header(user),
    });

    async function declare(body: Record<string, unknown>, user = GUEST) {
      const res = await api()
        .post('/api/incidents/incidents')
        .set(as(user))
        .send({
          title: 'Checkout returns 502 for every basket',
          severity: 'SEV2',
          entityRefs: ['component:default/checkout-web'],
          ...body,
        });
      expect(res.status).toBe(201);
      return res.body;
    }

    /** Sends the request, expects a 400 that names `field`, and checks nothing was written. */
    async function expectRejected(
      send: () => request.Test,
      field: string | RegExp,
    ) {
      const before = await countRows(knex);
      const res = await send();
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
      expect(res.body.error.message).toMatch(field);
      expect(await countRows(knex)).toEqual(before);
      return res;
    }

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      backend = await startIncidentsBackend({ knex, publishedSignals });
    });

    afterAll(async () => {
      await backend.stop();
    });

    describe('health and config', () => {
      it('answers /health without credentials', async () => {
        const res = await api()
          .get('/api/incidents/health')
          .set('Authorization', mockCredentials.none.header());
        expect(res.status).toBe(200);
        expect(res.body).toEqual({ status: 'ok' });
      });

      it('serves the handbook severities, the roles and the statuses', async () => {
        const res = await api().get('/api/incidents/config').set(as(GUEST));
        expect(res.status).toBe(200);
        expect(res.body.severities.map((s: any) => s.id)).toEqual([
          'SEV1',
          'SEV2',
          'SEV3',
        ]);
        expect(res.body.severities[0]).toEqual({
          id: 'SEV1',
          name: 'SEV1 - Critical',
          description: 'A critical incident with very high impact',
          examples: [
            'Service is down for all users',
            'Confidentiality or privacy is breached',
            'User data loss',
          ],
          postmortemRequired: true,
        });
        expect(res.body.roles.map((r: any) => r.id)).toEqual([
          'incident-commander',
          'operations-lead',
          'communications-lead',
          'policy-lead',
          'postmortem-owner',
          'scribe',
          'reporter',
        ]);
        expect(res.body.statuses).toEqual([
          {
            id: 'active',
            name: 'Active',
            transitions: ['mitigated', 'resolved'],
          },
          {
            id: 'mitigated',
            name: 'Mitigated',
            transitions: ['active', 'resolved'],
          },
          {
            id: 'resolved',
            name: 'Resolved',
            transitions: ['active', 'closed'],
          },
          { id: 'closed', name: 'Closed', transitions: [] },
        ]);
      });
    });

    describe('credentials', () => {
      const none = { Authorization: mockCredentials.none.header() };
      it.each([
        ['get', '/config'],
        ['get', '/incidents'],
        ['post', '/incidents'],
        ['get', '/incidents/INC-1'],
        ['patch', '/incidents/INC-1'],
        ['post', '/incidents/INC-1/transitions'],
        ['put', '/incidents/INC-1/roles/scribe'],
        ['get', '/incidents/INC-1/timeline'],
        ['post', '/incidents/INC-1/timeline'],
      ] as const)(
        '%s %s without credentials is 401 and writes nothing',
        async (method, path) => {
          const before = await countRows(knex);
          const res = await api()
            [method](`/api/incidents${path}`)
            .set(none)
            .send({});
          expect(res.status).toBe(401);
          expect(await countRows(knex)).toEqual(before);
        },
      );
    });

    describe('declare', () => {
      it('declares a live incident: declarer is reporter, IC and OL; owners come from the catalog', async () => {
        const before = Date.now();
        const incident = await declare({
          entityRefs: [
            'component:checkout-web',
            'Component:default/payments-gateway',
          ],
          description: 'Customers cannot pay',
          impactStartedAt: ago(HOUR),
        });
        expect(incident).toMatchObject({
          id: expect.stringMatching(/^[0-9a-f-]{36}$/),
          number: expect.stringMatching(/^INC-\d+$/),
          title: 'Checkout returns 502 for every basket',
          description: 'Customers cannot pay',
          severity: 'SEV2',
          status: 'active',
          mode: 'live',
          security: false,
          drill: false,
          entityRefs: [
            'component:default/checkout-web',
            'component:default/payments-gateway',
          ],
          ownerRefs: [
            'group:default/payments-team',
            'group:default/storefront-team',
          ],
          reporterRef: GUEST,
          mitigatedAt: null,
          resolvedAt: null,
          closedAt: null,
        });
        expect(incident.roles.map((r: any) => [r.role, r.userRef])).toEqual([
          ['reporter', GUEST],
          ['incident-commander', GUEST],
          ['operations-lead', GUEST],
        ]);
        expect(Date.parse(incident.declaredAt)).toBeGreaterThanOrEqual(
          before - 1000,
        );
        expect(Date.parse(incident.detectedAt)).toBeGreaterThanOrEqual(
          before - 1000,
        );

        const timeline = await api()
          .get(`/api/incidents/incidents/${incident.id}/timeline`)
          .set(as(GUEST));
        expect(timeline.body.items).toEqual([
          expect.objectContaining({
            kind: 'declared',
            automatic: true,
            authorRef: GUEST,
            data: expect.objectContaining({ severity: 'SEV2', mode: 'live' }),
          }),
        ]);
      });

      it('never takes owners from the client', async () => {
        const before = await countRows(knex);
        const res = await api()
          .post('/api/incidents/incidents')
          .set(as(GUEST))
          .send({
            title: 'x',
            severity: 'SEV3',
            entityRefs: ['component:default/checkout-web'],
            ownerRefs: ['group:default/someone-else'],
          });
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/ownerRefs/);
        expect(await countRows(knex)).toEqual(before);
      });

      it('records a retrospective incident as resolved with its milestones as given', async () => {
        const impactStartedAt = ago(30 * HOUR);
        const detectedAt = ago(29 * HOUR);
        const resolvedAt = ago(26 * HOUR);
        const incident = await declare({
          mode: 'retrospective',
          severity: 'SEV3',
          entityRefs: ['api:default/payments-api', 'system:payments'],
          impactStartedAt,
          detectedAt,
          resolvedAt,
          drill: true,
          security: true,
        });
        expect(incident).toMatchObject({
          status: 'resolved',
          mode: 'retrospective',
          drill: true,
          security: true,
          impactStartedAt,
          detectedAt,
          mitigatedAt: resolvedAt,
          resolvedAt,
          closedAt: null,
          ownerRefs: ['group:default/payments-team'],
        });
      });

      it('accepts a system, an API and a resource but not a group', async () => {
        await expectRejected(
          () =>
            api()
              .post('/api/incidents/incidents')
              .set(as(GUEST))
              .send({
                title: 'x',
                severity: 'SEV3',
                entityRefs: ['group:default/payments-team'],
              }),
          /entityRefs\[0\]: 'group:default\/payments-team' is a group; incidents affect components/,
        );
      });

      describe('rejects bad input with a 400 naming the field, writing nothing', () => {
        const valid = {
          title: 'Checkout is down',
          severity: 'SEV1',
          entityRefs: ['component:default/checkout-web'],
        };
        it.each<[string, Record<string, unknown>, string | RegExp]>([
          ['a missing title', { title: undefined }, /title/],
          ['an empty title', { title: '   ' }, /title must not be empty/],
          ['an overlong title', { title: 'x'.repeat(201) }, /title/],
          [
            'an overlong description',
            { description: 'x'.repeat(20001) },
            /description/,
          ],
          [
            'an unknown severity',
            { severity: 'SEV9' },
            /severity: 'SEV9' is not one of SEV1, SEV2, SEV3/,
          ],
          [
            'a malformed entity ref',
            { entityRefs: ['checkout web!'] },
            /entityRefs\[0\]: 'checkout web!' is not a valid entity reference/,
          ],
          [
            'an entity ref without a name',
            { entityRefs: ['component:'] },
            /entityRefs\[0\]/,
          ],
          [
            'an unknown entity',
            { entityRefs: ['component:default/nope'] },
            /entityRefs: 'component:default\/nope' was not found in the catalog/,
          ],
          ['no entity', { entityRefs: [] }, /entityRefs/],
          ['a missing entity list', { entityRefs: undefined }, /entityRefs/],
          [
            'detection before impact started',
            { impactStartedAt: ago(HOUR), detectedAt: ago(2 * HOUR) },
            /detectedAt must not be before impactStartedAt/,
          ],
          [
            'an impact start in the future',
            { impactStartedAt: fromNow(2 * HOUR) },
            /impactStartedAt must not be in the future/,
          ],
          [
            'a malformed date',
            { impactStartedAt: 'yesterday' },
            /impactStartedAt/,
          ],
          ['an unknown mode', { mode: 'sometime' }, /mode/],
          [
            'a live incident with an end of impact',
            { resolvedAt: ago(HOUR) },
            /resolvedAt: a live incident/,
          ],
          [
            'a retrospective incident without an end',
            { mode: 'retrospective', impactStartedAt: ago(2 * HOUR) },
            /resolvedAt/,
          ],
          [
            'a retrospective incident without a start',
            { mode: 'retrospective', resolvedAt: ago(HOUR) },
            /impactStartedAt/,
          ],
          [
            'resolution before impact started',
            {
              mode: 'retrospective',
              impactStartedAt: ago(HOUR),
              resolvedAt: ago(2 * HOUR),
            },
            /resolvedAt must not be before impactStartedAt/,
          ],
        ])('%s', async (_name, change, field) => {
          await expectRejected(
            () =>
              api()
                .post('/api/incidents/incidents')
                .set(as(GUEST))
                .send({ ...valid, ...change }),
            field,
          );
        });

        it('malformed JSON', async () => {
          await expectRejected(
            () =>
              api()
                .post('/api/incidents/incidents')
                .set(as(GUEST))
                .set('Content-Type', 'application/json')
                .send('{"title": "x",'),
            /not valid JSON/,
          );
        });
      });
    });

    describe('idempotent declare', () => {
      it('returns the same incident when the same key is replayed with the same body', async () => {
        const body = {
          title: 'Cart totals are wrong',
          severity: 'SEV2',
          entityRefs: ['component:default/cart-service'],
        };
        const first = await api()
          .post('/api/incidents/incidents')
          .set(as(GUEST))
          .set('Idempotency-Key', 'declare-cart-1')
          .send(body);
        expect(first.status).toBe(201);
        const before = await countRows(knex);
        const replay = await api()
          .post('/api/incidents/incidents')
          .set(as(GUEST))
          .set('Idempotency-Key', 'declare-cart-1')
          .send({
            entityRefs: body.entityRefs,
            severity: 'SEV2',
            title: body.title,
          });
        expect(replay.status).toBe(201);
        expect(replay.body.id).toBe(first.body.id);
        expect(replay.body.number).toBe(first.body.number);
        expect(await countRows(knex)).toEqual(before);
      });

      it('rejects the same key with a different body and writes nothing', async () => {
        await api()
          .post('/api/incidents/incidents')
          .set(as(GUEST))
          .set('Idempotency-Key', 'declare-cart-2')
          .send({
            title: 'A',
            severity: 'SEV3',
            entityRefs: ['component:default/cart-service'],
          })
          .expect(201);
        const before = await countRows(knex);
        const res = await api()
          .post('/api/incidents/incidents')
          .set(as(GUEST))
          .set('Idempotency-Key', 'declare-cart-2')
          .send({
            title: 'B',
            severity: 'SEV3',
            entityRefs: ['component:default/cart-service'],
          });
        expect(res.status).toBe(409);
        expect(res.body.error.message).toMatch(/Idempotency-Key/);
        expect(await countRows(knex)).toEqual(before);
      });

      it('creates one incident when the same request races itself', async () => {
        const before = await countRows(knex);
        const send = () =>
          api()
            .post('/api/incidents/incidents')
            .set(as(ALICE))
            .set('Idempotency-Key', 'double-click')
            .send({
              title: 'Emails delayed',
              severity: 'SEV3',
              entityRefs: ['component:default/cart-service'],
            });
        const results = await Promise.all([send(), send(), send()]);
        expect(results.map(r => r.status)).toEqual([201, 201, 201]);
        expect(new Set(results.map(r => r.body.id)).size).toBe(1);
        expect((await countRows(knex)).incidents).toBe(before.incidents + 1);
      });

      it('scopes keys to the caller', async () => {
        const body = {
          title: 'Same key',
          severity: 'SEV3',
          entityRefs: ['component:default/cart-service'],
        };
        const a = await api()
          .post('/api/incidents/incidents')
          .set(as(ALICE))
          .set('Idempotency-Key', 'shared')
          .send(body);
        const b = await api()
          .post('/api/incidents/incidents')
          .set(as(BOB))
          .set('Idempotency-Key', 'shared')
          .send(body);
        expect(a.status).toBe(201);
        expect(b.status).toBe(201);
        expect(a.body.id).not.toBe(b.body.id);
      });
    });

    describe('numbers', () => {
      it('gives 50 concurrent declares 50 distinct consecutive numbers', async () => {
        const results = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            api()
              .post('/api/incidents/incidents')
              .set(as(GUEST))
              .send({
                title: `Load test ${i}`,
                severity: 'SEV3',
                entityRefs: ['component:default/cart-service'],
              }),
          ),
        );
        expect(results.map(r => r.status)).toEqual(Array(50).fill(201));
        const numbers = results
          .map(r => Number(r.body.number.replace('INC-', '')))
          .sort((a, b) => a - b);
        expect(new Set(numbers).size).toBe(50);
        expect(numbers[49] - numbers[0]).toBe(49);

        // and the installation as a whole has no gaps
        const all = (
          await knex('incidents').select('number').orderBy('number')
        ).map(r => Number(r.number));
        expect(all).toEqual(all.map((_, i) => i + 1));
      });
    });

    describe('read', () => {
      it('reads an incident by id and by number, case-insensitively', async () => {
        const incident = await declare({});
        const byId = await api()
          .get(`/api/incidents/incidents/${incident.id}`)
          .set(as(BOB));
        const byNumber = await api()
          .get(`/api/incidents/incidents/${incident.number.toLowerCase()}`)
          .set(as(BOB));
        expect(byId.status).toBe(200);
        expect(byId.body).toEqual(byNumber.body);
        expect(byId.body.roleHistory).toHaveLength(3);
      });

      it('answers 404 for an unknown incident', async () => {
        const res = await api()
          .get('/api/incidents/incidents/INC-999999')
          .set(as(GUEST));
        expect(res.status).toBe(404);
        const res2 = await api()
          .get('/api/incidents/incidents/no-such-id')
          .set(as(GUEST));
        expect(res2.status).toBe(404);
      });
    });

    describe('list', () => {
      let inc: Record<string, any>;

      beforeAll(async () => {
        inc = {
          old: await declare({
            title: 'Old payment outage',
            severity: 'SEV1',
            mode: 'retrospective',
            entityRefs: ['component:default/payments-gateway'],
            impactStartedAt: '2025-03-01T10:00:00.000Z',
            resolvedAt: '2025-03-01T12:00:00.000Z',
          }),
          mid: await declare({
            title: 'Fraud scoring slow',
            severity: 'SEV3',
            mode: 'retrospective',
            entityRefs: [
              'component:default/payments-gateway',
              'component:default/checkout-web',
            ],
            impactStartedAt: '2025-06-01T10:00:00.000Z',
            resolvedAt: '2025-06-01T10:30:00.000Z',
          }),
          recent: await declare({
            title: 'Checkout 100% errors',
            severity: 'SEV1',
            entityRefs: ['component:default/checkout-web'],
            impactStartedAt: '2025-09-01T10:00:00.000Z',
          }),
        };
      });

      it('returns newest first with the total on the first page', async () => {
        const res = await api()
          .get('/api/incidents/incidents?limit=100')
          .set(as(GUEST));
        expect(res.status).toBe(200);
        const starts = res.body.items.map((i: any) =>
          Date.parse(i.impactStartedAt),
        );
        expect(starts).toEqual([...starts].sort((a, b) => b - a));
        expect(res.body.totalItems).toBe(res.body.items.length);
      });

      it('filters by entity, owner, status, severity, dates and text', async () => {
        const list = async (query: string) => {
          const res = await api()
            .get(`/api/incidents/incidents?${query}`)
            .set(as(GUEST));
          expect({
            query,
            status: res.status,
            error: res.body.error?.message,
          }).toEqual({ query, status: 200, error: undefined });
          return res.body.items.map((i: any) => i.id);
        };
        const window = 'from=2025-01-01T00:00:00Z&to=2025-12-31T00:00:00Z';
        expect(
          await list(`entityRef=component:default/payments-gateway&${window}`),
        ).toEqual([inc.mid.id, inc.old.id]);
        expect(
          await list(`entityRef=component:checkout-web&${window}`),
        ).toEqual([inc.recent.id, inc.mid.id]);
        expect(await list(`ownerRef=payments-team&${window}`)).toEqual([
          inc.mid.id,
          inc.old.id,
        ]);
        expect(
          await list(`ownerRef=group:default/storefront-team&${window}`),
        ).toEqual([inc.recent.id, inc.mid.id]);
        expect(await list(`status=active&${window}`)).toEqual([inc.recent.id]);
        expect(await list(`status=active&status=resolved&${window}`)).toEqual([
          inc.recent.id,
          inc.mid.id,
          inc.old.id,
        ]);
        expect(await list(`severity=SEV1&${window}`)).toEqual([
          inc.recent.id,
          inc.old.id,
        ]);
        expect(
          await list('from=2025-05-01T00:00:00Z&to=2025-08-01T00:00:00Z'),
        ).toEqual([inc.mid.id]);
        expect(await list(`q=FRAUD&${window}`)).toEqual([inc.mid.id]);
        expect(await list(`q=${inc.old.number}`)).toEqual([inc.old.id]);
        expect(await list(`q=100%25&${window}`)).toEqual([inc.recent.id]);
      });

      it('pages with a cursor without repeating or skipping', async () => {
        const all = await api()
          .get('/api/incidents/incidents?limit=100')
          .set(as(GUEST));
        const seen: string[] = [];
        const totals: Array<number | undefined> = [];
        let cursor: string | undefined;
        do {
          const res = await api()
            .get(
              `/api/incidents/incidents?limit=7${
                cursor ? `&cursor=${cursor}` : ''
              }`,
            )
            .set(as(GUEST));
          expect(res.status).toBe(200);
          totals.push(res.body.totalItems);
          seen.push(...res.body.items.map((i: any) => i.id));
          cursor = res.body.nextCursor;
        } while (cursor);
        const pages = Math.ceil(all.body.items.length / 7);
        expect(totals).toEqual([
          all.body.items.length,
          ...Array(pages - 1).fill(undefined),
        ]);
        expect(seen).toEqual(all.body.items.map((i: any) => i.id));
      });

      it.each([
        ['a cursor it did not issue', 'cursor=bogus', /cursor/],
        ['a limit of 0', 'limit=0', /limit/],
        ['a limit over 100', 'limit=101', /limit/],
        ['an unknown status', 'status=sleeping', /status/],
        ['a malformed date', 'from=yesterday', /from/],
        ['a malformed entity ref', 'entityRef=%3Anope', /entityRef/],
        ['an unknown parameter', 'colour=red', /colour/],
      ])('rejects %s', async (_name, query, field) => {
        const res = await api()
          .get(`/api/incidents/incidents?${query}`)
          .set(as(GUEST));
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(field);
      });
    });

    describe('edit', () => {
      it('changes fields and milestones and records each change', async () => {
        const incident = await declare({
          impactStartedAt: ago(3 * HOUR),
          detectedAt: ago(2 * HOUR),
        });
        const impactStartedAt = ago(4 * HOUR);
        const res = await api()
          .patch(`/api/incidents/incidents/${incident.number}`)
          .set(as(ALICE))
          .send({
            title: 'Checkout returns 502 for card payments',
            summary: 'Card payments fail at the gateway',
            impact: 'About 40% of orders',
            severity: 'SEV1',
            impactStartedAt,
          });
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          title: 'Checkout returns 502 for card payments',
          summary: 'Card payments fail at the gateway',
          impact: 'About 40% of orders',
          severity: 'SEV1',
          impactStartedAt,
        });
        const timeline = await api()
          .get(`/api/incidents/incidents/${incident.id}/timeline`)
          .set(as(ALICE));
        const automatic = timeline.body.items.filter(
          (e: any) => e.kind !== 'declared',
        );
        expect(
          automatic.map((e: any) => [
            e.kind,
            e.data.field ?? null,
            e.authorRef,
            e.automatic,
          ]),
        ).toEqual([
          ['field-changed', 'title', ALICE, true],
          ['field-changed', 'summary', ALICE, true],
          ['field-changed', 'impact', ALICE, true],
          ['severity-changed', null, ALICE, true],
          ['milestone-changed', 'impactStartedAt', ALICE, true],
        ]);
        expect(automatic[3].data).toEqual({ from: 'SEV2', to: 'SEV1' });
      });

      it('writes nothing when nothing changes', async () => {
        const incident = await declare({});
        const before = await countRows(knex);
        const res = await api()
          .patch(`/api/incidents/incidents/${incident.id}`)
          .set(as(GUEST))
          .send({ title: incident.title, severity: incident.severity });
        expect(res.status).toBe(200);
        const after = await countRows(knex);
        expect(after.incident_timeline).toBe(before.incident_timeline);
      });

      it.each<[string, Record<string, unknown>, RegExp]>([
        ['an empty title', { title: '' }, /title/],
        ['an unknown severity', { severity: 'P1' }, /severity: 'P1'/],
        [
          'detection before impact start',
          { detectedAt: '2000-01-01T00:00:00Z' },
          /detectedAt must not be before impactStartedAt/,
        ],
        [
          'an impact start after detection',
          { impactStartedAt: ago(0) },
          /detectedAt must not be before impactStartedAt/,
        ],
        [
          'an end of impact on an active incident',
          { resolvedAt: ago(0) },
          /resolvedAt: INC-\d+ is active/,
        ],
        ['an unknown field', { owner: 'me' }, /owner/],
        ['an empty change', {}, /body/],
      ])('rejects %s', async (_name, change, field) => {
        const incident = await declare({
          impactStartedAt: ago(2 * HOUR),
          detectedAt: ago(HOUR),
        });
        await expectRejected(
          () =>
            api()
              .patch(`/api/incidents/incidents/${incident.id}`)
              .set(as(GUEST))
              .send(change),
          field,
        );
      });
    });

    describe('status changes', () => {
      it('moves through the legal statuses, stamping milestones and recording each change', async () => {
        const incident = await declare({ impactStartedAt: ago(2 * HOUR) });
        const move = (status: string, at?: string) =>
          api()
            .post(`/api/incidents/incidents/${incident.id}/transitions`)
            .set(as(GUEST))
            .send({ status, at });

        const mitigatedAt = ago(HOUR);
        let res = await move('mitigated', mitigatedAt);
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({ status: 'mitigated', mitigatedAt });

        res = await move('active');
        expect(res.body).toMatchObject({ status: 'active', mitigatedAt: null });

        const resolvedAt = ago(30 * 60 * 1000);
        res = await move('resolved', resolvedAt);
        expect(res.body).toMatchObject({
          status: 'resolved',
          resolvedAt,
          mitigatedAt: resolvedAt,
        });

        res = await move('closed');
        expect(res.body.status).toBe('closed');
        expect(Date.parse(res.body.closedAt)).toBeGreaterThan(
          Date.parse(resolvedAt),
        );

        const timeline = await api()
          .get(`/api/incidents/incidents/${incident.id}/timeline`)
          .set(as(GUEST));
        // The timeline is in the order things happened; this checks the order of the changes.
        expect(
          timeline.body.items
            .filter((e: any) => e.kind === 'status-changed')
            .sort((a: any, b: any) => Number(a.id) - Number(b.id))
            .map((e: any) => [e.data.from, e.data.to]),
        ).toEqual([
          ['active', 'mitigated'],
          ['mitigated', 'active'],
          ['active', 'resolved'],
          ['resolved', 'closed'],
        ]);
      });

      it.each([
        ['active', 'closed'],
        ['active', 'active'],
      ])('refuses %s -> %s with a 409', async (_from, to) => {
        const incident = await declare({});
        const before = await countRows(knex);
        const res = await api()
          .post(`/api/incidents/incidents/${incident.id}/transitions`)
          .set(as(GUEST))
          .send({ status: to });
        expect(res.status).toBe(409);
        expect(res.body.error.message).toMatch(
          /is active; it can become mitigated or resolved/,
        );
        expect(await countRows(knex)).toEqual(before);
      });

      it('refuses any change to a closed incident status', async () => {
        const incident = await declare({
          mode: 'retrospective',
          impactStartedAt: ago(3 * HOUR),
          resolvedAt: ago(2 * HOUR),
        });
        await api()
          .post(`/api/incidents/incidents/${incident.id}/transitions`)
          .set(as(GUEST))
          .send({ status: 'closed' })
          .expect(200);
        const res = await api()
          .post(`/api/incidents/incidents/${incident.id}/transitions`)
          .set(as(GUEST))
          .send({ status: 'active' });
        expect(res.status).toBe(409);
        expect(res.body.error.message).toMatch(/no longer change status/);
      });

      it.each<[string, Record<string, unknown>, RegExp]>([
        ['an unknown status', { status: 'done' }, /status/],
        [
          'a time before impact started',
          { status: 'mitigated', at: '2001-01-01T00:00:00Z' },
          /at: mitigatedAt must not be before impactStartedAt/,
        ],
        [
          'a time in the future',
          { status: 'mitigated', at: fromNow(HOUR) },
          /mitigatedAt must not be in the future/,
        ],
      ])('rejects %s', async (_name, body, field) => {
        const incident = await declare({});
        await expectRejected(
          () =>
            api()
              .post(`/api/incidents/incidents/${incident.id}/transitions`)
              .set(as(GUEST))
              .send(body),
          field,
        );
      });
    });

    describe('roles', () => {
      it('assigns a role and hands over the IC role with a note, keeping the history', async () => {
        const incident = await declare({});
        let res = await api()
          .put(
            `/api/incidents/incidents/${incident.id}/roles/communications-lead`,
          )
          .set(as(GUEST))
          .send({ userRef: 'bob' });
        expect(res.status).toBe(200);
        expect(res.body.roles).toContainEqual(
          expect.objectContaining({
            role: 'communications-lead',
            userRef: BOB,
            assignedByRef: GUEST,
          }),
        );

        res = await api()
          .put(
            `/api/incidents/incidents/${incident.number}/roles/incident-commander`,
          )
          .set(as(GUEST))
          .send({
            userRef: ALICE,
            note: 'Gateway rolled back; waiting for error rates. Bob is on comms.',
          });
        expect(res.status).toBe(200);
        const commanders = res.body.roleHistory.filter(
          (r: any) => r.role === 'incident-commander',
        );
        expect(commanders).toEqual([
          expect.objectContaining({
            userRef: GUEST,
            endedAt: expect.any(String),
          }),
          expect.objectContaining({
            userRef: ALICE,
            assignedByRef: GUEST,
            note: 'Gateway rolled back; waiting for error rates. Bob is on comms.',
            endedAt: null,
          }),
        ]);
        expect(
          res.body.roles.filter((r: any) => r.role === 'incident-commander'),
        ).toHaveLength(1);

        const timeline = await api()
          .get(`/api/incidents/incidents/${incident.id}/timeline`)
          .set(as(GUEST));
        expect(
          timeline.body.items
            .filter((e: any) => e.kind === 'role-assigned')
            .map((e: any) => e.data),
        ).toEqual([
          { role: 'communications-lead', from: GUEST, to: BOB, note: null },
          {
            role: 'incident-commander',
            from: GUEST,
            to: ALICE,
            note: 'Gateway rolled back; waiting for error rates. Bob is on comms.',
          },
        ]);
      });

      it('treats assigning the current holder again as a no-op', async () => {
        const incident = await declare({});
        const before = await countRows(knex);
        const res = await api()
          .put(`/api/incidents/incidents/${incident.id}/roles/operations-lead`)
          .set(as(GUEST))
          .send({ userRef: GUEST });
        expect(res.status).toBe(200);
        expect(await countRows(knex)).toEqual(before);
      });

      it.each<[string, string, Record<string, unknown>, RegExp]>([
        [
          'an unknown role',
          'chef',
          { userRef: ALICE },
          /role: 'chef' is not one of/,
        ],
        [
          'an unknown user',
          'scribe',
          { userRef: 'user:default/nobody' },
          /userRef: 'user:default\/nobody' is not a user in the catalog/,
        ],
        [
          'a group instead of a user',
          'scribe',
          { userRef: 'group:default/payments-team' },
          /userRef: .* is a group, not a user/,
        ],
        ['a malformed user ref', 'scribe', { userRef: 'user:' }, /userRef/],
        ['a missing user', 'scribe', {}, /userRef/],
        [
          'an overlong note',
          'scribe',
          { userRef: ALICE, note: 'x'.repeat(5001) },
          /note/,
        ],
      ])('rejects %s', async (_name, role, body, field) => {
        const incident = await declare({});
        await expectRejected(
          () =>
            api()
              .put(`/api/incidents/incidents/${incident.id}/roles/${role}`)
              .set(as(GUEST))
              .send(body),
          field,
        );
      });
    });

    describe('live updates', () => {
      it('signals every change with the incident, its entities and its owners', async () => {
        publishedSignals.length = 0;
        const incident = await declare({
          entityRefs: ['component:default/payments-gateway'],
        });
        await api()
          .post(`/api/incidents/incidents/${incident.id}/transitions`)
          .set(as(GUEST))
          .send({ status: 'mitigated' })
          .expect(200);
        const message = {
          type: 'incident-changed',
          incidentId: incident.id,
          number: incident.number,
          entityRefs: ['component:default/payments-gateway'],
          ownerRefs: ['group:default/payments-team'],
        };
        expect(publishedSignals).toEqual([
          {
            recipients: { type: 'broadcast' },
            channel: 'incidents',
            message,
          },
          {
            recipients: { type: 'broadcast' },
            channel: 'incidents',
            message,
          },
        ]);
      });

      it('signals nothing for a rejected change', async () => {
        const incident = await declare({});
        publishedSignals.length = 0;
        await api()
          .post(`/api/incidents/incidents/${incident.id}/transitions`)
          .set(as(GUEST))
          .send({ status: 'closed' })
          .expect(409);
        expect(publishedSignals).toEqual([]);
      });
    });

    describe('timeline', () => {
      it('appends notes, decisions, actions and status updates, oldest first', async () => {
        const incident = await declare({ impactStartedAt: ago(2 * HOUR) });
        const add = (body: Record<string, unknown>) =>
          api()
            .post(`/api/incidents/incidents/${incident.id}/timeline`)
            .set(as(BOB))
            .send(body);

        const note = await add({
          kind: 'note',
          body: 'Error rate **spiked** at 10:02',
        });
        expect(note.status).toBe(201);
        expect(note.body).toMatchObject({
          kind: 'note',
          authorRef: BOB,
          automatic: false,
          correctsId: null,
        });
        const occurredAt = ago(90 * 60 * 1000);
        const decision = await add({
          kind: 'decision',
          body: 'Roll back the gateway',
          occurredAt,
        });
        expect(decision.body.occurredAt).toBe(occurredAt);
        await add({ kind: 'action', body: 'Rolled back to v2.3.1' }).expect(
          201,
        );
        await add({
          kind: 'status-update',
          body: 'SEV2 - Checkout errors\n\nNext update at 11:00',
        }).expect(201);
        const correction = await add({
          kind: 'note',
          body: 'Correction: it spiked at 10:04',
          correctsId: note.body.id,
        });
        expect(correction.body.correctsId).toBe(note.body.id);

        const timeline = await api()
          .get(`/api/incidents/incidents/${incident.number}/timeline`)
          .set(as(GUEST));
        expect(timeline.body.items.map((e: any) => e.kind)).toEqual([
          'decision',
          'declared',
          'note',
          'action',
          'status-update',
          'note',
        ]);
      });

      it('has no way to change or delete an entry', async () => {
        const incident = await declare({});
        const entry = await api()
          .post(`/api/incidents/incidents/${incident.id}/timeline`)
          .set(as(GUEST))
          .send({ kind: 'note', body: 'evidence' });
        const before = await countRows(knex);
        for (const method of ['put', 'patch', 'delete'] as const) {
          const res = await api()
            [method](
              `/api/incidents/incidents/${incident.id}/timeline/${entry.body.id}`,
            )
            .set(as(GUEST))
            .send({ body: 'tampered' });
          expect(res.status).toBe(404);
          const res2 = await api()
            [method](`/api/incidents/incidents/${incident.id}/timeline`)
            .set(as(GUEST))
            .send({ body: 'tampered' });
          expect(res2.status).toBe(404);
        }
        expect(await countRows(knex)).toEqual(before);
        const timeline = await api()
          .get(`/api/incidents/incidents/${incident.id}/timeline`)
          .set(as(GUEST));
        expect(timeline.body.items.map((e: any) => e.body)).toContain(
          'evidence',
        );
      });

      it.each<[string, Record<string, unknown>, RegExp]>([
        [
          'an empty body',
          { kind: 'note', body: '  ' },
          /body must not be empty/,
        ],
        ['an automatic kind', { kind: 'status-changed', body: 'x' }, /kind/],
        ['an overlong body', { kind: 'note', body: 'x'.repeat(20001) }, /body/],
        [
          'a time in the future',
          { kind: 'note', body: 'x', occurredAt: fromNow(HOUR) },
          /occurredAt must not be in the future/,
        ],
        [
          'a correction of an unknown entry',
          { kind: 'note', body: 'x', correctsId: '999999999' },
          /correctsId/,
        ],
      ])('rejects %s', async (_name, body, field) => {
        const incident = await declare({});
        await expectRejected(
          () =>
            api()
              .post(`/api/incidents/incidents/${incident.id}/timeline`)
              .set(as(GUEST))
              .send(body),
          field,
        );
      });

      it('rejects a correction of another incident’s entry', async () => {
        const one = await declare({});
        const other = await declare({});
        const entry = await api()
          .post(`/api/incidents/incidents/${other.id}/timeline`)
          .set(as(GUEST))
          .send({ kind: 'note', body: 'x' });
        await expectRejected(
          () =>
            api()
              .post(`/api/incidents/incidents/${one.id}/timeline`)
              .set(as(GUEST))
              .send({ kind: 'note', body: 'y', correctsId: entry.body.id }),
          /correctsId/,
        );
      });
    });
  },
);

const postgresIds = databases
  .eachSupportedId()
  .filter(([id]) => id.startsWith('POSTGRES'));

if (postgresIds.length === 0) {
  it.todo(
    'two backend replicas on one PostgreSQL (set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING)',
  );
} else {
  describe.each(postgresIds)('two backend replicas on one %s', databaseId => {
    it('number concurrent declares on both replicas without duplicates or gaps', async () => {
      const knexA = await databases.init(databaseId);
      // A second connection pool to the same database, as a second replica would have.
      const knexB = createKnex({
        client: 'pg',
        connection: knexA.client.config.connection,
      });
      const replicaA = await startIncidentsBackend({ knex: knexA });
      const replicaB = await startIncidentsBackend({ knex: knexB });
      try {
        const declareOn = (backend: TestBackend, i: number) =>
          request(backend.server)
            .post('/api/incidents/incidents')
            .set('Authorization', mockCredentials.user.header(GUEST))
            .send({
              title: `Replica test ${i}`,
              severity: 'SEV3',
              entityRefs: ['component:default/checkout-web'],
            });
        const results = await Promise.all(
          Array.from({ length: 40 }, (_, i) =>
            declareOn(i % 2 ? replicaA : replicaB, i),
          ),
        );
        expect(results.map(r => r.status)).toEqual(Array(40).fill(201));
        const numbers = results
          .map(r => Number(r.body.number.replace('INC-', '')))
          .sort((a, b) => a - b);
        expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      } finally {
        await replicaA.stop();
        await replicaB.stop();
        await knexB.destroy();
      }
    });
  });
}
