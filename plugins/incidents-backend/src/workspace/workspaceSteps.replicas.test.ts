import { TestBackend } from '@backstage/backend-test-utils';
import { IncidentDetails } from '@incident-response/backstage-plugin-incidents-common';
import createKnex, { Knex } from 'knex';
import { FakeWorkspaceServer } from '../__testUtils__/fakes/FakeWorkspaceServer';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import {
  declareIncident,
  SPREADSHEET_ID,
  startFakeWorkspace,
  startWorkspaceBackend,
  stepMap,
  TRACKING_SHEET,
  waitForSteps,
  workspaceConfig,
} from '../__testUtils__/workspaceTestBed';
import { WorkspaceWorker } from './WorkspaceWorker';

jest.setTimeout(90_000);

const databases = createTestDatabases();
// Several replicas share one PostgreSQL; an in-memory SQLite database cannot be shared
// between processes, so these tests need PostgreSQL.
const postgresIds = databases
  .eachSupportedId()
  .filter(([id]) => id.startsWith('POSTGRES'));

if (postgresIds.length === 0) {
  it.todo(
    'two replicas on one database: needs PostgreSQL, set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING',
  );
} else {
  describe.each(postgresIds)(
    'two backend replicas on one database, on %s',
    databaseId => {
      let knexA: Knex;
      let knexB: Knex;
      let fake: FakeWorkspaceServer;
      let replicaA: TestBackend | undefined;
      let replicaB: TestBackend | undefined;

      beforeEach(async () => {
        knexA = await databases.init(databaseId);
        // A second connection pool to the same database, as another replica has.
        knexB = createKnex(knexA.client.config);
      });

      afterEach(async () => {
        jest.restoreAllMocks();
        await replicaA?.stop().catch(() => {});
        await replicaB?.stop().catch(() => {});
        replicaA = replicaB = undefined;
        await knexB.destroy();
        await fake.stop();
      });

      it('runs each step once while both replicas work the same steps', async () => {
        const execute = jest.spyOn(WorkspaceWorker.prototype as any, 'execute');
        fake = await startFakeWorkspace();
        fake.latencyMs = 20; // so that the replicas' work overlaps
        const config = workspaceConfig(fake);
        replicaA = await startWorkspaceBackend({ knex: knexA, config });
        replicaB = await startWorkspaceBackend({ knex: knexB, config });

        const declared = await Promise.all(
          [0, 1, 2, 3, 4, 5].map(i =>
            declareIncident(i % 2 === 0 ? replicaA! : replicaB!, {
              title: `Checkout is slow in region ${i}`,
            }),
          ),
        );
        const incidents: IncidentDetails[] = [];
        for (const { id } of declared) {
          incidents.push(await waitForSteps(replicaA, id));
        }

        for (const incident of incidents) {
          for (const step of incident.steps) {
            expect([step.key, step.status, step.attempts]).toEqual([
              step.key,
              'succeeded',
              1,
            ]);
          }
        }
        // Every step ran exactly once, spread over both replicas...
        const owners = execute.mock.contexts.map(
          worker => (worker as WorkspaceWorker).owner,
        );
        expect(owners).toHaveLength(6 * 9);
        expect(new Set(owners).size).toBe(2);
        // ...and made exactly one of each thing.
        expect(fake.createdChannels()).toHaveLength(6);
        expect(fake.calls('slack:conversations.create')).toHaveLength(6);
        expect(fake.google.spaces).toHaveLength(6);
        expect(fake.calls('google:drive.files.copy')).toHaveLength(6);
        expect(fake.sheetRows(SPREADSHEET_ID, TRACKING_SHEET)).toHaveLength(7);
        expect(fake.channelByName('incident-sre')!.messages).toHaveLength(6);
        for (const channel of fake.createdChannels()) {
          expect(channel.messages).toHaveLength(1);
          expect(channel.bookmarks).toHaveLength(3);
        }
      });

      it('lets another replica finish a step whose replica lost the database mid-call', async () => {
        fake = await startFakeWorkspace();
        // Slack only: the step under test is the channel, which a re-run can find again.
        const config = workspaceConfig(fake, {
          workspace: { lease: '2s' },
        });
        delete (config.incidents as any).google;
        fake.fail('slack:conversations.create', 1, { delayMs: 1500 });
        replicaA = await startWorkspaceBackend({ knex: knexA, config });
        const declared = await declareIncident(replicaA);
        await waitForSteps(
          replicaA,
          declared.id,
          steps =>
            steps.find(s => s.key === 'slack.channel')!.status === 'running',
        );

        // Replica A loses its database while Slack is creating the channel: it can
        // record nothing, and its lease runs out.
        await knexA.destroy();
        replicaB = await startWorkspaceBackend({ knex: knexB, config });

        const incident = await waitForSteps(replicaB, declared.id);
        expect(stepMap(incident)['slack.channel']).toMatchObject({
          status: 'succeeded',
          attempts: 2,
        });
        for (const step of incident.steps.filter(s =>
          s.key.startsWith('slack.'),
        )) {
          expect(step.status).toBe('succeeded');
        }
        expect(fake.calls('slack:conversations.create')).toHaveLength(1);
        expect(fake.createdChannels()).toHaveLength(1);
        expect(fake.createdChannels()[0].id).toBe(
          stepMap(incident)['slack.channel'].result?.channelId,
        );
        expect(fake.createdChannels()[0].messages).toHaveLength(1);
      });
    },
  );
}
