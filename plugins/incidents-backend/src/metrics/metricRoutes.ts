import { IncidentsApiRouter } from '../lib/http/apiRouter';
import { RouteHelpers } from '../lib/http/routeHelpers';
import { IncidentMetricsService } from './IncidentMetricsService';

/** `GET /metrics`: TTD/TTR aggregates and points. */
export function registerMetricRoutes(
  router: IncidentsApiRouter,
  { metrics, http }: { metrics: IncidentMetricsService; http: RouteHelpers },
) {
  router.get('/metrics', async (req, res) => {
    const visibleTo = await http.incidentReadCriteria(req);
    res.json(await metrics.getMetrics(req.query, visibleTo));
  });
}
