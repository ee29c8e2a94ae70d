import {
  incidentReadPermission,
  incidentStepsRetryPermission,
} from '@incident-response/backstage-plugin-incidents-common';
import { IncidentsApiRouter } from '../lib/http/apiRouter';
import { RouteHelpers } from '../lib/http/routeHelpers';
import { WorkspaceService } from './WorkspaceService';

/** The workspace's routes: retrying failed Slack and Google steps. */
export function registerWorkspaceRoutes(
  router: IncidentsApiRouter,
  { workspace, http }: { workspace: WorkspaceService; http: RouteHelpers },
) {
  router.post('/incidents/:id/steps/retry', async (req, res) => {
    // Retrying is its own permission, on an incident the caller may see.
    await http.authorizeIncident(req, incidentReadPermission, () =>
      workspace.incidentAccessFacts(req.params.id),
    );
    const actor = await http.actor(req, incidentStepsRetryPermission);
    const body = req.body ?? {};
    const incident = await http.audited(
      req,
      'incident-steps-retry',
      { incident: req.params.id, keys: body.keys ?? null },
      () => workspace.retry(req.params.id, body, actor),
      changed => ({ incidentId: changed.id, number: changed.number }),
    );
    res.json(incident);
  });
}
