import {
  AuthService,
  DatabaseService,
  LoggerService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { SignalsService } from '@backstage/plugin-signals-node';
import { CatalogLookups } from './catalog/CatalogLookups';
import { PeopleDirectory } from './catalog/PeopleDirectory';
import { prepareDatabase } from './database/prepareDatabase';
import { DatabaseIncidentsStore } from './incidents/DatabaseIncidentsStore';
import { IncidentsService } from './incidents/IncidentsService';
import { readIncidentsConfig } from './incidents/readIncidentsConfig';
import {
  IncidentsAuthorizer,
  readSecurityResponderGroups,
} from './lib/authorize';
import {
  ChangeListeners,
  IncidentChangedEvent,
  IncidentChangeListeners,
  KnownErrorChangedEvent,
} from './lib/changeListeners';
import { DatabaseKnownErrorsStore } from './knownErrors/DatabaseKnownErrorsStore';
import { KnownErrorsService } from './knownErrors/KnownErrorsService';
import { notifyIncidentChanges } from './listeners/incidentNotifications';
import {
  notificationTexts,
  readNotificationLanguage,
} from './listeners/notificationTexts';
import {
  signalIncidentChanges,
  signalKnownErrorChanges,
} from './listeners/signals';
import { DatabaseIncidentMetricsStore } from './metrics/DatabaseIncidentMetricsStore';
import { IncidentMetricsService } from './metrics/IncidentMetricsService';
import { ActionItemReminders } from './postmortems/ActionItemReminders';
import { DatabasePostmortemsStore } from './postmortems/DatabasePostmortemsStore';
import { PostmortemNotifier } from './postmortems/PostmortemNotifier';
import { PostmortemsService } from './postmortems/PostmortemsService';
import {
  PostmortemSettings,
  readPostmortemSettings,
} from './postmortems/readPostmortemSettings';
import { DatabaseSlackTimelineStore } from './slackInbound/DatabaseSlackTimelineStore';
import { SlackTimelineStore } from './slackInbound/SlackTimelineStore';
import {
  createIncidentWorkspace,
  IncidentWorkspace,
} from './workspace/createIncidentWorkspace';
import {
  readWorkspaceSettings,
  WorkspaceSettings,
} from './workspace/readWorkspaceSettings';

/** Everything the plugin's entry points use, built once. */
export type IncidentsContext = {
  settings: WorkspaceSettings;
  postmortemSettings: PostmortemSettings;
  authorizer: IncidentsAuthorizer;
  incidents: IncidentsService;
  knownErrors: KnownErrorsService;
  postmortems: PostmortemsService;
  /** The scheduled task's work: action items due soon or overdue. */
  actionItemReminders: ActionItemReminders;
  metrics: IncidentMetricsService;
  workspace: IncidentWorkspace;
  /** Told of every committed change to an incident, whichever entry point made it. */
  listeners: IncidentChangeListeners;
  /** The Slack events that put messages on timelines, for the Slack entry point. */
  slackTimelineStore: SlackTimelineStore;
};

/**
 * The one place that builds the plugin: reads the settings once, prepares the database
 * (migrations), and wires the stores, the use cases, their reactions (the workspace
 * planner) and the after-change listeners (signals, notifications). `plugin.ts`, the tests and the
 * benchmarks all build it this way; only scheduling and mounting are left to the caller.
 */
export async function buildIncidentsContext(options: {
  config: Config;
  database: DatabaseService;
  logger: LoggerService;
  auth: AuthService;
  catalog: CatalogService;
  signals: SignalsService;
  notifications: NotificationService;
  permissions: PermissionsService;
  userInfo: UserInfoService;
}): Promise<IncidentsContext> {
  const { config, logger } = options;
  const settings = readWorkspaceSettings(config);
  const postmortemSettings = readPostmortemSettings(config);
  const incidentsConfig = readIncidentsConfig(config, {
    integrations: {
      slack: settings.slack !== undefined,
      google: settings.google !== undefined,
    },
    postmortems: {
      actionItemDueInDays: Math.round(
        postmortemSettings.actionItemDueInMs / (24 * 60 * 60 * 1000),
      ),
    },
  });
  const securityResponderGroups = readSecurityResponderGroups(config);
  const texts = notificationTexts(readNotificationLanguage(config));
  const knex = await prepareDatabase(options.database, { logger });
  const store = new DatabaseIncidentsStore(knex);
  const knownErrorsStore = new DatabaseKnownErrorsStore(knex);
  const catalogLookups = new CatalogLookups(options.catalog);
  const people = new PeopleDirectory(options.catalog, options.auth);
  // The workspace's steps read postmortems through the service, which is built after
  // the workspace since it plans its steps with the workspace's planner.
  const late: { postmortems?: PostmortemsService } = {};
  const listeners: IncidentChangeListeners =
    new ChangeListeners<IncidentChangedEvent>(
      [
        signalIncidentChanges(options.signals, { securityResponderGroups }),
        notifyIncidentChanges({
          notifications: options.notifications,
          people,
          texts,
          severities: incidentsConfig.severities,
          securityResponderGroups,
          logger,
        }),
      ],
      logger,
      ({ incident, change }) => ({
        incident: incident.number,
        change: change?.type ?? 'update',
      }),
    );
  const knownErrors = new KnownErrorsService({
    store: knownErrorsStore,
    catalogLookups,
    listeners: new ChangeListeners<KnownErrorChangedEvent>(
      [signalKnownErrorChanges(options.signals)],
      logger,
      ({ knownError }) => ({ knownError: knownError.number }),
    ),
  });
  const workspace = createIncidentWorkspace({
    settings,
    knex,
    logger,
    auth: options.auth,
    catalog: options.catalog,
    incidents: store,
    knownErrors: knownErrorsStore,
    postmortems: { get: incidentId => late.postmortems!.get(incidentId) },
    severities: incidentsConfig.severities,
    listeners,
  });
  const postmortemsStore = new DatabasePostmortemsStore(knex);
  const notifier = new PostmortemNotifier({
    notifications: options.notifications,
    texts,
    reviewerRefs: postmortemSettings.reviewerRefs,
    people,
    securityResponderGroups,
    logger,
  });
  const postmortems = new PostmortemsService({
    store: postmortemsStore,
    incidents: store,
    catalogLookups,
    knownErrors,
    severities: incidentsConfig.severities,
    settings: postmortemSettings,
    reactions: workspace.planner,
    notifier,
    listeners,
  });
  late.postmortems = postmortems;
  listeners.add(postmortems.notifyPostmortemDue);
  return {
    settings,
    postmortemSettings,
    authorizer: new IncidentsAuthorizer({
      ...options,
      securityResponderGroups,
    }),
    incidents: new IncidentsService({
      store,
      catalogLookups,
      config: incidentsConfig,
      reactions: workspace.planner,
      listeners,
      knownErrors,
      statusGuards: [postmortems],
      logger,
    }),
    knownErrors,
    postmortems,
    actionItemReminders: new ActionItemReminders({
      store: postmortemsStore,
      incidents: store,
      notifier,
      logger,
    }),
    metrics: new IncidentMetricsService(
      new DatabaseIncidentMetricsStore(knex),
      incidentsConfig.severities.map(severity => severity.id),
    ),
    workspace,
    listeners,
    slackTimelineStore: new DatabaseSlackTimelineStore(knex),
  };
}
