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
 * The Incidents tab of an entity page.
 *
 * @public
 */
export const entityContentRouteRef = createRouteRef({
  id: 'incidents/entity-content',
});
