import { createTestDatabases } from '../__testUtils__/testDatabases';
import {
  ago,
  ALICE,
  as,
  BOB,
  fromNow,
  GUEST,
  HOUR,
  useIncidentsBackend,
} from '../__testUtils__/incidentsApi';

jest.setTimeout(60_000);

const cursorOf = (values: unknown[]) =>
  Buffer.from(JSON.stringify(values)).toString('base64url');

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'incident routes: declare, read and list on %s',
  databaseId => {
    const { api, database, declare, expectRejected, rowCounts } =
      useIncidentsBackend(databases, databaseId);

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
        const before = await rowCounts();
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
        expect(await rowCounts()).toEqual(before);
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
          [
            'a NUL character, which PostgreSQL refuses',
            { description: 'Down\u0000' },
            /description: must not contain a NUL character/,
          ],
          [
            'a NUL character in a list',
            { entityRefs: ['component:default/checkout-web\u0000'] },
            /entityRefs\[0\]: must not contain a NUL character/,
          ],
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
          [
            'a date the calendar does not have (JavaScript reads it as March 1st)',
            { impactStartedAt: '2025-02-30T10:00:00Z' },
            /impactStartedAt: '2025-02-30T10:00:00Z' is not a date and time/,
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
        const before = await rowCounts();
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
        expect(await rowCounts()).toEqual(before);
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
        const before = await rowCounts();
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
        expect(res.body.error).toMatchObject({
          code: 'idempotency-key-reused',
          values: {},
        });
        expect(await rowCounts()).toEqual(before);
      });

      it('creates one incident when the same request races itself', async () => {
        const before = await rowCounts();
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
        expect((await rowCounts()).incidents).toBe(before.incidents + 1);
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
          await database()('incidents').select('number').orderBy('number')
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
        [
          'a date the calendar does not have',
          'to=2025-02-29T00:00:00Z',
          /to: '2025-02-29T00:00:00Z' is not a date and time/,
        ],
        [
          'a month 13, which the format check lets through',
          'from=2025-13-01T00:00:00Z',
          /from: '2025-13-01T00:00:00Z' is not a date and time/,
        ],
        [
          'a range that ends before it starts',
          'from=2025-09-01T00:00:00Z&to=2025-03-01T00:00:00Z',
          /from, to: the range ends .* before it starts/,
        ],
        [
          'a cursor with a number no incident can have',
          `cursor=${cursorOf(['2025-03-01T10:00:00.000Z', 2 ** 40])}`,
          /cursor: not a cursor returned by this API/,
        ],
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
  },
);
