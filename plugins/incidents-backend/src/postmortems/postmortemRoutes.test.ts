import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import {
  ALICE,
  as,
  BOB,
  GUEST,
  useIncidentsBackend,
} from '../__testUtils__/incidentsApi';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { addDays, dayOf } from './days';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const PAYMENTS = 'group:default/payments-team';
const SRE = 'group:default/sre-team';
const CHECKOUT = 'component:default/checkout-web';

const WRITTEN = {
  summary: 'Checkout failed for 20 minutes.',
  impact: 'Every customer paying by card, about 4,000 baskets.',
  rootCause: 'The cart service dropped connections on restart.',
  resolution: 'Rolled back the cart service.',
  evidence: 'https://grafana.example/d/checkout',
};

describe.each(databases.eachSupportedId())(
  'postmortem routes on %s',
  databaseId => {
    const sentNotifications: NotificationSendOptions[] = [];
    const { api, declare, expectRejected, rowCounts } = useIncidentsBackend(
      databases,
      databaseId,
      {
        sentNotifications,
        config: { incidents: { notifications: { language: 'en' } } },
      },
    );

    beforeEach(() => {
      sentNotifications.length = 0;
    });

    /** The postmortem notifications sent, not those about incidents themselves. */
    const postmortemNotifications = () =>
      sentNotifications.filter(n => n.payload.topic === 'incidents');

    const postmortemOf = (number: string) =>
      `/api/incidents/incidents/${number}/postmortem`;

    async function getPostmortem(number: string) {
      const res = await api().get(postmortemOf(number)).set(as(GUEST));
      expect(res.status).toBe(200);
      return res.body;
    }

    const save = (number: string, body: Record<string, unknown>) =>
      api().patch(postmortemOf(number)).set(as(GUEST)).send(body);

    const move = (number: string, body: Record<string, unknown>) =>
      api()
        .post(`${postmortemOf(number)}/transitions`)
        .set(as(GUEST))
        .send(body);

    const addItem = (number: string, body: Record<string, unknown>) =>
      api()
        .post(`/api/incidents/incidents/${number}/action-items`)
        .set(as(GUEST))
        .send({
          title: 'Drain connections on restart',
          kind: 'prevent',
          ownerRef: PAYMENTS,
          ...body,
        });

    const editItem = (id: string, body: Record<string, unknown>) =>
      api()
        .patch(`/api/incidents/action-items/${id}`)
        .set(as(GUEST))
        .send(body);

    const transition = (number: string, status: string) =>
      api()
        .post(`/api/incidents/incidents/${number}/transitions`)
        .set(as(GUEST))
        .send({ status });

    /** A SEV2 with a written postmortem and an action item, ready for review. */
    async function readyForReview() {
      const incident = await declare({});
      const saved = await save(incident.number, {
        updatedAt: null,
        sections: WRITTEN,
      });
      expect(saved.status).toBe(200);
      expect((await addItem(incident.number, {})).status).toBe(201);
      return incident;
    }

    describe('prefill', () => {
      it('opens a required draft prefilled from the incident, blameless and unsaved', async () => {
        const incident = await declare({
          description: 'Card payments fail at checkout',
        });
        await api()
          .put(
            `/api/incidents/incidents/${incident.number}/roles/operations-lead`,
          )
          .set(as(GUEST))
          .send({ userRef: ALICE, note: 'Alice has the dashboards' })
          .expect(200);
        await api()
          .post(`/api/incidents/incidents/${incident.number}/timeline`)
          .set(as(GUEST))
          .send({ kind: 'decision', body: 'Roll back the cart service' })
          .expect(201);

        const postmortem = await getPostmortem(incident.number);
        expect(postmortem).toMatchObject({
          incidentId: incident.id,
          status: 'draft',
          required: true,
          // Nobody holds the role yet: the incident commander is accountable.
          ownerRef: GUEST,
          updatedAt: null,
          approvedAt: null,
          approvedBy: null,
          actionItems: [],
        });
        expect(postmortem.sections).toEqual({
          summary: 'Card payments fail at checkout',
          impact: '',
          detection: '',
          trigger: '',
          rootCause: '',
          resolution: '',
          wentWell: '',
          wentWrong: '',
          gotLucky: '',
          evidence: '',
        });
        expect(
          postmortem.timeline.map((e: any) => [e.kind, e.important]),
        ).toEqual([
          ['declared', true],
          ['role-assigned', false],
          ['decision', true],
        ]);
        const handover = postmortem.timeline[1];
        expect(handover.body).toBe(
          'Operations lead handed over\n\nHandoff note: Alice has the dashboards',
        );
        expect(handover.body).not.toContain('alice');
      });

      it('is optional below the severities that require one', async () => {
        const incident = await declare({ severity: 'SEV3' });
        expect((await getPostmortem(incident.number)).required).toBe(false);
      });

      it('is a 404 for an unknown incident', async () => {
        const res = await api().get(postmortemOf('INC-99999')).set(as(GUEST));
        expect(res.status).toBe(404);
      });
    });

    describe('edit', () => {
      it('saves sections and marks, and refuses an edit from a stale version with a 409', async () => {
        const incident = await declare({});
        const before = await getPostmortem(incident.number);
        const declared = before.timeline[0].entryId;

        const first = await save(incident.number, {
          updatedAt: null,
          sections: { rootCause: '  Connections dropped on restart  ' },
          important: { [declared]: false },
        });
        expect(first.status).toBe(200);
        expect(first.body.updatedAt).toEqual(expect.any(String));
        expect(first.body.sections.rootCause).toBe(
          'Connections dropped on restart',
        );
        expect(first.body.timeline[0].important).toBe(false);

        // A second editor who opened the unsaved draft.
        const rows = await rowCounts();
        const stale = await save(incident.number, {
          updatedAt: null,
          sections: { rootCause: 'Something else' },
        });
        expect(stale.status).toBe(409);
        expect(stale.body.error.message).toMatch(/reload it and edit again/);
        expect(stale.body.error).toMatchObject({
          code: 'postmortem-saved-since',
          values: {
            number: incident.number,
            updatedBy: GUEST,
            updatedAt: first.body.updatedAt,
          },
        });
        expect(await rowCounts()).toEqual(rows);
        expect((await getPostmortem(incident.number)).sections.rootCause).toBe(
          'Connections dropped on restart',
        );

        const second = await save(incident.number, {
          updatedAt: first.body.updatedAt,
          sections: { resolution: 'Rolled back' },
        });
        expect(second.status).toBe(200);
        expect(second.body.sections).toMatchObject({
          rootCause: 'Connections dropped on restart',
          resolution: 'Rolled back',
        });
        expect(Date.parse(second.body.updatedAt)).toBeGreaterThan(
          Date.parse(first.body.updatedAt),
        );
        const again = await save(incident.number, {
          updatedAt: first.body.updatedAt,
          sections: { resolution: 'Overwritten' },
        });
        expect(again.status).toBe(409);
      });

      it('rejects bad edits with a 400 naming the field, writing nothing', async () => {
        const incident = await declare({});
        await expectRejected(
          () =>
            save(incident.number, {
              updatedAt: null,
              sections: { summary: 'x'.repeat(50001) },
            }),
          /sections.*summary/,
        );
        await expectRejected(
          () =>
            save(incident.number, {
              updatedAt: null,
              sections: { moral: 'Be careful' },
            }),
          /moral/,
        );
        await expectRejected(
          () =>
            save(incident.number, {
              updatedAt: null,
              important: { 'not-an-entry': true },
            }),
          /important: 'not-an-entry'/,
        );
        await expectRejected(
          () =>
            save(incident.number, {
              updatedAt: null,
              sections: { summary: 'nul \u0000 byte' },
            }),
          /summary/,
        );
        await expectRejected(
          () => save(incident.number, { updatedAt: 'yesterday' }),
          /updatedAt/,
        );
      });
    });

    describe('review and approval', () => {
      it('goes from draft to review to approved, with its timeline and notifications', async () => {
        const incident = await readyForReview();
        const submitted = await move(incident.number, { status: 'in-review' });
        expect(submitted.status).toBe(200);
        expect(submitted.body.status).toBe('in-review');
        expect(postmortemNotifications()).toEqual([
          {
            recipients: {
              type: 'entity',
              entityRef: [SRE],
              excludeEntityRef: GUEST,
            },
            payload: expect.objectContaining({
              title: `The postmortem of ${incident.number} is ready for review`,
              link: `/incidents/${incident.number}`,
              scope: `incidents:postmortem:${incident.id}`,
            }),
          },
        ]);

        // Under review, the text is frozen.
        const frozen = await save(incident.number, {
          updatedAt: submitted.body.updatedAt,
          sections: { summary: 'Rewritten' },
        });
        expect(frozen.status).toBe(409);
        expect(frozen.body.error.message).toMatch(/send it back to draft/);
        expect(frozen.body.error).toMatchObject({
          code: 'postmortem-not-draft',
          values: { number: incident.number, postmortemStatus: 'in-review' },
        });

        const approved = await api()
          .post(`${postmortemOf(incident.number)}/transitions`)
          .set(as(BOB))
          .send({ status: 'approved' });
        expect(approved.status).toBe(200);
        expect(approved.body).toMatchObject({
          status: 'approved',
          approvedBy: BOB,
          approvedAt: expect.any(String),
        });
        expect(postmortemNotifications()[1]).toMatchObject({
          recipients: { entityRef: [GUEST], excludeEntityRef: BOB },
          payload: {
            title: `The postmortem of ${incident.number} is approved`,
          },
        });

        const timeline = await api()
          .get(`/api/incidents/incidents/${incident.number}/timeline`)
          .set(as(GUEST));
        expect(
          timeline.body.items
            .filter((e: any) => e.kind === 'postmortem-status-changed')
            .map((e: any) => [e.data.from, e.data.to]),
        ).toEqual([
          ['draft', 'in-review'],
          ['in-review', 'approved'],
        ]);
        // The postmortem's own progress is not part of its timeline.
        expect(approved.body.timeline.map((e: any) => e.kind)).not.toContain(
          'postmortem-status-changed',
        );

        // Reopening an approved postmortem takes it back to draft, unapproved.
        await expectRejected(
          () => move(incident.number, { status: 'draft', comment: '  ' }),
          /comment/,
        );
        const reopened = await move(incident.number, {
          status: 'draft',
          comment: 'The root cause was wrong',
        });
        expect(reopened.status).toBe(200);
        expect(reopened.body).toMatchObject({
          status: 'draft',
          approvedAt: null,
          approvedBy: null,
          reviewComment: 'The root cause was wrong',
        });
      });

      it('goes back to draft only with a comment, which the owner hears', async () => {
        const incident = await readyForReview();
        await move(incident.number, { status: 'in-review' }).expect(200);
        await expectRejected(
          () => move(incident.number, { status: 'draft' }),
          /comment/,
        );
        const back = await move(incident.number, {
          status: 'draft',
          comment: 'The impact needs numbers',
        });
        expect(back.status).toBe(200);
        expect(back.body).toMatchObject({
          status: 'draft',
          reviewComment: 'The impact needs numbers',
        });
        expect(postmortemNotifications().at(-1)).toMatchObject({
          recipients: { entityRef: [GUEST] },
          payload: {
            description: expect.stringContaining('The impact needs numbers'),
          },
        });
        // Editable again.
        const edited = await save(incident.number, {
          updatedAt: back.body.updatedAt,
          sections: { impact: '4,000 baskets' },
        });
        expect(edited.status).toBe(200);
      });

      it('refuses to review what is not written, and illegal moves', async () => {
        const incident = await declare({});
        const res = await expectRejected(
          () => move(incident.number, { status: 'in-review' }),
          /status: the postmortem is not ready for review/,
        );
        expect(res.body.error.message).toMatch(
          /summary, impact, root cause, resolution, evidence; add at least one action item/,
        );
        expect(res.body.error).toMatchObject({
          code: 'postmortem-not-ready',
          values: {
            number: incident.number,
            sections: [
              'summary',
              'impact',
              'rootCause',
              'resolution',
              'evidence',
            ],
            actionItem: true,
          },
        });
        const skip = await move(incident.number, { status: 'approved' });
        expect(skip.status).toBe(409);
        expect(skip.body.error.message).toMatch(/in draft.*not to approved/);
        expect(skip.body.error).toMatchObject({
          code: 'postmortem-status-not-allowed',
          values: {
            number: incident.number,
            from: 'draft',
            to: 'approved',
            allowed: ['in-review'],
          },
        });
        await expectRejected(
          () => move(incident.number, { status: 'published' }),
          /status/,
        );
      });
    });

    describe('with action items due in 6 weeks', () => {
      const sixWeeks = useIncidentsBackend(databases, databaseId, {
        config: { incidents: { postmortems: { actionItemDueIn: 'P6W' } } },
      });

      it('says so in /config and dues new items then', async () => {
        const config = await sixWeeks
          .api()
          .get('/api/incidents/config')
          .set(as(GUEST))
          .expect(200);
        expect(config.body.postmortems).toEqual({ actionItemDueInDays: 42 });
        const incident = await sixWeeks.declare({});
        const item = await sixWeeks
          .api()
          .post(`/api/incidents/incidents/${incident.number}/action-items`)
          .set(as(GUEST))
          .send({ title: 'Drain', kind: 'prevent', ownerRef: PAYMENTS })
          .expect(201);
        expect(item.body.dueOn).toBe(addDays(dayOf(Date.now()), 42));
      });
    });

    describe('for a responder without postmortem.approve', () => {
      const responder = useIncidentsBackend(databases, databaseId, {
        deniedPermissions: ['postmortem.approve'],
      });

      it('submits for review, but approving is a 403 that changes nothing', async () => {
        const incident = await responder.declare({});
        const postmortem = `/api/incidents/incidents/${incident.number}/postmortem`;
        await responder
          .api()
          .patch(postmortem)
          .set(as(GUEST))
          .send({ updatedAt: null, sections: WRITTEN })
          .expect(200);
        await responder
          .api()
          .post(`/api/incidents/incidents/${incident.number}/action-items`)
          .set(as(GUEST))
          .send({ title: 'Drain', kind: 'prevent', ownerRef: PAYMENTS })
          .expect(201);
        await responder
          .api()
          .post(`${postmortem}/transitions`)
          .set(as(GUEST))
          .send({ status: 'in-review' })
          .expect(200);
        const before = await responder.rowCounts();
        const approve = await responder
          .api()
          .post(`${postmortem}/transitions`)
          .set(as(GUEST))
          .send({ status: 'approved' });
        expect(approve.status).toBe(403);
        expect(approve.body.error.message).toMatch(/postmortem.approve/);
        expect(await responder.rowCounts()).toEqual(before);
        // Sending it back is not approving: the responder may.
        await responder
          .api()
          .post(`${postmortem}/transitions`)
          .set(as(GUEST))
          .send({ status: 'draft', comment: 'One more thing' })
          .expect(200);
      });
    });

    describe('the close gate', () => {
      it('refuses to close an incident whose required postmortem is not approved', async () => {
        const incident = await readyForReview();
        await transition(incident.number, 'resolved').expect(200);
        // Resolving told the postmortem owner it is due.
        expect(postmortemNotifications()).toContainEqual({
          recipients: { type: 'entity', entityRef: [GUEST] },
          payload: expect.objectContaining({
            title: `The postmortem of ${incident.number} is due`,
          }),
        });
        const refused = await transition(incident.number, 'closed');
        expect(refused.status).toBe(409);
        expect(refused.body.error.message).toBe(
          `${incident.number} cannot be closed before its postmortem is approved (SEV2 requires one); the postmortem is in draft`,
        );
        expect(refused.body.error).toMatchObject({
          code: 'close-needs-approved-postmortem',
          values: {
            number: incident.number,
            severity: 'SEV2',
            postmortemStatus: 'draft',
          },
        });
        await move(incident.number, { status: 'in-review' }).expect(200);
        await move(incident.number, { status: 'approved' }).expect(200);
        await transition(incident.number, 'closed').expect(200);
      });

      it('tells the owner the postmortem is due when the severity is assessed after resolving', async () => {
        const incident = await declare({ severity: undefined });
        await transition(incident.number, 'resolved').expect(200);
        expect(postmortemNotifications()).toEqual([]);
        await api()
          .patch(`/api/incidents/incidents/${incident.number}`)
          .set(as(GUEST))
          .send({ severity: 'SEV1' })
          .expect(200);
        expect(postmortemNotifications()).toContainEqual({
          recipients: { type: 'entity', entityRef: [GUEST] },
          payload: expect.objectContaining({
            title: `The postmortem of ${incident.number} is due`,
          }),
        });
      });

      it('closes an incident whose postmortem is optional', async () => {
        const incident = await declare({ severity: 'SEV3' });
        await transition(incident.number, 'resolved').expect(200);
        await transition(incident.number, 'closed').expect(200);
        expect(postmortemNotifications()).toEqual([]);
      });
    });

    describe('action items', () => {
      it('creates an item with its defaults and lists it on the postmortem', async () => {
        const incident = await declare({});
        const res = await addItem(incident.number, {
          title: '  Alert on 502 rates  ',
          kind: 'detect',
        });
        expect(res.status).toBe(201);
        expect(res.body).toEqual({
          id: expect.stringMatching(/^[0-9a-f-]{36}$/),
          incidentId: incident.id,
          incidentNumber: incident.number,
          title: 'Alert on 502 rates',
          ownerRef: PAYMENTS,
          assigneeRef: null,
          dueOn: addDays(dayOf(Date.now()), 56),
          priority: 'medium',
          kind: 'detect',
          status: 'open',
          reason: null,
          trackerUrl: null,
          knownErrorId: null,
          entityRefs: [CHECKOUT],
          createdAt: expect.any(String),
          createdBy: GUEST,
          updatedAt: expect.any(String),
          completedAt: null,
          completedOn: null,
        });
        expect((await getPostmortem(incident.number)).actionItems).toEqual([
          res.body,
        ]);
      });

      it('rejects bad items with a 400 naming the field, writing nothing', async () => {
        const incident = await declare({});
        await expectRejected(
          () => addItem(incident.number, { ownerRef: ALICE }),
          /ownerRef: 'user:default\/alice' is a user, not a group/,
        );
        await expectRejected(
          () => addItem(incident.number, { ownerRef: 'group:default/nobody' }),
          /ownerRef: 'group:default\/nobody' is not a group in the catalog/,
        );
        await expectRejected(
          () =>
            addItem(incident.number, { assigneeRef: 'user:default/nobody' }),
          /assigneeRef/,
        );
        await expectRejected(
          () => addItem(incident.number, { dueOn: '2027-02-30' }),
          /dueOn: '2027-02-30' is not a day/,
        );
        await expectRejected(
          () => addItem(incident.number, { kind: 'blame' }),
          /kind/,
        );
        await expectRejected(
          () => addItem(incident.number, { title: 'x'.repeat(201) }),
          /title/,
        );
        await expectRejected(
          () => addItem(incident.number, { title: '   ' }),
          /title must not be empty/,
        );
        await expectRejected(
          () =>
            addItem(incident.number, {
              trackerUrl: 'ftp://tracker.example/CART-12',
            }),
          /trackerUrl/,
        );
        await expectRejected(
          () => addItem(incident.number, { knownErrorId: 'KE-99999' }),
          /knownErrorId: no known error KE-99999/,
        );
      });

      it('refuses an action item id with a NUL character, naming it (it was a 500 on PostgreSQL)', async () => {
        await expectRejected(
          () => editItem('%00', { title: 'Drain first' }),
          /^actionItemId: must not contain a NUL character$/,
        );
      });

      it('needs a reason to be won’t do, and stamps completion', async () => {
        const incident = await declare({});
        const item = (await addItem(incident.number, {})).body;
        await expectRejected(
          () => editItem(item.id, { status: 'wont-do' }),
          /reason/,
        );
        const wontDo = await editItem(item.id, {
          status: 'wont-do',
          reason: 'The cart service is being replaced',
        });
        expect(wontDo.status).toBe(200);
        expect(wontDo.body).toMatchObject({
          status: 'wont-do',
          reason: 'The cart service is being replaced',
          completedAt: expect.any(String),
        });
        const reopened = await editItem(item.id, { status: 'in-progress' });
        expect(reopened.body).toMatchObject({
          status: 'in-progress',
          reason: null,
          completedAt: null,
        });
        const done = await editItem(item.id, {
          status: 'done',
          assigneeRef: 'alice',
          dueOn: '2030-01-31',
        });
        expect(done.body).toMatchObject({
          status: 'done',
          assigneeRef: ALICE,
          dueOn: '2030-01-31',
          completedAt: expect.any(String),
        });
        expect(done.body.knownErrorReadyToFix).toBeUndefined();
        expect(done.body.completedOn).toBe(dayOf(Date.now()));
        await expectRejected(
          () =>
            editItem(item.id, { completedOn: addDays(dayOf(Date.now()), 1) }),
          /completedOn: '.*' is in the future/,
        );
        await expectRejected(
          () => editItem(item.id, { completedOn: '2026-13-01' }),
          /completedOn: '2026-13-01' is not a day/,
        );
        await expectRejected(
          () =>
            editItem(item.id, { status: 'open', completedOn: '2026-11-01' }),
          /completedOn: only an action item that is done or won't do/,
        );
        const backdated = await editItem(item.id, {
          completedOn: '2026-11-01',
        });
        expect(backdated.body.completedOn).toBe('2026-11-01');
        const missing = await editItem('00000000-0000-4000-8000-000000000000', {
          status: 'done',
        });
        expect(missing.status).toBe(404);
      });

      it('offers to mark a known error fixed once its last open item is done', async () => {
        const incident = await declare({});
        const knownError = await api()
          .post('/api/incidents/known-errors')
          .set(as(GUEST))
          .send({
            title: 'Cart restarts drop connections',
            symptoms: '502 on checkout',
            entityRefs: [CHECKOUT],
          })
          .expect(201);
        const first = (
          await addItem(incident.number, {
            knownErrorId: knownError.body.number,
          })
        ).body;
        const second = (
          await addItem(incident.number, { knownErrorId: knownError.body.id })
        ).body;
        expect(first.knownErrorId).toBe(knownError.body.id);
        const one = await editItem(first.id, { status: 'done' });
        expect(one.body.knownErrorReadyToFix).toBeUndefined();
        const last = await editItem(second.id, { status: 'done' });
        expect(last.body.knownErrorReadyToFix).toBe(true);
      });

      it('lists items overdue first, with filters and pages', async () => {
        const incident = await declare({
          entityRefs: ['component:default/fraud-scoring'],
        });
        const today = dayOf(Date.now());
        const later = (
          await addItem(incident.number, { dueOn: addDays(today, 30) })
        ).body;
        const overdue = (
          await addItem(incident.number, { dueOn: addDays(today, -3) })
        ).body;
        const soon = (
          await addItem(incident.number, {
            dueOn: addDays(today, 2),
            ownerRef: SRE,
          })
        ).body;
        const doneLate = (
          await addItem(incident.number, { dueOn: addDays(today, -10) })
        ).body;
        await editItem(doneLate.id, { status: 'done' }).expect(200);

        const list = (query: Record<string, string | number | boolean>) =>
          api().get('/api/incidents/action-items').query(query).set(as(GUEST));
        const scoped = {
          entityRef: 'component:default/fraud-scoring',
        };
        const all = await list(scoped);
        expect(all.status).toBe(200);
        expect(all.body.totalItems).toBe(4);
        expect(all.body.items.map((i: any) => i.id)).toEqual([
          overdue.id,
          doneLate.id,
          soon.id,
          later.id,
        ]);
        const overdueOnly = await list({ ...scoped, overdue: true });
        expect(overdueOnly.body.items.map((i: any) => i.id)).toEqual([
          overdue.id,
        ]);
        const sre = await list({ ...scoped, ownerRef: 'sre-team' });
        expect(sre.body.items.map((i: any) => i.id)).toEqual([soon.id]);
        const open = await list({ ...scoped, status: 'open' });
        expect(open.body.items).toHaveLength(3);

        const page1 = await list({ ...scoped, limit: 3 });
        expect(page1.body.items).toHaveLength(3);
        const page2 = await list({
          ...scoped,
          limit: 3,
          cursor: page1.body.nextCursor,
        });
        expect(page2.body.items.map((i: any) => i.id)).toEqual([later.id]);
        expect(page2.body.nextCursor).toBeUndefined();

        const bad = await list({ cursor: 'bm90LWEtY3Vyc29y' });
        expect(bad.status).toBe(400);
        expect(bad.body.error.message).toMatch(/cursor/);
        const badStatus = await list({ status: 'closed' });
        expect(badStatus.status).toBe(400);
        // A NUL character in a cursor's value was a 500 on PostgreSQL.
        const nul = await list({
          cursor: Buffer.from(
            JSON.stringify([0, '2026-01-01\u0000', later.id]),
          ).toString('base64url'),
        });
        expect(nul.status).toBe(400);
        expect(nul.body.error.message).toBe(
          'cursor: not a cursor returned by this API',
        );
      });

      it('reports the SLO: done by the due day, and open overdue', async () => {
        const incident = await declare({
          entityRefs: ['component:default/payments-gateway'],
        });
        const today = dayOf(Date.now());
        const dueOn = addDays(today, -40);
        const onTime = (await addItem(incident.number, { dueOn })).body;
        const late = (await addItem(incident.number, { dueOn })).body;
        await addItem(incident.number, { dueOn, ownerRef: SRE });
        // Done on its due day, recorded later.
        const recorded = await editItem(onTime.id, {
          status: 'done',
          completedOn: dueOn,
        });
        expect(recorded.body).toMatchObject({
          completedOn: dueOn,
          completedAt: expect.any(String),
        });
        await editItem(late.id, { status: 'done' }).expect(200);

        const slo = await api()
          .get('/api/incidents/action-items/slo')
          .query({ entityRef: 'component:default/payments-gateway' })
          .set(as(GUEST));
        expect(slo.status).toBe(200);
        expect(slo.body.overall).toEqual({
          due: 3,
          doneByDueDay: 1,
          openOverdue: 1,
          share: 1 / 3,
        });
        expect(slo.body.byTeam).toEqual([
          {
            ownerRef: PAYMENTS,
            due: 2,
            doneByDueDay: 1,
            openOverdue: 0,
            share: 0.5,
          },
          { ownerRef: SRE, due: 1, doneByDueDay: 0, openOverdue: 1, share: 0 },
        ]);
        expect(slo.body.buckets).toEqual([
          expect.objectContaining({ start: `${dueOn.slice(0, 7)}-01`, due: 3 }),
        ]);
        const quarters = await api()
          .get('/api/incidents/action-items/slo')
          .query({
            entityRef: 'component:default/payments-gateway',
            bucket: 'quarter',
          })
          .set(as(GUEST));
        const month = Number(dueOn.slice(5, 7));
        const quarterStart = `${dueOn.slice(0, 4)}-${String(
          Math.floor((month - 1) / 3) * 3 + 1,
        ).padStart(2, '0')}-01`;
        expect(quarters.body.buckets).toEqual([
          expect.objectContaining({ start: quarterStart, due: 3 }),
        ]);
        const periodCounts = async (from: string, to: string) =>
          (
            await api()
              .get('/api/incidents/action-items/slo')
              .query({
                entityRef: 'component:default/payments-gateway',
                from,
                to,
              })
              .set(as(GUEST))
              .expect(200)
          ).body.overall.due;
        // The period is of instants; an item is due at the end of its due day.
        expect(
          await periodCounts(`${dueOn}T00:00:00Z`, `${dueOn}T00:00:00Z`),
        ).toBe(0);
        expect(
          await periodCounts(`${dueOn}T00:00:00Z`, `${dueOn}T09:30:00Z`),
        ).toBe(3);
        expect(
          await periodCounts(
            `${addDays(dueOn, 1)}T00:00:00Z`,
            new Date().toISOString(),
          ),
        ).toBe(0);
        const bad = await api()
          .get('/api/incidents/action-items/slo')
          .query({ from: '01/02/2026' })
          .set(as(GUEST));
        expect(bad.status).toBe(400);
        for (const [query, message] of [
          // A month 13 passes the format check, and was a 500.
          [
            { from: '2026-13-01T00:00:00Z' },
            /^from: '2026-13-01T00:00:00Z' is not a date and time/,
          ],
          [
            { from: '2026-03-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
            /^from, to: the range ends \(2026-01-01T00:00:00.000Z\) before it starts \(2026-03-01T00:00:00.000Z\)$/,
          ],
        ] as const) {
          const res = await api()
            .get('/api/incidents/action-items/slo')
            .query(query)
            .set(as(GUEST));
          expect(res.status).toBe(400);
          expect(res.body.error.name).toBe('InputError');
          expect(res.body.error.message).toMatch(message);
        }
      });
    });
  },
);
