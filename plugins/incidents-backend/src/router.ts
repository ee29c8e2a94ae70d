import { AuditorService, HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import { IncidentsContext } from './buildIncidentsContext';
import { registerIncidentRoutes } from './incidents/incidentRoutes';
import { registerKnownErrorRoutes } from './knownErrors/knownErrorRoutes';
import { parseJsonBody } from './lib/http/parseJsonBody';
import {
  rejectNulCharacters,
  rejectNulInPathParameters,
} from './lib/http/rejectNulCharacters';
import { rejectUnknownFields } from './lib/http/rejectUnknownFields';
import { createRouteHelpers } from './lib/http/routeHelpers';
import { registerMetricRoutes } from './metrics/metricRoutes';
import { registerPostmortemRoutes } from './postmortems/postmortemRoutes';
import { createOpenApiRouter, spec } from './schema/openapi/generated/router';
import { registerWorkspaceRoutes } from './workspace/workspaceRoutes';

/**
 * The plugin's HTTP API, validated against its OpenAPI spec: each domain registers its
 * routes, all sharing the same authorization and audit helpers.
 */
export async function createRouter(
  context: IncidentsContext,
  deps: { httpAuth: HttpAuthService; auditor: AuditorService },
): Promise<express.Router> {
  const router = await createOpenApiRouter({
    middleware: [
      parseJsonBody,
      rejectNulCharacters,
      rejectNulInPathParameters(spec),
      rejectUnknownFields(spec),
    ],
  });
  const http = createRouteHelpers({
    httpAuth: deps.httpAuth,
    auditor: deps.auditor,
    authorizer: context.authorizer,
  });

  router.get('/health', async (_req, res) => {
    res.json({ status: 'ok' });
  });
  registerIncidentRoutes(router, { incidents: context.incidents, http });
  registerKnownErrorRoutes(router, { knownErrors: context.knownErrors, http });
  registerPostmortemRoutes(router, {
    postmortems: context.postmortems,
    http,
  });
  registerMetricRoutes(router, { metrics: context.metrics, http });
  registerWorkspaceRoutes(router, {
    workspace: context.workspace.service,
    http,
  });
  return router;
}
