import { SignalPayload } from '@backstage/plugin-signals-node';
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

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'incident routes: edits, status, roles, timeline on %s',
  databaseId => {
    const publishedSignals: SignalPayload[] = [];
    const { api, declare, expectRejected, rowCounts } = useIncidentsBackend(
      databases,
      databaseId,
      { publishedSignals },
    );

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
        const before = await rowCounts();
        const res = await api()
          .patch(`/api/incidents/incidents/${incident.id}`)
          .set(as(GUEST))
          .send({ title: incident.title, severity: incident.severity });
        expect(res.status).toBe(200);
        const after = await rowCounts();
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
        [
          'a month 13, which the format check lets through (it was a 500)',
          { detectedAt: '2025-13-01T00:00:00Z' },
          /detectedAt: '2025-13-01T00:00:00Z' is not a date and time/,
        ],
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

      it('says which milestone the incident has not reached, for the UI to word', async () => {
        const incident = await declare({});
        const res = await expectRejected(
          () =>
            api()
              .patch(`/api/incidents/incidents/${incident.id}`)
              .set(as(GUEST))
              .send({ mitigatedAt: ago(0) }),
          /^mitigatedAt: /,
        );
        expect(res.body.error).toMatchObject({
          code: 'milestone-not-reached',
          values: {
            number: incident.number,
            status: 'active',
            milestone: 'mitigatedAt',
          },
        });
      });
    });

    describe('status changes', () => {
      it('moves through the legal statuses, stamping milestones and recording each change', async () => {
        // SEV3: its postmortem is optional, so nothing holds back closing it.
        const incident = await declare({
          severity: 'SEV3',
          impactStartedAt: ago(2 * HOUR),
        });
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
        const before = await rowCounts();
        const res = await api()
          .post(`/api/incidents/incidents/${incident.id}/transitions`)
          .set(as(GUEST))
          .send({ status: to });
        expect(res.status).toBe(409);
        expect(res.body.error.message).toMatch(
          /is active; it can become mitigated or resolved/,
        );
        expect(res.body.error).toMatchObject({
          code: 'incident-status-not-allowed',
          values: {
            number: incident.number,
            from: 'active',
            to,
            allowed: ['mitigated', 'resolved'],
          },
        });
        expect(await rowCounts()).toEqual(before);
      });

      it('refuses any change to a closed incident status', async () => {
        const incident = await declare({
          severity: 'SEV3',
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
        expect(res.body.error).toMatchObject({
          code: 'incident-status-not-allowed',
          values: { from: 'closed', to: 'active', allowed: [] },
        });
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
        [
          'a month 13, which the format check lets through (it was a 500)',
          { status: 'mitigated', at: '2025-13-01T00:00:00Z' },
          /at: '2025-13-01T00:00:00Z' is not a date and time/,
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
        const before = await rowCounts();
        const res = await api()
          .put(`/api/incidents/incidents/${incident.id}/roles/operations-lead`)
          .set(as(GUEST))
          .send({ userRef: GUEST });
        expect(res.status).toBe(200);
        expect(await rowCounts()).toEqual(before);
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

      it('rejects an occurrence time the calendar does not have (it was a 500)', async () => {
        const incident = await declare({});
        await expectRejected(
          () =>
            api()
              .post(`/api/incidents/incidents/${incident.id}/timeline`)
              .set(as(GUEST))
              .send({
                kind: 'note',
                body: 'evidence',
                occurredAt: '2025-13-01T00:00:00Z',
              }),
          /occurredAt: '2025-13-01T00:00:00Z' is not a date and time/,
        );
      });

      it('has no way to change or delete an entry', async () => {
        const incident = await declare({});
        const entry = await api()
          .post(`/api/incidents/incidents/${incident.id}/timeline`)
          .set(as(GUEST))
          .send({ kind: 'note', body: 'evidence' });
        const before = await rowCounts();
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
        expect(await rowCounts()).toEqual(before);
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
