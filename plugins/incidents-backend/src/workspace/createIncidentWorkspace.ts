import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { SeverityDefinition } from '@incident-response/backstage-plugin-incidents-common';
import { Knex } from 'knex';
import { PeopleDirectory } from '../catalog/PeopleDirectory';
import { IncidentsStore } from '../incidents/IncidentsStore';
import { KnownErrorsStore } from '../knownErrors/KnownErrorsStore';
import { GoogleWorkspaceClient } from '../integrations/google/GoogleWorkspaceClient';
import { SlackWorkspaceClient } from '../integrations/slack/SlackWorkspaceClient';
import { IncidentChangeListeners } from '../lib/changeListeners';
import { IncidentFacts } from './content/incidentFacts';
import { PostmortemDocumentText } from './content/postmortemDocument';
import { SlackMessages } from './content/slackMessages';
import { DatabaseWorkspaceStepsStore } from './DatabaseWorkspaceStepsStore';
import { WorkspaceSettings } from './readWorkspaceSettings';
import { DatabaseSeverityReminderStore } from './SeverityReminderStore';
import { SeverityReminders } from './SeverityReminders';
import { runStep } from './steps';
import { PostmortemReader, StepContext } from './steps/StepContext';
import { WorkspacePlanner } from './WorkspacePlanner';
import { WorkspaceService } from './WorkspaceService';
import { WorkspaceStepsStore } from './WorkspaceStepsStore';
import { WorkspaceWorker } from './WorkspaceWorker';

/** The scheduled task that resumes workspace steps (after restarts, backoffs, other replicas). */
export const WORKSPACE_TASK_ID = 'incidents-workspace-steps';

/** The workspace's parts, as the plugin wires them. */
export type IncidentWorkspace = {
  /** How the workspace reacts to incident changes (the incident use cases call it). */
  planner: WorkspacePlanner;
  service: WorkspaceService;
  /** Runs the steps; `drain` is the scheduled task, `stop` the shutdown hook. */
  worker: WorkspaceWorker;
  /** The steps and what they made (the incident of a Slack channel, say). */
  steps: WorkspaceStepsStore;
  /** The scheduled task's work when Slack is configured: severities still to be assessed. */
  severityReminders?: SeverityReminders;
};

/**
 * Wires the workspace from settings read once: Slack and Google clients, the texts, the
 * step handlers, the worker and the planner.
 */
export function createIncidentWorkspace(options: {
  settings: WorkspaceSettings;
  knex: Knex;
  logger: LoggerService;
  auth: AuthService;
  catalog: CatalogService;
  incidents: IncidentsStore;
  knownErrors: Pick<KnownErrorsStore, 'getKnownErrors'>;
  /** Read when an approved postmortem is rendered into its document. */
  postmortems: PostmortemReader;
  severities: SeverityDefinition[];
  listeners: IncidentChangeListeners;
}): IncidentWorkspace {
  const { settings, logger } = options;
  const { requestTimeoutMs } = settings.worker;
  const steps = new DatabaseWorkspaceStepsStore(options.knex);
  const facts = new IncidentFacts({
    appBaseUrl: settings.appBaseUrl,
    severities: options.severities,
  });
  const slack = SlackWorkspaceClient.fromSettings(settings.slack, {
    logger: logger.child({ integration: 'slack' }),
    requestTimeoutMs,
  });
  const messages = new SlackMessages(facts, {
    archiveOnClose: settings.slack?.archiveOnClose ?? false,
  });
  const context = new StepContext({
    slack,
    google: GoogleWorkspaceClient.fromSettings(settings.google, {
      requestTimeoutMs,
    }),
    facts,
    messages,
    document: new PostmortemDocumentText(facts),
    directory: new PeopleDirectory(options.catalog, options.auth),
    store: steps,
    knownErrors: options.knownErrors,
    postmortems: options.postmortems,
    logger,
  });
  const worker = new WorkspaceWorker({
    steps,
    incidents: options.incidents,
    runStep: run => runStep(run, context),
    settings: settings.worker,
    logger,
    listeners: options.listeners,
  });
  const planner = new WorkspacePlanner(settings, worker);

  logger.info('Incident workspace integrations', {
    slack: settings.slack ? 'configured' : 'not configured (steps skipped)',
    google: settings.google ? 'configured' : 'not configured (steps skipped)',
  });

  return {
    planner,
    worker,
    steps,
    severityReminders:
      slack &&
      settings.slack &&
      new SeverityReminders({
        store: new DatabaseSeverityReminderStore(options.knex),
        incidents: options.incidents,
        slack,
        messages,
        intervalMinutes: settings.slack.severityReminderMinutes,
        logger,
      }),
    service: new WorkspaceService({
      incidents: options.incidents,
      steps,
      skipCode: (kind, incident) => planner.skipCode(kind, incident),
      worker,
      listeners: options.listeners,
    }),
  };
}
