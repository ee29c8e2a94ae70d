import {
  KnownError,
  knownErrorCreatePermission,
  knownErrorReadPermission,
  knownErrorUpdatePermission,
} from '@incident-response/backstage-plugin-incidents-common';
import { IncidentsApiRouter } from '../lib/http/apiRouter';
import { RouteHelpers } from '../lib/http/routeHelpers';
import { KnownErrorsService } from './KnownErrorsService';

const changed = (knownError: Pick<KnownError, 'id' | 'number'>) => ({
  knownErrorId: knownError.id,
  number: knownError.number,
});

/** The known-error database's routes. */
export function registerKnownErrorRoutes(
  router: IncidentsApiRouter,
  {
    knownErrors,
    http,
  }: { knownErrors: KnownErrorsService; http: RouteHelpers },
) {
  router.get('/known-errors', async (req, res) => {
    await http.authorize(req, knownErrorReadPermission);
    res.json(await knownErrors.list(req.query));
  });

  router.post('/known-errors', async (req, res) => {
    const actor = await http.actor(req, knownErrorCreatePermission);
    const knownError = await http.audited(
      req,
      'known-error-create',
      { incidentRefs: req.body.incidentRefs ?? [] },
      () => knownErrors.create(req.body, actor),
      changed,
    );
    res.status(201).json(knownError);
  });

  // Registered before /known-errors/:knownErrorId, which would take the path otherwise.
  router.get('/known-errors/suggestions', async (req, res) => {
    const credentials = await http.authorize(req, knownErrorReadPermission);
    res.json({ items: await knownErrors.suggest(req.query, credentials) });
  });

  router.get('/known-errors/:knownErrorId', async (req, res) => {
    await http.authorize(req, knownErrorReadPermission);
    res.json(await knownErrors.get(req.params.knownErrorId));
  });

  router.patch('/known-errors/:knownErrorId', async (req, res) => {
    const actor = await http.actor(req, knownErrorUpdatePermission);
    const knownError = await http.audited(
      req,
      'known-error-update',
      { knownError: req.params.knownErrorId, fields: Object.keys(req.body) },
      () => knownErrors.update(req.params.knownErrorId, req.body, actor),
      changed,
    );
    res.json(knownError);
  });
}
