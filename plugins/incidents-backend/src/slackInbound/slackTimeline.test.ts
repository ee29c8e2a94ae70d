import { SchedulerServiceTaskFunction } from '@backstage/backend-plugin-api';
import { mockServices, TestBackend } from '@backstage/backend-test-utils';
import { TimelineEntry } from '@incident-response/backstage-plugin-incidents-common';
import { Knex } from 'knex';
import request from 'supertest';
import { FakeWorkspaceServer } from '../__testUtils__/fakes/FakeWorkspaceServer';
import {
  amelie,
  MORE_SLACK_USERS,
  nowS,
  SLACK_SIGNING_SECRET,
  SLACK_TEAM,
  slackSignature,
} from '../__testUtils__/slackPeople';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import {
  asUser,
  declareIncident,
  startFakeWorkspace,
  startWorkspaceBackend,
  stepMap,
  waitForSteps,
  workspaceConfig,
} from '../__testUtils__/workspaceTestBed';
import { SLACK_TIMELINE_SWEEP_TASK_ID } from './SlackTimelineCapture';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const BOT = 'UBOTINCIDENTS';

const until = async <T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
) => {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) {
      return value;
    }
    await new Promise(resolve => setTimeout(resolve, 50));
  }
};

describe.each(databases.eachSupportedId())(
  'Slack messages on incident timelines on %s',
  databaseId => {
    let fake: FakeWorkspaceServer;
    let knex: Knex;
    let backend: TestBackend;
    let incidentId: string;
    let channel: string;
    let events = 0;
    const tasks = new Map<string, SchedulerServiceTaskFunction>();

    beforeAll(async () => {
      fake = await startFakeWorkspace({ moreSlackUsers: MORE_SLACK_USERS });
      knex = await databases.init(databaseId);
      backend = await startWorkspaceBackend({
        knex,
        config: workspaceConfig(fake, {
          slack: { signingSecret: SLACK_SIGNING_SECRET },
        }),
        moreEntities: [amelie],
        features: [
          // The sweep runs when a test says so, as if its time had come.
          mockServices.scheduler.mock({
            scheduleTask: async task => {
              tasks.set(task.id, task.fn);
            },
          }).factory,
        ],
      });
      const incident = await declareIncident(backend, {
        title: 'Baskets lose their discounts',
        entityRefs: ['component:default/checkout-web'],
      });
      incidentId = incident.id;
      const settled = await waitForSteps(backend, incident.id);
      channel = String(stepMap(settled)['slack.channel'].result?.channelId);
      for (const user of ['UALICE', 'UBOB', 'UGUEST', 'UAMELIE', 'UNOBODY']) {
        fake.channelById(channel)!.members.push(user);
      }
    });

    afterAll(async () => {
      await backend.stop();
      await fake.stop();
    });

    /** Sends an event callback as Slack does, signed; `retry` resends with the same event_id. */
    function sendEvent(
      event: Record<string, unknown>,
      options: { eventId?: string; retry?: number } = {},
    ) {
      const eventId =
        options.eventId ?? `Ev${String(++events).padStart(8, '0')}`;
      const body = JSON.stringify({
        token: 'legacy-verification-token',
        team_id: SLACK_TEAM,
        api_app_id: 'A0INCIDENTS',
        type: 'event_callback',
        event_id: eventId,
        event_time: nowS(),
        authorizations: [{ team_id: SLACK_TEAM, user_id: BOT, is_bot: true }],
        event,
      });
      let req = request(backend.server)
        .post('/api/incidents/slack/events')
        .set('Content-Type', 'application/json')
        .set(slackSignature(body));
      if (options.retry) {
        req = req
          .set('X-Slack-Retry-Num', String(options.retry))
          .set('X-Slack-Retry-Reason', 'http_timeout');
      }
      return req.send(body).then(res => ({ res, eventId }));
    }

    const pinEvent = (
      type: 'pin_added' | 'pin_removed',
      user: string,
      message: { ts: string; text: string; user: string },
      inChannel = channel,
    ) => ({
      type,
      user,
      channel_id: inChannel,
      item: {
        type: 'message',
        channel: inChannel,
        created_by: user,
        created: nowS(),
        message: {
          ...message,
          type: 'message',
          permalink: fake.permalink(inChannel, message.ts),
        },
      },
      event_ts: `${nowS()}.000100`,
    });

    const reactionEvent = (
      type: 'reaction_added' | 'reaction_removed',
      user: string,
      ts: string,
      reaction = 'floppy_disk',
    ) => ({
      type,
      user,
      reaction,
      item_user: 'UALICE',
      item: { type: 'message', channel, ts },
      event_ts: `${nowS()}.000200`,
    });

    const timeline = async () =>
      (
        await request(backend.server)
          .get(`/api/incidents/incidents/${incidentId}/timeline`)
          .set(asUser())
      ).body.items as TimelineEntry[];

    const fromSlack = async () =>
      (await timeline()).filter(entry => entry.data?.source === 'slack');

    const eventRows = (eventId: string) =>
      knex('incident_slack_events').where('event_id', eventId);

    /** Waits until the event is handled (or given up) and returns its row. */
    const handled = (eventId: string) =>
      until(
        async () => (await eventRows(eventId))[0],
        row => row?.handled_at !== null && row?.handled_at !== undefined,
      );

    it('puts a pinned message on the timeline with its author, time, text and link, once', async () => {
      const message = fake.postAs(
        channel,
        'UALICE',
        '*Pricing cache* is cold, see <https://grafana.example/d/42|the dashboard>, cc <@UBOB>',
      );
      const pinned = pinEvent('pin_added', 'UBOB', message);
      const { res, eventId } = await sendEvent(pinned);
      expect(res.status).toBe(200);
      await handled(eventId);
      // Slack resends it (it did not hear back in time), and it is pinned by reaction too.
      const again = await sendEvent(pinned, { eventId, retry: 1 });
      expect(again.res.status).toBe(200);
      const byReaction = await sendEvent(
        reactionEvent('reaction_added', 'UBOB', message.ts),
      );
      await handled(byReaction.eventId);

      const entries = await fromSlack();
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        kind: 'note',
        automatic: false,
        authorRef: 'user:default/alice',
        body: '**Pricing cache** is cold, see [the dashboard](https://grafana.example/d/42), cc @bob',
        occurredAt: new Date(Number(message.ts) * 1000).toISOString(),
        data: {
          source: 'slack',
          permalink: fake.permalink(channel, message.ts),
          channelId: channel,
          messageTs: message.ts,
          savedWith: 'pin',
          savedByRef: 'user:default/bob',
        },
      });
      expect(await eventRows(eventId)).toHaveLength(1);
    });

    it('records a correction when the message is unpinned, once, and only for the pin', async () => {
      const message = fake.postAs(channel, 'UGUEST', 'Rolled back to v40');
      const added = await sendEvent(pinEvent('pin_added', 'UGUEST', message));
      await handled(added.eventId);
      const entry = (await fromSlack()).find(
        e => e.body === 'Rolled back to v40',
      )!;

      // Removing a reaction that never put it there changes nothing.
      const unreacted = await sendEvent(
        reactionEvent('reaction_removed', 'UGUEST', message.ts),
      );
      await handled(unreacted.eventId);
      expect(
        (await fromSlack()).filter(e => e.correctsId === entry.id),
      ).toEqual([]);

      const removal = pinEvent('pin_removed', 'UBOB', message);
      const { eventId } = await sendEvent(removal);
      await handled(eventId);
      await sendEvent(removal, { eventId, retry: 2 });
      const again = await sendEvent(removal);
      await handled(again.eventId);

      const corrections = (await timeline()).filter(
        e => e.correctsId === entry.id,
      );
      expect(corrections).toEqual([
        expect.objectContaining({
          kind: 'note',
          authorRef: 'user:default/bob',
          body: 'Unpinned in Slack: this message is no longer on the timeline.',
        }),
      ]);
      // Pinned again, it is back on the timeline as a new entry.
      const repinned = await sendEvent(pinEvent('pin_added', 'UBOB', message));
      await handled(repinned.eventId);
      expect(
        (await fromSlack()).filter(e => e.body === 'Rolled back to v40'),
      ).toHaveLength(2);
    });

    it('puts a message marked with the timeline reaction there, a thread reply too, and takes it off', async () => {
      const parent = fake.postAs(
        channel,
        'UBOB',
        'Who owns the pricing cache?',
      );
      const reply = fake.postAs(
        channel,
        'UALICE',
        'Storefront does; paging them',
        parent.ts,
      );
      const other = await sendEvent(
        reactionEvent('reaction_added', 'UBOB', reply.ts, 'eyes'),
      );
      expect(other.res.status).toBe(200);
      expect(await eventRows(other.eventId)).toEqual([]);

      const marked = await sendEvent(
        reactionEvent('reaction_added', 'UBOB', reply.ts),
      );
      await handled(marked.eventId);
      const entry = (await fromSlack()).find(
        e => e.body === 'Storefront does; paging them',
      )!;
      expect(entry).toMatchObject({
        authorRef: 'user:default/alice',
        data: {
          savedWith: 'reaction',
          permalink: fake.permalink(channel, reply.ts),
        },
      });

      const unmarked = await sendEvent(
        reactionEvent('reaction_removed', 'UBOB', reply.ts),
      );
      await handled(unmarked.eventId);
      expect((await timeline()).filter(e => e.correctsId === entry.id)).toEqual(
        [
          expect.objectContaining({
            body: 'Its reaction was removed in Slack: this message is no longer on the timeline.',
          }),
        ],
      );
    });

    it('tells people who may not change the incident why nothing was added, in their language', async () => {
      const before = (await fromSlack()).length;
      const message = fake.postAs(
        channel,
        'UNOBODY',
        'Is it down for everyone?',
      );
      const stranger = await sendEvent(
        pinEvent('pin_added', 'UNOBODY', message),
      );
      await handled(stranger.eventId);
      const french = await sendEvent(
        reactionEvent('reaction_added', 'UAMELIE', message.ts),
      );
      await handled(french.eventId);
      expect(await fromSlack()).toHaveLength(before);
      expect(fake.slack.ephemerals.slice(-2)).toEqual([
        {
          channel,
          user: 'UNOBODY',
          text: expect.stringMatching(
            /^Only the people holding a role on INC-\d+ .*this one is not on it\.$/,
          ),
        },
        {
          channel,
          user: 'UAMELIE',
          text: expect.stringMatching(
            /^Seules les personnes qui ont un rôle dans INC-\d+/,
          ),
        },
      ]);
    });

    it('leaves alone pins elsewhere, its own pins and events it does not know', async () => {
      const general = fake.channelByName('incident-sre')!;
      const elsewhere = fake.postAs(general.id, 'UBOB', 'Lunch?');
      const outside = await sendEvent(
        pinEvent('pin_added', 'UBOB', elsewhere, general.id),
      );
      expect(await eventRows(outside.eventId)).toEqual([]);

      const own = fake.postAs(channel, BOT, 'The incident channel is ready');
      const before = (await fromSlack()).length;
      const pinnedByBot = await sendEvent(pinEvent('pin_added', BOT, own));
      await handled(pinnedByBot.eventId);
      expect(await fromSlack()).toHaveLength(before);

      const unknown = await sendEvent({
        type: 'member_joined_channel',
        user: 'UBOB',
        channel,
      });
      expect(unknown.res.status).toBe(200);
      expect(await eventRows(unknown.eventId)).toEqual([]);

      // Signed, but not what Slack sends: nothing kept, nothing failed.
      for (const odd of [
        reactionEvent('reaction_added', 'UBOB', 'not-a-timestamp'),
        { ...reactionEvent('reaction_added', 'UBOB', own.ts), item: null },
        pinEvent('pin_added', 'UBOB', { ...own, ts: `${'9'.repeat(60)}.1` }),
      ]) {
        const sent = await sendEvent(odd);
        expect(sent.res.status).toBe(200);
        expect(await eventRows(sent.eventId)).toEqual([]);
      }
    });

    it('finishes later what it could not do at once, and gives up after a few tries', async () => {
      const message = fake.postAs(channel, 'UBOB', 'Error rate back under 1%');
      // Slack cannot say who the people are for a while: the event waits.
      fake.outage('slack');
      const { eventId } = await sendEvent(
        reactionEvent('reaction_added', 'UBOB', message.ts),
      );
      const failed = await until(
        async () => (await eventRows(eventId))[0],
        row => Number(row?.attempts) === 1,
      );
      expect(failed.handled_at).toBeNull();
      expect(failed.last_error).toMatch(/503|slack is down/);
      fake.restore('slack');

      // The sweep takes events left for a while.
      const sweep = tasks.get(SLACK_TIMELINE_SWEEP_TASK_ID)!;
      await sweep(new AbortController().signal);
      expect((await eventRows(eventId))[0].handled_at).toBeNull();
      await knex('incident_slack_events')
        .where('event_id', eventId)
        .update({ received_at: Date.now() - 60_000 });
      await sweep(new AbortController().signal);
      await sweep(new AbortController().signal);
      expect(
        (await fromSlack()).filter(e => e.body === 'Error rate back under 1%'),
      ).toHaveLength(1);

      // An event that keeps failing is given up, its last error kept.
      const gone = { ts: '1700000000.000001', text: 'x', user: 'UBOB' };
      fake.outage('slack');
      const lost = await sendEvent(
        reactionEvent('reaction_added', 'UBOB', gone.ts),
      );
      await until(
        async () => (await eventRows(lost.eventId))[0],
        row => Number(row?.attempts) === 1,
      );
      for (let attempt = 2; attempt <= 5; attempt++) {
        await knex('incident_slack_events')
          .where('event_id', lost.eventId)
          .update({ received_at: Date.now() - 60_000 });
        await sweep(new AbortController().signal);
      }
      fake.restore('slack');
      const row = (await eventRows(lost.eventId))[0];
      expect(Number(row.attempts)).toBe(5);
      expect(row.handled_at).not.toBeNull();
    });

    it('refuses unsigned events before looking at them', async () => {
      const body = JSON.stringify({
        type: 'event_callback',
        event_id: 'EvFORGED',
        event: pinEvent('pin_added', 'UBOB', {
          ts: '1700000000.000002',
          text: 'forged',
          user: 'UBOB',
        }),
      });
      const res = await request(backend.server)
        .post('/api/incidents/slack/events')
        .set('Content-Type', 'application/json')
        .set('X-Slack-Request-Timestamp', String(nowS()))
        .set('X-Slack-Signature', 'v0=00')
        .send(body);
      expect(res.status).toBe(401);
      expect(await eventRows('EvFORGED')).toEqual([]);
    });
  },
);
