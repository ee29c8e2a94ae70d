import { SignalPayload } from '@backstage/plugin-signals-node';
import { as, GUEST, useIncidentsBackend } from '../__testUtils__/incidentsApi';
import { createTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

const cursorOf = (values: unknown[]) =>
  Buffer.from(JSON.stringify(values)).toString('base64url');

const databases = createTestDatabases();

const CHECKOUT = 'component:default/checkout-web';
const CART = 'component:default/cart-service';
const GATEWAY = 'component:default/payments-gateway';
const FRAUD = 'component:default/fraud-scoring';

describe.each(databases.eachSupportedId())(
  'known-error routes on %s',
  databaseId => {
    const publishedSignals: SignalPayload[] = [];
    const { api, database, declare, expectRejected, rowCounts } =
      useIncidentsBackend(databases, databaseId, { publishedSignals });

    const knownErrors = '/api/incidents/known-errors';

    async function record(body: Record<string, unknown>) {
      const res = await api()
        .post(knownErrors)
        .set(as(GUEST))
        .send({
          title: 'Checkout returns 502 when the cart service restarts',
          symptoms: 'Spikes of 502 on /checkout for two minutes',
          entityRefs: [CHECKOUT],
          ...body,
        });
      expect(res.status).toBe(201);
      return res.body;
    }

    const get = async (reference: string) => {
      const res = await api().get(`${knownErrors}/${reference}`).set(as(GUEST));
      expect(res.status).toBe(200);
      return res.body;
    };

    describe('record', () => {
      it('records a known error with its owners from the catalog and a history', async () => {
        const created = await record({
          workaround: 'Retry the payment **once**',
          rootCause: 'Connections are not drained on restart',
          fixUrl: 'https://tracker.example/CART-12',
          entityRefs: ['Component:checkout-web', GATEWAY],
        });
        expect(created).toEqual({
          id: expect.stringMatching(/^[0-9a-f-]{36}$/),
          number: expect.stringMatching(/^KE-\d+$/),
          title: 'Checkout returns 502 when the cart service restarts',
          symptoms: 'Spikes of 502 on /checkout for two minutes',
          rootCause: 'Connections are not drained on restart',
          workaround: 'Retry the payment **once**',
          permanentFix: null,
          fixUrl: 'https://tracker.example/CART-12',
          // A workaround is known: that is the status unless one is given.
          status: 'workaround',
          entityRefs: [CHECKOUT, GATEWAY],
          ownerRefs: [
            'group:default/payments-team',
            'group:default/storefront-team',
          ],
          incidentCount: 0,
          lastSeenAt: null,
          createdAt: expect.any(String),
          createdBy: GUEST,
          updatedAt: expect.any(String),
        });
        const details = await get(created.number);
        expect(details.incidents).toEqual([]);
        expect(details.history).toEqual([
          {
            id: expect.any(String),
            kind: 'created',
            actorRef: GUEST,
            at: expect.any(String),
            changes: null,
            incident: null,
          },
        ]);
        expect((await record({})).status).toBe('investigating');
      });

      it('numbers known errors without gaps, apart from incidents', async () => {
        const first = Number((await record({})).number.slice(3));
        const [a, b] = await Promise.all([record({}), record({})]);
        expect(
          [a, b].map(ke => Number(ke.number.slice(3))).sort((x, y) => x - y),
        ).toEqual([first + 1, first + 2]);
      });

      it('links the incidents it caused, on their timelines and in its history', async () => {
        const incident = await declare({ title: 'Checkout 502s' });
        publishedSignals.length = 0;
        const created = await record({ incidentRefs: [incident.number] });
        const details = await get(created.id);
        expect(details).toMatchObject({
          incidentCount: 1,
          lastSeenAt: incident.impactStartedAt,
          incidents: [
            {
              id: incident.id,
              number: incident.number,
              title: 'Checkout 502s',
              status: 'active',
              severity: 'SEV2',
              declaredAt: incident.declaredAt,
            },
          ],
        });
        expect(details.history.map((h: any) => [h.kind, h.incident])).toEqual([
          ['created', null],
          ['incident-linked', { id: incident.id, number: incident.number }],
        ]);
        const timeline = await api()
          .get(`/api/incidents/incidents/${incident.id}/timeline`)
          .set(as(GUEST));
        expect(timeline.body.items.at(-1)).toMatchObject({
          kind: 'known-error-linked',
          automatic: true,
          authorRef: GUEST,
          body: `Linked the known error ${created.number}: ${created.title}`,
          data: {
            knownErrorId: created.id,
            number: created.number,
            title: created.title,
          },
        });
        expect(publishedSignals.map(s => s.message)).toEqual([
          {
            type: 'known-error-changed',
            knownErrorId: created.id,
            incidentIds: [incident.id],
          },
        ]);
      });

      describe('rejects bad input with a 400 naming the field, writing nothing', () => {
        const send = (body: Record<string, unknown>) => () =>
          api()
            .post(knownErrors)
            .set(as(GUEST))
            .send({
              title: 'Checkout 502',
              symptoms: '502 on /checkout',
              entityRefs: [CHECKOUT],
              ...body,
            });

        it.each([
          ['no title', { title: undefined }, /title/],
          [
            'a NUL character, which PostgreSQL refuses',
            { symptoms: 'x\u0000' },
            /symptoms: must not contain a NUL character/,
          ],
          ['a blank title', { title: '   ' }, /title must not be empty/],
          ['no symptoms', { symptoms: undefined }, /symptoms/],
          [
            'blank symptoms',
            { symptoms: ' \n ' },
            /symptoms must not be empty/,
          ],
          ['no entity', { entityRefs: [] }, /entityRefs/],
          [
            'an unknown entity',
            { entityRefs: ['component:default/nope'] },
            /entityRefs: 'component:default\/nope' was not found/,
          ],
          [
            'a malformed entity',
            { entityRefs: ['::'] },
            /entityRefs\[0\]: '::' is not a valid entity reference/,
          ],
          [
            'a group',
            { entityRefs: ['group:default/payments-team'] },
            /entityRefs\[0\].*is a group/,
          ],
          ['an unknown status', { status: 'closed' }, /status/],
          ['an overlong title', { title: 'x'.repeat(201) }, /title/],
          ['overlong symptoms', { symptoms: 'x'.repeat(20001) }, /symptoms/],
          [
            'an unknown field',
            { severity: 'SEV1' },
            /severity: not accepted here/,
          ],
          [
            'a fix link that is no URL',
            { fixUrl: 'CART-12' },
            /fixUrl: 'CART-12' is not a URL/,
          ],
          [
            'a fix link that is not http',
            { fixUrl: 'ftp://files.example/fix' },
            /fixUrl: .* must be an http or https URL/,
          ],
          [
            'an unknown incident',
            { incidentRefs: ['INC-99999'] },
            /incidentRefs\[0\]: no incident INC-99999/,
          ],
          [
            'a malformed incident',
            { incidentRefs: ['metrics'] },
            /incidentRefs\[0\]: no incident metrics/,
          ],
        ])('%s', async (_case, body, field) => {
          await expectRejected(send(body), field);
        });
      });
    });

    describe('read', () => {
      it('reads a known error by id and by number, in any case, and 404s the rest', async () => {
        const created = await record({});
        expect((await get(created.id)).number).toBe(created.number);
        expect((await get(created.number.toLowerCase())).id).toBe(created.id);
        for (const reference of ['KE-999999', 'nope', 'INC-1']) {
          const res = await api()
            .get(`${knownErrors}/${reference}`)
            .set(as(GUEST));
          expect(res.status).toBe(404);
          expect(res.body.error.name).toBe('NotFoundError');
        }
      });
    });

    describe('edit', () => {
      it('changes fields and records each change with its old and new value', async () => {
        const created = await record({ rootCause: 'Unknown yet' });
        publishedSignals.length = 0;
        const res = await api()
          .patch(`${knownErrors}/${created.number}`)
          .set(as(GUEST))
          .send({
            rootCause: null,
            workaround: 'Drain the pod first',
            permanentFix: 'Graceful shutdown',
            entityRefs: [CART],
          });
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          rootCause: null,
          workaround: 'Drain the pod first',
          permanentFix: 'Graceful shutdown',
          entityRefs: [CART],
          ownerRefs: ['group:default/storefront-team'],
        });
        expect(res.body.history.at(-1)).toMatchObject({
          kind: 'updated',
          actorRef: GUEST,
          changes: {
            rootCause: { from: 'Unknown yet', to: null },
            workaround: { from: null, to: 'Drain the pod first' },
            permanentFix: { from: null, to: 'Graceful shutdown' },
            entityRefs: { from: [CHECKOUT], to: [CART] },
          },
        });
        expect(publishedSignals.map(s => s.message)).toEqual([
          {
            type: 'known-error-changed',
            knownErrorId: created.id,
            incidentIds: [],
          },
        ]);
      });

      it('moves the status only along legal moves', async () => {
        const created = await record({});
        const move = (status: string) =>
          api()
            .patch(`${knownErrors}/${created.id}`)
            .set(as(GUEST))
            .send({ status });
        for (const status of ['workaround', 'fix-in-progress', 'fixed']) {
          const res = await move(status);
          expect(res.status).toBe(200);
          expect(res.body.history.at(-1)).toMatchObject({
            kind: 'status-changed',
            changes: { status: { to: status } },
          });
        }
        // It came back after the fix.
        expect((await move('investigating')).status).toBe(200);
        // Asking for the status it has changes nothing.
        const rows = await rowCounts();
        expect((await move('investigating')).status).toBe(200);
        expect(await rowCounts()).toEqual(rows);
        await move('workaround');
        const refused = await expectRejected(
          () => move('investigating'),
          /status: KE-\d+ is workaround; it can become fix-in-progress or fixed or retired, not investigating/,
        );
        expect(refused.body.error).toMatchObject({
          code: 'known-error-status-not-allowed',
          values: {
            from: 'workaround',
            to: 'investigating',
            allowed: ['fix-in-progress', 'fixed', 'retired'],
          },
        });
      });

      it('writes nothing when nothing changes, and refuses bad edits', async () => {
        const created = await record({ workaround: 'Retry' });
        const before = await rowCounts();
        const res = await api()
          .patch(`${knownErrors}/${created.id}`)
          .set(as(GUEST))
          .send({ workaround: ' Retry ', title: created.title });
        expect(res.status).toBe(200);
        expect(await rowCounts()).toEqual(before);
        const patch = (body: object) => () =>
          api().patch(`${knownErrors}/${created.id}`).set(as(GUEST)).send(body);
        await expectRejected(
          patch({}),
          /must NOT have fewer than 1 properties/,
        );
        await expectRejected(patch({ title: ' ' }), /title must not be empty/);
        await expectRejected(patch({ symptoms: null }), /symptoms/);
        await expectRejected(patch({ status: 'gone' }), /status/);
        await expectRejected(patch({ entityRefs: [] }), /entityRefs/);
        await expectRejected(patch({ number: 'KE-1' }), /number: not accepted/);
        await expectRejected(patch({ fixUrl: 'ftp://x' }), /fixUrl/);
        const missing = await api()
          .patch(`${knownErrors}/KE-999999`)
          .set(as(GUEST))
          .send({ title: 'x' });
        expect(missing.status).toBe(404);
      });
    });

    describe('links to incidents', () => {
      it('links and unlinks, on the incident and in the history, once', async () => {
        const incident = await declare({});
        const created = await record({});
        const link = () =>
          api()
            .put(
              `/api/incidents/incidents/${incident.number}/known-errors/${created.number}`,
            )
            .set(as(GUEST));
        const unlink = () =>
          api()
            .delete(
              `/api/incidents/incidents/${incident.id}/known-errors/${created.id}`,
            )
            .set(as(GUEST));

        publishedSignals.length = 0;
        const linked = await link();
        expect(linked.status).toBe(200);
        expect(linked.body.knownErrors).toEqual([
          {
            id: created.id,
            number: created.number,
            title: created.title,
            status: created.status,
            workaround: null,
          },
        ]);
        expect(publishedSignals.map(s => s.message.type)).toEqual([
          'incident-changed',
          'known-error-changed',
        ]);

        const rows = await rowCounts();
        expect((await link()).status).toBe(200);
        expect(await rowCounts()).toMatchObject({
          known_error_incidents: rows.known_error_incidents,
          known_error_history: rows.known_error_history,
          incident_timeline: rows.incident_timeline,
        });
        expect((await get(created.id)).incidentCount).toBe(1);

        const unlinked = await unlink();
        expect(unlinked.status).toBe(200);
        expect(unlinked.body.knownErrors).toEqual([]);
        const details = await get(created.id);
        expect(details).toMatchObject({ incidentCount: 0, lastSeenAt: null });
        expect(details.history.map((h: any) => h.kind)).toEqual([
          'created',
          'incident-linked',
          'incident-unlinked',
        ]);
        const timeline = await api()
          .get(`/api/incidents/incidents/${incident.id}/timeline`)
          .set(as(GUEST));
        expect(timeline.body.items.map((e: any) => e.kind).slice(-2)).toEqual([
          'known-error-linked',
          'known-error-unlinked',
        ]);

        const again = await unlink();
        expect(again.status).toBe(404);
        expect(again.body.error.message).toMatch(/is not linked to/);
      });

      it('404s an unknown incident or known error and writes nothing', async () => {
        const incident = await declare({});
        const created = await record({});
        const before = await rowCounts();
        for (const path of [
          `/api/incidents/incidents/INC-999999/known-errors/${created.id}`,
          `/api/incidents/incidents/${incident.id}/known-errors/KE-999999`,
        ]) {
          const res = await api().put(path).set(as(GUEST));
          expect(res.status).toBe(404);
        }
        expect(await rowCounts()).toEqual(before);
      });

      it('links the known errors recognised when declaring, and refuses unknown ones', async () => {
        const created = await record({});
        const incident = await declare({ knownErrorIds: [created.number] });
        expect(incident.knownErrors.map((k: any) => k.id)).toEqual([
          created.id,
        ]);
        expect((await get(created.id)).incidents[0].id).toBe(incident.id);
        await expectRejected(
          () =>
            api()
              .post('/api/incidents/incidents')
              .set(as(GUEST))
              .send({
                title: 'Checkout down',
                severity: 'SEV1',
                entityRefs: [CHECKOUT],
                knownErrorIds: ['KE-999999'],
              }),
          /knownErrorIds\[0\]: no known error KE-999999/,
        );
      });
    });

    describe('list and search', () => {
      let seen: any;
      let never: any;
      let french: any;

      beforeAll(async () => {
        await database()('known_errors').delete();
        never = await record({
          title: 'Fraud model scores every basket as risky',
          symptoms: 'Manual review queue grows; approval rate drops',
          entityRefs: [FRAUD],
          status: 'fix-in-progress',
        });
        french = await record({
          title: 'Les courriels de confirmation partent en retard',
          symptoms:
            'Délai de plusieurs heures entre la commande et le courriel',
          entityRefs: [CART],
        });
        seen = await record({
          title: 'Payment authorisations time out at the acquirer',
          symptoms: 'Timeouts after 30 s on card payments',
          workaround: 'Switch traffic to the backup acquirer',
          entityRefs: [GATEWAY],
        });
        const incident = await declare({ entityRefs: [GATEWAY] });
        await api()
          .put(
            `/api/incidents/incidents/${incident.id}/known-errors/${seen.id}`,
          )
          .set(as(GUEST));
      });

      const list = async (query: string) => {
        const res = await api().get(`${knownErrors}?${query}`).set(as(GUEST));
        expect(res.status).toBe(200);
        return res.body;
      };

      it('lists the most recently seen first, with the total on the first page', async () => {
        const page = await list('');
        expect(page.totalItems).toBe(3);
        expect(page.items.map((k: any) => k.number)).toEqual([
          seen.number,
          french.number,
          never.number,
        ]);
      });

      it('filters by entity, owner and status', async () => {
        expect((await list(`entityRef=${FRAUD}`)).items).toEqual([
          expect.objectContaining({ id: never.id }),
        ]);
        expect(
          (await list('ownerRef=storefront-team')).items.map((k: any) => k.id),
        ).toEqual([french.id]);
        expect(
          (await list('status=fix-in-progress&status=workaround')).items.map(
            (k: any) => k.id,
          ),
        ).toEqual([seen.id, never.id]);
      });

      it('searches every word, in English and French, accents and plurals aside, the last word as you type', async () => {
        const search = async (q: string) =>
          (await list(`q=${encodeURIComponent(q)}`)).items.map(
            (k: any) => k.id,
          );
        expect(await search('payment timeouts')).toEqual([seen.id]);
        expect(await search('courriel delai')).toEqual([french.id]);
        expect(await search('les courriels')).toEqual([french.id]);
        expect(await search('backup acqui')).toEqual([seen.id]);
        expect(await search('fraud timeouts')).toEqual([]);
        expect(await search('the of')).toHaveLength(3);
      });

      it('ranks by relevance: the title counts more than the rest', async () => {
        const titleMatch = await record({
          title: 'Acquirer rejects refunds',
          symptoms: 'Refund API answers 500',
          entityRefs: [GATEWAY],
        });
        const items = (await list('q=acquirer')).items.map((k: any) => k.id);
        expect(items).toEqual([titleMatch.id, seen.id]);
        await database()('known_errors').where({ id: titleMatch.id }).delete();
      });

      it('pages with a cursor without repeating or skipping, with and without words', async () => {
        for (const query of ['', 'q=the']) {
          const all = (await list(`${query}&limit=100`)).items.map(
            (k: any) => k.id,
          );
          const paged: string[] = [];
          let cursor: string | undefined;
          do {
            const page = await list(
              `${query}&limit=1${
                cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
              }`,
            );
            paged.push(...page.items.map((k: any) => k.id));
            cursor = page.nextCursor;
          } while (cursor);
          expect(paged).toEqual(all);
        }
        const bad = await api()
          .get(`${knownErrors}?cursor=nonsense`)
          .set(as(GUEST));
        expect(bad.status).toBe(400);
        expect(bad.body.error.message).toMatch(/cursor/);
      });

      it('refuses cursors whose values the database cannot compare, with and without words', async () => {
        // PostgreSQL refused these (a bigint, a real, an integer) with a 500.
        for (const [query, values] of [
          ['', [-5e-324, 1]],
          ['', [1.5, 1]],
          ['', [0, 2 ** 40]],
          ['q=the&', [1e300, 1]],
          ['q=the&', [5e-324, 1]],
          ['q=the&', [0.5, 2 ** 40]],
        ] as const) {
          const res = await api()
            .get(`${knownErrors}?${query}cursor=${cursorOf([...values])}`)
            .set(as(GUEST));
          expect({ query, values, status: res.status }).toEqual({
            query,
            values,
            status: 400,
          });
          expect(res.body.error.message).toBe(
            'cursor: not a cursor returned by this API',
          );
        }
      });

      it('refuses bad filters with a 400 naming them', async () => {
        for (const [query, field] of [
          ['status=gone', /status/],
          ['limit=0', /limit/],
          ['limit=101', /limit/],
          ['entityRef=%3A%3A', /entityRef/],
          [`q=${'x'.repeat(501)}`, /q/],
          ['q=time%00out', /q: must not contain a NUL character/],
        ] as const) {
          const res = await api().get(`${knownErrors}?${query}`).set(as(GUEST));
          expect(res.status).toBe(400);
          expect(res.body.error.message).toMatch(field);
        }
      });
    });

    describe('suggestions', () => {
      let onCheckout: any;
      let onCart: any;
      let onGateway: any;
      let retired: any;

      beforeAll(async () => {
        await database()('known_errors').delete();
        onCheckout = await record({
          title: 'Checkout spinner never stops on mobile Safari',
          symptoms: 'Users stuck on the payment step',
          entityRefs: [CHECKOUT],
          workaround: 'Ask users to reload',
        });
        onCart = await record({
          title: 'Cart service drops baskets after a cache failover',
          symptoms: 'Empty baskets, 404 on /cart',
          entityRefs: [CART],
        });
        onGateway = await record({
          title: 'Gateway timeouts during acquirer maintenance',
          symptoms: 'Card payments time out',
          entityRefs: [GATEWAY],
        });
        retired = await record({
          title: 'Checkout spinner on old Android browsers',
          symptoms: 'Spinner never stops',
          entityRefs: [CHECKOUT],
          status: 'retired',
        });
      });

      const suggest = async (query: string) => {
        const res = await api()
          .get(`${knownErrors}/suggestions?${query}`)
          .set(as(GUEST));
        expect(res.status).toBe(200);
        return res.body.items;
      };

      it('suggests the entity’s known errors, then its dependencies’, never retired ones', async () => {
        const items = await suggest(`entityRef=${CHECKOUT}`);
        expect(items.map((k: any) => [k.number, k.reasons])).toEqual([
          [onCheckout.number, ['same-entity']],
          [onCart.number, ['dependency']],
        ]);
        expect(items[0]).toEqual({
          id: onCheckout.id,
          number: onCheckout.number,
          title: onCheckout.title,
          status: 'workaround',
          workaround: 'Ask users to reload',
          entityRefs: [CHECKOUT],
          incidentCount: 0,
          reasons: ['same-entity'],
        });
        expect(items.map((k: any) => k.id)).not.toContain(retired.id);
      });

      it('moves a dependency’s known error up when the words match it', async () => {
        const items = await suggest(
          `entityRef=${CHECKOUT}&text=${encodeURIComponent(
            'baskets are empty after failover',
          )}`,
        );
        expect(items[0]).toMatchObject({
          id: onCart.id,
          reasons: ['dependency', 'text'],
        });
      });

      it('finds the same system’s, and known errors by words alone', async () => {
        expect(
          (await suggest(`entityRef=${FRAUD}`)).map((k: any) => [
            k.id,
            k.reasons,
          ]),
        ).toEqual([[onGateway.id, ['same-system']]]);
        expect(
          (await suggest('text=acquirer%20maintenance')).map((k: any) => k.id),
        ).toEqual([onGateway.id]);
      });

      it('gives at most `limit`, 5 by default, and refuses a request without entity or words', async () => {
        expect(await suggest(`entityRef=${CHECKOUT}&limit=1`)).toHaveLength(1);
        // Words too common to search for find nothing, without an error.
        expect(await suggest('text=%20the%20')).toEqual([]);
        for (const [query, field] of [
          ['', /entityRef or text/],
          ['entityRef=component:default/nope', /entityRef: .* was not found/],
          ['limit=21&text=x', /limit/],
        ] as const) {
          const res = await api()
            .get(`${knownErrors}/suggestions?${query}`)
            .set(as(GUEST));
          expect(res.status).toBe(400);
          expect(res.body.error.message).toMatch(field);
        }
      });
    });
  },
);
