import {
  incidentCreatePermission,
  IncidentDetails,
  incidentReadPermission,
  incidentUpdatePermission,
} from '@incident-response/backstage-plugin-incidents-common';
import { IncidentsApiRouter } from '../lib/http/apiRouter';
import { RouteHelpers } from '../lib/http/routeHelpers';
import { accessFactsOf } from '../lib/incidentAccess';
import { IncidentsService } from './IncidentsService';

const changed = (incident: IncidentDetails) => ({
  incidentId: incident.id,
  number: incident.number,
});

/** `/config` and the `/incidents` routes: thin glue from HTTP to the use cases. */
export function registerIncidentRoutes(
  router: IncidentsApiRouter,
  { incidents, http }: { incidents: IncidentsService; http: RouteHelpers },
) {
  /** The incident a route is about, for its authorization (404 when hidden too). */
  const load = (reference: string) => async () =>
    accessFactsOf(await incidents.get(reference));

  router.get('/config', async (req, res) => {
    await http.incidentReadCriteria(req);
    res.json(incidents.getConfig());
  });

  // declare
  router.post('/incidents', async (req, res) => {
    const actor = await http.actor(req, incidentCreatePermission);
    const idempotencyKey = req.header('Idempotency-Key') || undefined;
    const { incident } = await http.audited(
      req,
      'incident-declare',
      { idempotencyKey: idempotencyKey ?? null },
      () => incidents.declare(req.body, actor, idempotencyKey),
      result => ({ ...changed(result.incident), replayed: result.replayed }),
    );
    res.status(201).json(incident);
  });

  // list
  router.get('/incidents', async (req, res) => {
    const visibleTo = await http.incidentReadCriteria(req);
    res.json(await incidents.list(req.query, visibleTo));
  });

  // one incident, by id or number
  router.get('/incidents/:id', async (req, res) => {
    const incident = await incidents.get(req.params.id);
    await http.authorizeIncident(req, incidentReadPermission, async () =>
      accessFactsOf(incident),
    );
    res.json(incident);
  });

  // edit fields and milestones
  router.patch('/incidents/:id', async (req, res) => {
    const actor = await http.incidentActor(
      req,
      incidentUpdatePermission,
      load(req.params.id),
    );
    const incident = await http.audited(
      req,
      'incident-update',
      { incident: req.params.id, fields: Object.keys(req.body) },
      () => incidents.update(req.params.id, req.body, actor),
      changed,
    );
    res.json(incident);
  });

  // change status
  router.post('/incidents/:id/transitions', async (req, res) => {
    const actor = await http.incidentActor(
      req,
      incidentUpdatePermission,
      load(req.params.id),
    );
    const incident = await http.audited(
      req,
      'incident-transition',
      { incident: req.params.id, status: req.body.status },
      () => incidents.transition(req.params.id, req.body, actor),
      changed,
    );
    res.json(incident);
  });

  // assign or hand over a role
  router.put('/incidents/:id/roles/:role', async (req, res) => {
    const actor = await http.incidentActor(
      req,
      incidentUpdatePermission,
      load(req.params.id),
    );
    const incident = await http.audited(
      req,
      'incident-role-assign',
      { incident: req.params.id, role: req.params.role },
      () =>
        incidents.assignRole(req.params.id, req.params.role, req.body, actor),
      changed,
    );
    res.json(incident);
  });

  // read the timeline
  router.get('/incidents/:id/timeline', async (req, res) => {
    await http.authorizeIncident(
      req,
      incidentReadPermission,
      load(req.params.id),
    );
    res.json({ items: await incidents.getTimeline(req.params.id) });
  });

  // append to the timeline
  router.post('/incidents/:id/timeline', async (req, res) => {
    const actor = await http.incidentActor(
      req,
      incidentUpdatePermission,
      load(req.params.id),
    );
    const { entry } = await http.audited(
      req,
      'incident-timeline-append',
      { incident: req.params.id, kind: req.body.kind },
      () => incidents.appendTimelineEntry(req.params.id, req.body, actor),
      result => ({ ...changed(result.incident), entryId: result.entry.id }),
    );
    res.status(201).json(entry);
  });

  // link a known error that caused the incident
  router.put('/incidents/:id/known-errors/:knownErrorId', async (req, res) => {
    const actor = await http.incidentActor(
      req,
      incidentUpdatePermission,
      load(req.params.id),
    );
    const incident = await http.audited(
      req,
      'incident-known-error-link',
      { incident: req.params.id, knownError: req.params.knownErrorId },
      () =>
        incidents.linkKnownError(req.params.id, req.params.knownErrorId, actor),
      changed,
    );
    res.json(incident);
  });

  // unlink it
  router.delete(
    '/incidents/:id/known-errors/:knownErrorId',
    async (req, res) => {
      const actor = await http.incidentActor(
        req,
        incidentUpdatePermission,
        load(req.params.id),
      );
      const incident = await http.audited(
        req,
        'incident-known-error-unlink',
        { incident: req.params.id, knownError: req.params.knownErrorId },
        () =>
          incidents.unlinkKnownError(
            req.params.id,
            req.params.knownErrorId,
            actor,
          ),
        changed,
      );
      res.json(incident);
    },
  );
}
