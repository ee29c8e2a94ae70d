import { mockServices } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { prepareDatabase } from '../database/prepareDatabase';
import { NewWorkspaceStep, PARKED_UNTIL } from '../database/workspaceStepRows';
import { DatabaseIncidentsStore } from '../incidents/DatabaseIncidentsStore';
import { DatabaseWorkspaceStepsStore } from './DatabaseWorkspaceStepsStore';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const GUEST = 'user:default/guest';

const step = (key: string, dependsOn: string[] = []): NewWorkspaceStep => ({
  key,
  status: 'pending',
  dependsOn,
  waitsFor: [],
  requestedBy: GUEST,
});

describe.each(databases.eachSupportedId())(
  'DatabaseWorkspaceStepsStore on %s',
  databaseId => {
    let knex: Knex;
    let store: DatabaseWorkspaceStepsStore;
    let incidentId: string;

    beforeEach(async () => {
      knex = await databases.init(databaseId);
      await prepareDatabase(mockServices.database({ knex }));
      const incidents = new DatabaseIncidentsStore(knex);
      store = new DatabaseWorkspaceStepsStore(knex);
      const now = new Date().toISOString();
      const { incident } = await incidents.declareIncident({
        title: 'Checkout is down',
        severity: 'SEV1',
        status: 'active',
        mode: 'live',
        security: false,
        drill: false,
        entityRefs: ['component:default/checkout-web'],
        ownerRefs: [],
        reporterRef: GUEST,
        impactStartedAt: now,
        declaredAt: now,
        roles: [],
        timeline: [],
        steps: [
          step('slack.channel'),
          step('google.meet'),
          step('slack.share', ['slack.channel']),
        ],
      });
      incidentId = incident.id;
    });

    const timelineKinds = async () =>
      (
        await knex('incident_timeline')
          .where({ incident_id: incidentId })
          .orderBy('id')
      ).map(r => r.kind);

    it('lets only one of two workers claim each step', async () => {
      const now = Date.now();
      const { due } = await store.listDue(now, 10);
      const ids = due.map(s => s.id);
      expect(due.map(s => s.key)).toEqual([
        'slack.channel',
        'google.meet',
        'slack.share',
      ]);
      const [a, b] = await Promise.all([
        store.claim(ids, 'worker-a', now + 60_000, now),
        store.claim(ids, 'worker-b', now + 60_000, now),
      ]);
      expect(a.length + b.length).toBe(3);
      expect([...a, ...b].map(s => s.key).sort()).toEqual([
        'google.meet',
        'slack.channel',
        'slack.share',
      ]);
      for (const claimed of [...a, ...b]) {
        expect(claimed).toMatchObject({ status: 'running', attempts: 1 });
      }
      // Nothing is due while the leases hold; everything is once they run out.
      expect((await store.listDue(now + 1000, 10)).due).toEqual([]);
      expect((await store.listDue(now + 61_000, 10)).due).toHaveLength(3);
    });

    it('records outcomes only for the lease holder, with their timeline entry', async () => {
      const now = Date.now();
      const [channel] = await store.claim(
        [(await store.listDue(now, 10)).due[0].id],
        'worker-a',
        now + 60_000,
        now,
      );
      const entry = {
        kind: 'workspace-step-succeeded' as const,
        body: 'Slack channel: created',
        authorRef: GUEST,
        automatic: true,
        data: { step: 'slack.channel' },
      };
      expect(
        await store.saveResult(
          channel.id,
          'worker-b',
          { channelId: 'C1' },
          now,
          now,
        ),
      ).toBe(false);
      expect(
        await store.finish(
          channel,
          'worker-b',
          { status: 'succeeded', result: { channelId: 'C1' } },
          entry,
          now,
        ),
      ).toBe(false);
      expect(await timelineKinds()).toEqual([]);

      expect(
        await store.saveResult(
          channel.id,
          'worker-a',
          { channelId: 'C1' },
          now + 60_000,
          now,
        ),
      ).toBe(true);
      expect(
        await store.finish(
          channel,
          'worker-a',
          {
            status: 'succeeded',
            result: { channelId: 'C1', channelName: 'x' },
          },
          entry,
          now,
        ),
      ).toBe(true);
      expect(await timelineKinds()).toEqual(['workspace-step-succeeded']);
      const row = await knex('incident_steps')
        .where({ incident_id: incidentId, key: 'slack.channel' })
        .first();
      expect(row).toMatchObject({
        status: 'succeeded',
        lease_owner: null,
        result: JSON.stringify({ channelId: 'C1', channelName: 'x' }),
      });
      // A second finish by the same worker is refused: the lease is gone.
      expect(
        await store.finish(
          channel,
          'worker-a',
          { status: 'failed', lastError: 'x' },
          entry,
          now,
        ),
      ).toBe(false);
      expect(
        await store.isResultRecordedElsewhere(
          'slack.channel',
          'channelId',
          'C1',
          'other',
        ),
      ).toBe(true);
      expect(
        await store.isResultRecordedElsewhere(
          'slack.channel',
          'channelId',
          'C1',
          incidentId,
        ),
      ).toBe(false);
    });

    it('retries failed steps, brings back the steps parked behind them, and says so', async () => {
      const now = Date.now();
      const [channel] = await store.claim(
        [(await store.listDue(now, 10)).due[0].id],
        'worker-a',
        now + 60_000,
        now,
      );
      await store.finish(
        channel,
        'worker-a',
        { status: 'failed', lastError: 'invalid_auth' },
        undefined,
        now,
      );
      const share = (await store.listDue(now, 10)).due.find(
        s => s.key === 'slack.share',
      )!;
      await store.park([share.id], now);
      const parked = await knex('incident_steps')
        .where({ id: Number(share.id) })
        .first();
      expect(Number(parked.next_attempt_at)).toBe(PARKED_UNTIL);
      // Still failed: the sweep leaves it parked.
      expect(await store.unparkReleased(now)).toBe(0);

      const retried = await store.retry(
        {
          incidentId,
          requestedBy: GUEST,
          reconsiderSkipped: () => 'slack-not-configured',
          timelineEntry: keys => ({
            kind: 'workspace-steps-retried',
            body: `Retried ${keys.join(', ')}`,
            authorRef: GUEST,
            automatic: true,
            data: { steps: keys },
          }),
        },
        now + 1,
      );
      expect(retried).toEqual(['slack.channel']);
      const rows = await knex('incident_steps')
        .where({ incident_id: incidentId })
        .orderBy('id');
      expect(
        rows.map(r => [
          r.key,
          r.status,
          Number(r.next_attempt_at),
          r.retried_at_attempt,
        ]),
      ).toEqual([
        ['slack.channel', 'pending', now + 1, 1],
        ['google.meet', 'pending', expect.any(Number), 0],
        ['slack.share', 'pending', now + 1, 0],
      ]);
      expect(await timelineKinds()).toEqual(['workspace-steps-retried']);
      expect(
        await store.retry(
          {
            incidentId,
            keys: ['slack.channel'],
            requestedBy: GUEST,
            reconsiderSkipped: () => undefined,
            timelineEntry: () => {
              throw new Error('nothing was retried');
            },
          },
          now + 2,
        ),
      ).toEqual([]); // pending and already due: nothing to retry
    });
  },
);
