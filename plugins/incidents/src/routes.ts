import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

/**
 * The incidents page: every incident, with filters. Mount it at `/incidents`.
 *
 * @public
 */
export const rootRouteRef = createRouteRef({ id: 'incidents' });

/**
 * One incident's page, under the incidents page: `/incidents/INC-42` (or its id).
 *
 * @public
 */
export const incidentRouteRef = createSubRouteRef({
  id: 'incidents/incident',
  parent: rootRouteRef,
  path: '/:id',
});

/**
 * The Postmortem tab of an incident's page: `/incidents/INC-42/postmortem` (or its id).
 * The incident's page itself stays at {@link incidentRouteRef}.
 *
 * @public
 */
export const incidentPostmortemRouteRef = createSubRouteRef({
  id: 'incidents/incident-postmortem',
  parent: rootRouteRef,
  path: '/:id/postmortem',
});

/**
 * The organisation's incident metrics (time to detect and recover, with filters), under
 * the incidents page: `/incidents/metrics`. Incident ids are UUIDs and numbers are
 * `INC-n`, and the router shows an incident's page only for those, so the path never
 * names an incident.
 *
 * @public
 */
export const metricsRouteRef = createSubRouteRef({
  id: 'incidents/metrics',
  parent: rootRouteRef,
  path: '/metrics',
});

/**
 * The known-error database: every known error, with search and filters. Mount it at
 * `/known-errors`; incident pages, the declare dialog and the Known errors tab link to
 * known errors through it. Its own root, so known errors never compete with incidents.
 *
 * @public
 */
export const knownErrorsRouteRef = createRouteRef({
  id: 'incidents/known-errors',
});

/**
 * One known error's page, under the known errors page: `/known-errors/KE-7` (or its id).
 *
 * @public
 */
export const knownErrorRouteRef = createSubRouteRef({
  id: 'incidents/known-error',
  parent: knownErrorsRouteRef,
  path: '/:id',
});

/**
 * The Incidents tab of an entity page.
 *
 * @public
 */
export const entityContentRouteRef = createRouteRef({
  id: 'incidents/entity-content',
});

/**
 * The Known errors tab of an entity page.
 *
 * @public
 */
export const entityKnownErrorsContentRouteRef = createRouteRef({
  id: 'incidents/entity-known-errors',
});

/**
 * The Action items tab of an entity page.
 *
 * @public
 */
export const entityActionItemsContentRouteRef = createRouteRef({
  id: 'incidents/entity-action-items',
});
