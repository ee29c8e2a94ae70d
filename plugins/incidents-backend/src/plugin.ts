import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import {
  incidentReadPermission,
  incidentsPermissions,
  incidentUpdatePermission,
  knownErrorReadPermission,
  knownErrorUpdatePermission,
} from '@incident-response/backstage-plugin-incidents-common';
import { buildIncidentsContext } from './buildIncidentsContext';
import {
  INCIDENT_PERMISSION_RULES,
  incidentPermissionResourceRef,
} from './lib/incidentAccess';
import {
  KNOWN_ERROR_PERMISSION_RULES,
  knownErrorPermissionResourceRef,
} from './lib/knownErrorAccess';
import { createRouter } from './router';
import { createSlackInbound } from './slackInbound/createSlackInbound';
import { SLACK_TIMELINE_SWEEP_TASK_ID } from './slackInbound/SlackTimelineCapture';
import { ACTION_ITEM_REMINDERS_TASK_ID } from './postmortems/ActionItemReminders';
import { SEVERITY_REMINDERS_TASK_ID } from './workspace/SeverityReminders';
import { WORKSPACE_TASK_ID } from './workspace/createIncidentWorkspace';

/**
 * The incidents backend plugin: declares and stores incidents, their roles and their
 * timeline, at `/api/incidents`, sets up each incident's Slack and Google Workspace
 * response workspace, and keeps postmortems and their action items, with reminders.
 *
 * @public
 */
export const incidentsPlugin = createBackendPlugin({
  pluginId: 'incidents',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        userInfo: coreServices.userInfo,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        catalog: catalogServiceRef,
        signals: signalsServiceRef,
        notifications: notificationService,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        lifecycle: coreServices.lifecycle,
        auth: coreServices.auth,
      },
      async init(deps) {
        const context = await buildIncidentsContext(deps);
        // Policies may decide on incidents and known errors with these rules; the
        // permission backend loads them by id to apply a policy's conditions.
        deps.permissionsRegistry.addResourceType({
          resourceRef: incidentPermissionResourceRef,
          permissions: [incidentReadPermission, incidentUpdatePermission],
          rules: INCIDENT_PERMISSION_RULES,
          getResources: ids => context.incidents.accessFacts(ids),
        });
        deps.permissionsRegistry.addResourceType({
          resourceRef: knownErrorPermissionResourceRef,
          permissions: [knownErrorReadPermission, knownErrorUpdatePermission],
          rules: KNOWN_ERROR_PERMISSION_RULES,
          getResources: ids => context.knownErrors.accessFacts(ids),
        });
        deps.permissionsRegistry.addPermissions(incidentsPermissions);
        const { worker } = context.workspace;

        // Resumes workspace steps after restarts and backoffs, and picks up what other
        // replicas left: global, so one replica at a time.
        await deps.scheduler.scheduleTask({
          id: WORKSPACE_TASK_ID,
          frequency: context.settings.worker.frequency,
          timeout: { minutes: 10 },
          scope: 'global',
          fn: () => worker.drain({ sweep: true }),
        });
        deps.lifecycle.addShutdownHook(() => worker.stop());

        // Each reminder is recorded once sent: global, so two replicas never send it twice.
        await deps.scheduler.scheduleTask({
          id: ACTION_ITEM_REMINDERS_TASK_ID,
          frequency: context.postmortemSettings.remindersFrequency,
          timeout: { minutes: 10 },
          scope: 'global',
          fn: async () => {
            await context.actionItemReminders.run();
          },
        });

        const { severityReminders } = context.workspace;
        if (severityReminders) {
          // Each reminder is taken in the database before it is posted: global, and two
          // runs at once would still post it once.
          await deps.scheduler.scheduleTask({
            id: SEVERITY_REMINDERS_TASK_ID,
            frequency: { minutes: 1 },
            timeout: { minutes: 5 },
            scope: 'global',
            fn: async () => {
              await severityReminders.run();
            },
          });
        }

        // Slack's HTTP requests are read raw and checked for Slack's signature: their
        // router comes before the API's, which parses JSON bodies.
        const {
          router: slackRouter,
          socketMode,
          timelineCapture,
        } = createSlackInbound({
          settings: context.settings,
          incidents: context.incidents,
          steps: context.workspace.steps,
          catalog: deps.catalog,
          auth: deps.auth,
          auditor: deps.auditor,
          listeners: context.listeners,
          timelineStore: context.slackTimelineStore,
          logger: deps.logger,
        });
        if (slackRouter) {
          deps.httpRouter.use(slackRouter);
          deps.httpRouter.addAuthPolicy({
            path: '/slack',
            allow: 'unauthenticated',
          });
        }
        if (socketMode) {
          // Not awaited: the client keeps asking Slack for a socket while Slack cannot be
          // reached, and the backend does not wait for Slack to serve everything else.
          deps.lifecycle.addStartupHook(() => {
            socketMode.start();
          });
          deps.lifecycle.addShutdownHook(() => socketMode.stop());
        }
        if (timelineCapture) {
          // Slack events a replica kept but did not finish (it stopped after answering
          // Slack); each is handled once, so any replica may run it.
          await deps.scheduler.scheduleTask({
            id: SLACK_TIMELINE_SWEEP_TASK_ID,
            frequency: { seconds: 30 },
            timeout: { minutes: 5 },
            scope: 'local',
            fn: () => timelineCapture.sweep(),
          });
        }
        deps.httpRouter.use(await createRouter(context, deps));
        deps.httpRouter.addAuthPolicy({
          path: '/health',
          allow: 'unauthenticated',
        });
      },
    });
  },
});
