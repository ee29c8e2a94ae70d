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
  /** The known error a route is about, for its authorization (404 when hidden too). */
  const load = (reference: string) => () => knownErrors.get(reference);

  router.get('/known-errors', async (req, res) => {
    const visibleTo = await http.knownErrorReadCriteria(req);
    res.json(await knownErrors.list(req.query, visibleTo));
  });

  router.post('/known-errors', async (req, res) => {
    const actor = await http.actor(req, knownErrorCreatePermission);
    const knownError = await http.audited(
      req,
      'known-error-create',
      { incidentRefs: req.body.incidentRefs ?? [] },
      async () =>
        knownErrors.create(
          req.body,
          actor,
          await http.incidentReadCriteria(req),
        ),
      changed,
    );
    res.status(201).json(knownError);
  });

  // Registered before /known-errors/:knownErrorId, which would take the path otherwise.
  router.get('/known-errors/suggestions', async (req, res) => {
    const visibleTo = await http.knownErrorReadCriteria(req);
    const credentials = await http.credentials(req);
    res.json({
      items: await knownErrors.suggest(req.query, credentials, visibleTo),
    });
  });

  // The incidents it caused are those the caller may see; it is read once.
  router.get('/known-errors/:knownErrorId', async (req, res) => {
    const knownError = await knownErrors.get(
      req.params.knownErrorId,
      await http.incidentReadCriteria(req),
    );
    await http.authorizeKnownError(
      req,
      knownErrorReadPermission,
      async () => knownError,
    );
    res.json(knownError);
  });

  router.patch('/known-errors/:knownErrorId', async (req, res) => {
    const actor = await http.knownErrorActor(
      req,
      knownErrorUpdatePermission,
      load(req.params.knownErrorId),
    );
    const knownError = await http.audited(
      req,
      'known-error-update',
      { knownError: req.params.knownErrorId, fields: Object.keys(req.body) },
      () => knownErrors.update(req.params.knownErrorId, req.body, actor),
      changed,
    );
    res.json(
      await knownErrors.get(
        knownError.id,
        await http.incidentReadCriteria(req),
      ),
    );
  });
}
