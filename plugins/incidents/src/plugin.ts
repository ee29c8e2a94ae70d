import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { incidentsApiRef, IncidentsClient } from './api';
import { entityContentRouteRef, rootRouteRef } from './routes';

/**
 * The incidents frontend plugin.
 *
 * @public
 */
export const incidentsPlugin = createPlugin({
  id: 'incidents',
  apis: [
    createApiFactory({
      api: incidentsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new IncidentsClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
  },
});

/**
 * The incidents page: every incident with filters at its mount point (`/incidents`) and
 * each incident's page below it (`/incidents/INC-42`). Entity tabs and cards link to
 * incident pages through it, so mount it in every app that uses the plugin.
 *
 * @public
 */
export const IncidentsPage = incidentsPlugin.provide(
  createRoutableExtension({
    name: 'IncidentsPage',
    component: () =>
      import('./components/IncidentsPage').then(m => m.IncidentsRouter),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The Incidents tab for entity pages (components, systems, APIs, resources): active
 * incidents, a Declare incident button, and the entity's past incidents.
 *
 * @public
 */
export const EntityIncidentsContent = incidentsPlugin.provide(
  createRoutableExtension({
    name: 'EntityIncidentsContent',
    component: () =>
      import('./components/EntityIncidentsContent').then(
        m => m.EntityIncidentsContent,
      ),
    mountPoint: entityContentRouteRef,
  }),
);

/**
 * A card for an entity's overview page with its active incidents.
 *
 * @public
 */
export const EntityActiveIncidentsCard = incidentsPlugin.provide(
  createComponentExtension({
    name: 'EntityActiveIncidentsCard',
    component: {
      lazy: () =>
        import('./components/EntityActiveIncidentsCard').then(
          m => m.EntityActiveIncidentsCard,
        ),
    },
  }),
);
