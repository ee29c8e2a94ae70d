import {
  AuthService,
  DatabaseService,
  LifecycleService,
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { Knex } from 'knex';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { SignalsService } from '@backstage/plugin-signals-node';
import { SeverityDefinition } from '@incident-response/backstage-plugin-incidents-common';
import { DatabaseWorkspaceStepsStore } from '../database/DatabaseWorkspaceStepsStore';
import { IncidentsStore } from '../database/IncidentsStore';
import { publishIncidentChanged } from '../service/publishIncidentChanged';
import { GoogleWorkspaceClient } from '../integrations/google/GoogleWorkspaceClient';
import { SlackWorkspaceClient } from '../integrations/slack/SlackWorkspaceClient';
import { IncidentWorkspace } from './IncidentWorkspace';
import { readWorkspaceSettings } from './readWorkspaceSettings';
import { WorkspaceContent } from './WorkspaceContent';
import { WorkspaceDirectory } from './WorkspaceDirectory';
import { WorkspacePlanner } from './WorkspacePlanner';
import { WorkspaceStepRunner } from './WorkspaceStepRunner';
import { WorkspaceWorker } from './WorkspaceWorker';

/**
 * The worker records each step's progress as it happens: many small commits. In SQLite's
 * default rollback-journal mode every commit waits for the disk (about 20 ms on an
 * ordinary disk), and better-sqlite3 waits on the event loop, so a declare's steps would
 * block the backend for about half a second. In write-ahead-log mode a commit is an
 * append. The setting belongs to this plugin's own database file and persists in it;
 * in-memory databases (tests) keep their journal, and PostgreSQL is not touched.
 */
async function useWriteAheadLogOnSqlite(knex: Knex, logger: LoggerService) {
  const client = String(knex.client.config.client);
  if (!client.includes('sqlite')) {
    return;
  }
  try {
    await knex.raw('PRAGMA journal_mode = WAL');
  } catch (error) {
    logger.warn('Could not switch the SQLite database to write-ahead logging', {
      error: String(error),
    });
  }
}

/** The scheduled task that resumes workspace steps (after restarts, backoffs, other replicas). */
export const WORKSPACE_TASK_ID = 'incidents-workspace-steps';

/**
 * Wires the workspace: Slack and Google clients from config, the step worker, its
 * scheduled task (global: one replica at a time, safe with several), and a graceful
 * stop on shutdown.
 */
export async function createIncidentWorkspace(options: {
  config: Config;
  database: DatabaseService;
  logger: LoggerService;
  scheduler: SchedulerService;
  lifecycle: LifecycleService;
  auth: AuthService;
  catalog: CatalogService;
  signals: SignalsService;
  incidents: IncidentsStore;
  severities: SeverityDefinition[];
}): Promise<IncidentWorkspace> {
  const { config, logger } = options;
  const settings = readWorkspaceSettings(config);
  const { requestTimeoutMs } = settings.worker;
  const steps = await DatabaseWorkspaceStepsStore.create({
    database: options.database,
  });
  await useWriteAheadLogOnSqlite(await options.database.getClient(), logger);
  const runner = new WorkspaceStepRunner({
    slack: SlackWorkspaceClient.fromConfig(config, {
      logger: logger.child({ integration: 'slack' }),
      requestTimeoutMs,
    }),
    google: GoogleWorkspaceClient.fromConfig(config, { requestTimeoutMs }),
    content: new WorkspaceContent({
      appBaseUrl: settings.appBaseUrl,
      severities: options.severities,
      archiveOnClose: settings.slack?.archiveOnClose ?? false,
    }),
    directory: new WorkspaceDirectory(options.catalog, options.auth),
    store: steps,
    logger,
  });
  const worker = new WorkspaceWorker({
    steps,
    incidents: options.incidents,
    runner,
    settings: settings.worker,
    logger,
    onStepChanged: incident =>
      publishIncidentChanged(options.signals, incident),
  });

  await options.scheduler.scheduleTask({
    id: WORKSPACE_TASK_ID,
    frequency: settings.worker.frequency,
    timeout: { minutes: 10 },
    scope: 'global',
    fn: () => worker.drain({ sweep: true }),
  });
  options.lifecycle.addShutdownHook(() => worker.stop());

  logger.info('Incident workspace integrations', {
    slack: settings.slack ? 'configured' : 'not configured (steps skipped)',
    google: settings.google ? 'configured' : 'not configured (steps skipped)',
  });

  return new IncidentWorkspace(new WorkspacePlanner(settings), steps, worker);
}
