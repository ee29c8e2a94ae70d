import { incidentReadPermission } from '@incident-response/backstage-plugin-incidents-common';
import { IncidentsApiRouter } from '../lib/http/apiRouter';
import { RouteHelpers } from '../lib/http/routeHelpers';
import { IncidentMetricsService } from './IncidentMetricsService';

/** `GET /metrics`: TTD/TTR aggregates and points. */
export function registerMetricRoutes(
  router: IncidentsApiRouter,
  { metrics, http }: { metrics: IncidentMetricsService; http: RouteHelpers },
) {
  router.get('/metrics', async (req, res) => {
    await http.authorize(req, incidentReadPermission);
    res.json(await metrics.getMetrics(req.query));
  });
}
