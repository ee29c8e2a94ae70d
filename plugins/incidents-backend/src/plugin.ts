import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { signalsServiceRef } from '@backstage/plugin-signals-node';
import { incidentsPermissions } from '@incident-response/backstage-plugin-incidents-common';
import { DatabaseIncidentMetricsStore } from './database/DatabaseIncidentMetricsStore';
import { DatabaseIncidentsStore } from './database/DatabaseIncidentsStore';
import { CatalogLookups } from './service/catalogLookups';
import { IncidentMetricsService } from './service/IncidentMetricsService';
import { IncidentsService } from './service/IncidentsService';
import { readIncidentsConfig } from './service/readIncidentsConfig';
import { createRouter } from './service/router';
import { createIncidentWorkspace } from './workspace/createIncidentWorkspace';

/**
 * The incidents backend plugin: declares and stores incidents, their roles and their
 * timeline, at `/api/incidents`, and sets up each incident's Slack and Google Workspace
 * response workspace.
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
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        lifecycle: coreServices.lifecycle,
        auth: coreServices.auth,
      },
      async init({
        config,
        database,
        httpRouter,
        httpAuth,
        userInfo,
        permissions,
        permissionsRegistry,
        auditor,
        catalog,
        signals,
        logger,
        scheduler,
        lifecycle,
        auth,
      }) {
        permissionsRegistry.addPermissions(incidentsPermissions);
        const store = await DatabaseIncidentsStore.create({ database });
        const incidentsConfig = readIncidentsConfig(config);
        // Slack and Google Workspace steps, done by a worker; see src/workspace.
        const workspace = await createIncidentWorkspace({
          config,
          database,
          logger,
          scheduler,
          lifecycle,
          auth,
          catalog,
          signals,
          incidents: store,
          severities: incidentsConfig.severities,
        });
        const incidents = new IncidentsService(
          store,
          new CatalogLookups(catalog),
          incidentsConfig,
          workspace,
        );
        const metrics = new IncidentMetricsService(
          await DatabaseIncidentMetricsStore.create({ database }),
          incidentsConfig.severities.map(severity => severity.id),
        );
        httpRouter.use(
          await createRouter({
            incidents,
            metrics,
            httpAuth,
            userInfo,
            permissions,
            auditor,
            signals,
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
