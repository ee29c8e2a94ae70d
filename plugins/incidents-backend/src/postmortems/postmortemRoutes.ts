import {
  ActionItem,
  incidentReadPermission,
  incidentUpdatePermission,
  Postmortem,
  postmortemApprovePermission,
} from '@incident-response/backstage-plugin-incidents-common';
import { IncidentsApiRouter } from '../lib/http/apiRouter';
import { RouteHelpers } from '../lib/http/routeHelpers';
import { PostmortemsService } from './PostmortemsService';

const postmortemChanged = (postmortem: Postmortem) => ({
  incidentId: postmortem.incidentId,
  status: postmortem.status,
});

const actionItemChanged = (item: ActionItem) => ({
  actionItemId: item.id,
  incidentId: item.incidentId,
  status: item.status,
});

/**
 * The postmortem of an incident and the action items. Writing them is updating the
 * incident; approving needs `postmortem.approve`.
 */
export function registerPostmortemRoutes(
  router: IncidentsApiRouter,
  {
    postmortems,
    http,
  }: { postmortems: PostmortemsService; http: RouteHelpers },
) {
  const incident = (reference: string) => () =>
    postmortems.incidentAccessFacts(reference);
  const actionItemIncident = (actionItemId: string) => () =>
    postmortems.actionItemAccessFacts(actionItemId);

  router.get('/incidents/:id/postmortem', async (req, res) => {
    await http.authorizeIncident(
      req,
      incidentReadPermission,
      incident(req.params.id),
    );
    res.json(await postmortems.get(req.params.id));
  });

  router.patch('/incidents/:id/postmortem', async (req, res) => {
    const actor = await http.incidentActor(
      req,
      incidentUpdatePermission,
      incident(req.params.id),
    );
    const postmortem = await http.audited(
      req,
      'postmortem-update',
      {
        incident: req.params.id,
        sections: Object.keys(req.body.sections ?? {}),
        marks: Object.keys(req.body.important ?? {}).length,
      },
      () => postmortems.update(req.params.id, req.body, actor),
      postmortemChanged,
    );
    res.json(postmortem);
  });

  router.post('/incidents/:id/postmortem/transitions', async (req, res) => {
    // Approving is SRE leadership's (a permission of its own), on an incident they see.
    const actor =
      req.body.status === 'approved'
        ? await http
            .authorizeIncident(
              req,
              incidentReadPermission,
              incident(req.params.id),
            )
            .then(() => http.actor(req, postmortemApprovePermission))
        : await http.incidentActor(
            req,
            incidentUpdatePermission,
            incident(req.params.id),
          );
    const postmortem = await http.audited(
      req,
      'postmortem-transition',
      { incident: req.params.id, status: req.body.status },
      () => postmortems.transition(req.params.id, req.body, actor),
      postmortemChanged,
    );
    res.json(postmortem);
  });

  router.post('/incidents/:id/action-items', async (req, res) => {
    const actor = await http.incidentActor(
      req,
      incidentUpdatePermission,
      incident(req.params.id),
    );
    const item = await http.audited(
      req,
      'action-item-create',
      { incident: req.params.id, ownerRef: req.body.ownerRef },
      () => postmortems.createActionItem(req.params.id, req.body, actor),
      actionItemChanged,
    );
    res.status(201).json(item);
  });

  router.get('/action-items', async (req, res) => {
    const visibleTo = await http.incidentReadCriteria(req);
    res.json(await postmortems.listActionItems(req.query, visibleTo));
  });

  // Registered before /action-items/:actionItemId, which would take the path otherwise.
  // Counts only: the items of incidents the caller cannot see count too.
  router.get('/action-items/slo', async (req, res) => {
    await http.incidentReadCriteria(req);
    res.json(await postmortems.actionItemSlo(req.query));
  });

  router.patch('/action-items/:actionItemId', async (req, res) => {
    const actor = await http.incidentActor(
      req,
      incidentUpdatePermission,
      actionItemIncident(req.params.actionItemId),
    );
    const item = await http.audited(
      req,
      'action-item-update',
      { actionItem: req.params.actionItemId, fields: Object.keys(req.body) },
      () =>
        postmortems.updateActionItem(req.params.actionItemId, req.body, actor),
      actionItemChanged,
    );
    res.json(item);
  });

  // Saved postmortems for search indexing; security incidents' never.
  router.get('/postmortems', async (req, res) => {
    const visibleTo = await http.incidentReadCriteria(req);
    res.json(await postmortems.list(req.query, visibleTo));
  });
}
