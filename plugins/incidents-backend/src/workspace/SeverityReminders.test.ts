import { mockServices, TestBackend } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { DEFAULT_SEVERITIES } from '@incident-response/backstage-plugin-incidents-common';
import { Knex } from 'knex';
import request from 'supertest';
import { FakeWorkspaceServer } from '../__testUtils__/fakes/FakeWorkspaceServer';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import {
  APP_BASE_URL,
  asUser,
  declareIncident,
  startFakeWorkspace,
  startWorkspaceBackend,
  stepMap,
  waitForSteps,
  workspaceConfig,
} from '../__testUtils__/workspaceTestBed';
import { DatabaseIncidentsStore } from '../incidents/DatabaseIncidentsStore';
import { readSlackSettings } from '../integrations/slack/readSlackSettings';
import { SlackWorkspaceClient } from '../integrations/slack/SlackWorkspaceClient';
import { IncidentFacts } from './content/incidentFacts';
import { SlackMessages } from './content/slackMessages';
import { DatabaseSeverityReminderStore } from './SeverityReminderStore';
import { SeverityReminders } from './SeverityReminders';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const MINUTE = 60_000;

describe.each(databases.eachSupportedId())(
  'severity reminders on %s',
  databaseId => {
    let knex: Knex;
    let fake: FakeWorkspaceServer;
    let backend: TestBackend;
    let reminders: SeverityReminders;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      fake = await startFakeWorkspace();
      const config = workspaceConfig(fake);
      backend = await startWorkspaceBackend({ knex, config });
      const facts = new IncidentFacts({
        appBaseUrl: APP_BASE_URL,
        severities: [...DEFAULT_SEVERITIES],
      });
      reminders = new SeverityReminders({
        store: new DatabaseSeverityReminderStore(knex),
        incidents: new DatabaseIncidentsStore(knex),
        slack: SlackWorkspaceClient.fromSettings(
          readSlackSettings(new ConfigReader(config)),
          { logger: mockServices.logger.mock() },
        )!,
        messages: new SlackMessages(facts, { archiveOnClose: false }),
        intervalMinutes: 30,
        logger: mockServices.logger.mock(),
      });
    });

    afterAll(async () => {
      await backend.stop();
      await fake.stop();
    });

    // Each test's incidents are assessed when it ends, so the next one starts with none due.
    afterEach(async () => {
      await knex('incidents')
        .whereNull('severity')
        .update({ severity: 'SEV3' });
    });

    const remindersIn = (channelId: string) =>
      fake
        .channelById(channelId)!
        .messages.filter(m => /is still to be assessed/.test(m.text));

    /** An incident declared without a severity, once its channel exists. */
    async function declareUnassessed() {
      const { id } = await declareIncident(backend, { severity: undefined });
      const incident = await waitForSteps(backend, id);
      const channelId = String(
        stepMap(incident)['slack.channel'].result?.channelId,
      );
      return { incident, reminded: () => remindersIn(channelId) };
    }

    const edit = (id: string, path: string, body: object) =>
      request(backend.server)
        [path === '' ? 'patch' : 'post'](
          `/api/incidents/incidents/${id}${path}`,
        )
        .set(asUser())
        .send(body);

    it('reminds the channel soon after it is created, then every interval, until the severity is set', async () => {
      const { incident, reminded } = await declareUnassessed();
      const start = Date.now();

      expect(await reminders.run(new Date(start))).toEqual({
        sent: 1,
        failed: 0,
      });
      const [first] = reminded();
      expect(first.text).toContain(
        `*The severity of ${incident.number} is still to be assessed.*`,
      );
      expect(first.text).toContain('`/incident severity <SEV1|SEV2|SEV3>`');
      expect(first.text).toContain(
        '• *SEV1 - Critical*: A critical incident with very high impact',
      );
      expect(first.text).toContain(
        `*La gravité de ${incident.number} reste à évaluer.*`,
      );
      expect(first.text).toContain(
        '• *SEV1 - Critique*\u00a0: Un incident critique à très fort impact',
      );

      await reminders.run(new Date(start + 10 * MINUTE));
      expect(reminded()).toHaveLength(1);
      await reminders.run(new Date(start + 31 * MINUTE));
      expect(reminded()).toHaveLength(2);

      expect((await edit(incident.id, '', { severity: 'SEV2' })).status).toBe(
        200,
      );
      await reminders.run(new Date(start + 62 * MINUTE));
      expect(reminded()).toHaveLength(2);
    });

    it('stops once the incident is resolved', async () => {
      const { incident, reminded } = await declareUnassessed();
      const start = Date.now();
      await reminders.run(new Date(start));
      expect(
        (await edit(incident.id, '/transitions', { status: 'resolved' }))
          .status,
      ).toBe(200);
      await reminders.run(new Date(start + 31 * MINUTE));
      expect(reminded()).toHaveLength(1);
    });

    it('never reminds an incident declared with its severity', async () => {
      const { id } = await declareIncident(backend, { severity: 'SEV1' });
      const incident = await waitForSteps(backend, id);
      await reminders.run();
      const channelId = String(
        stepMap(incident)['slack.channel'].result?.channelId,
      );
      expect(remindersIn(channelId)).toEqual([]);
    });

    it('posts a reminder once when two runs take it at the same time', async () => {
      const { reminded } = await declareUnassessed();
      fake.latencyMs = 20; // so that the runs overlap
      const now = new Date();
      const runs = await Promise.all([reminders.run(now), reminders.run(now)]);
      fake.latencyMs = 0;
      expect(runs.map(r => r.sent).sort()).toEqual([0, 1]);
      expect(reminded()).toHaveLength(1);
    });

    it('tries again on the next run when Slack fails', async () => {
      const { reminded } = await declareUnassessed();
      fake.fail('slack:chat.postMessage', 1, { slackError: 'internal_error' });
      const start = Date.now();
      expect(await reminders.run(new Date(start))).toEqual({
        sent: 0,
        failed: 1,
      });
      expect(reminded()).toEqual([]);

      expect(await reminders.run(new Date(start + MINUTE))).toEqual({
        sent: 1,
        failed: 0,
      });
      expect(reminded()).toHaveLength(1);
    });
  },
);
