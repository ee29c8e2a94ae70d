import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { createSearchResultListItemExtension } from '@backstage/plugin-search-react';
import {
  INCIDENT_SEARCH_TYPE,
  KNOWN_ERROR_SEARCH_TYPE,
  POSTMORTEM_SEARCH_TYPE,
} from '@incident-response/backstage-plugin-incidents-common';
import {
  incidentsApiRef,
  IncidentsClient,
  knownErrorsApiRef,
  KnownErrorsClient,
  postmortemsApiRef,
  PostmortemsClient,
} from './api';
import {
  entityActionItemsContentRouteRef,
  entityContentRouteRef,
  entityKnownErrorsContentRouteRef,
  knownErrorsRouteRef,
  metricsRouteRef,
  rootRouteRef,
} from './routes';

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
    createApiFactory({
      api: knownErrorsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new KnownErrorsClient({ discoveryApi, fetchApi }),
    }),
    createApiFactory({
      api: postmortemsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new PostmortemsClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
    metrics: metricsRouteRef,
    knownErrors: knownErrorsRouteRef,
  },
});

/**
 * The incidents page: every incident with filters at its mount point (`/incidents`), the
 * organisation's TTD/TTR metrics and action-item SLO (`/incidents/metrics`), each
 * incident's page (`/incidents/INC-42`) and its postmortem
 * (`/incidents/INC-42/postmortem`). Entity tabs and cards link to incident pages through it, so
 * mount it in every app that uses the plugin.
 *
 * @public
 */
export const IncidentsPage = incidentsPlugin.provide(
  createRoutableExtension({
    name: 'IncidentsPage',
    component: () =>
      import('./components/incidentLists/IncidentsRouter').then(
        m => m.IncidentsRouter,
      ),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The known-error database at its mount point (`/known-errors`): search, filters and
 * every known error with its status, workaround and recurrence, and each known error's
 * page (`/known-errors/KE-7`). Incident pages and the declare dialog link to known
 * errors through it, so mount it in every app that uses the plugin.
 *
 * @public
 */
export const KnownErrorsPage = incidentsPlugin.provide(
  createRoutableExtension({
    name: 'KnownErrorsPage',
    component: () =>
      import('./components/knownErrors/KnownErrorsRouter').then(
        m => m.KnownErrorsRouter,
      ),
    mountPoint: knownErrorsRouteRef,
  }),
);

/**
 * The Incidents tab for entity pages (components, systems, APIs, resources): how many
 * known errors affect the entity (linking to its Known errors tab, `known-errors` unless
 * `knownErrorsTabPath` says otherwise), active incidents, a Declare incident button, the entity's past incidents, and its time to
 * detect and time to recover (summary and charts).
 *
 * @public
 */
export const EntityIncidentsContent = incidentsPlugin.provide(
  createRoutableExtension({
    name: 'EntityIncidentsContent',
    component: () =>
      import('./components/incidentLists/EntityIncidentsContent').then(
        m => m.EntityIncidentsContent,
      ),
    mountPoint: entityContentRouteRef,
  }),
);

/**
 * The Known errors tab for entity pages (components, systems, APIs, resources): the
 * known errors recorded on the entity, whatever their status, and those of what it
 * depends on, what depends on it and the rest of its system, marked as such.
 *
 * @public
 */
export const EntityKnownErrorsContent = incidentsPlugin.provide(
  createRoutableExtension({
    name: 'EntityKnownErrorsContent',
    component: () =>
      import('./components/knownErrors/EntityKnownErrorsContent').then(
        m => m.EntityKnownErrorsContent,
      ),
    mountPoint: entityKnownErrorsContentRouteRef,
  }),
);

/**
 * The Action items tab for entity pages (components, systems, APIs, resources): the
 * action items of the postmortems of incidents on the entity, overdue first, with
 * filters by status, and how many were done by their due date, by owner team.
 *
 * @public
 */
export const EntityActionItemsContent = incidentsPlugin.provide(
  createRoutableExtension({
    name: 'EntityActionItemsContent',
    component: () =>
      import('./components/postmortems/EntityActionItemsContent').then(
        m => m.EntityActionItemsContent,
      ),
    mountPoint: entityActionItemsContentRouteRef,
  }),
);

/**
 * The Action items tab for group (team) pages: the action items the team owns, from
 * every postmortem, overdue first, with filters by status, and the team's action-item
 * SLO (done by the due date, open overdue, as a trend and by service).
 *
 * @public
 */
export const EntityTeamActionItemsContent = incidentsPlugin.provide(
  createComponentExtension({
    name: 'EntityTeamActionItemsContent',
    component: {
      lazy: () =>
        import('./components/postmortems/EntityTeamActionItemsContent').then(
          m => m.EntityTeamActionItemsContent,
        ),
    },
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
        import('./components/incidentLists/EntityActiveIncidentsCard').then(
          m => m.EntityActiveIncidentsCard,
        ),
    },
  }),
);

/**
 * The Incidents tab for group (team) pages: the active incidents on what the team owns,
 * the team's time to detect and time to recover across all of it (summary and charts),
 * and how many of its action items were done by their due date.
 *
 * @public
 */
export const EntityTeamIncidentsContent = incidentsPlugin.provide(
  createComponentExtension({
    name: 'EntityTeamIncidentsContent',
    component: {
      lazy: () =>
        import('./components/incidentLists/EntityTeamIncidentsContent').then(
          m => m.EntityTeamIncidentsContent,
        ),
    },
  }),
);

/**
 * An incident in the results of the search page (document type `incident`, from
 * `@incident-response/backstage-plugin-search-backend-module-incidents`): put it in the
 * page's `<SearchResult>` next to the other result items.
 *
 * @public
 */
export const IncidentSearchResultListItem = incidentsPlugin.provide(
  createSearchResultListItemExtension({
    name: 'IncidentSearchResultListItem',
    component: () =>
      import('./components/search').then(m => m.IncidentSearchResultListItem),
    predicate: result => result.type === INCIDENT_SEARCH_TYPE,
  }),
);

/**
 * A known error in the results of the search page (document type `known-error`).
 *
 * @public
 */
export const KnownErrorSearchResultListItem = incidentsPlugin.provide(
  createSearchResultListItemExtension({
    name: 'KnownErrorSearchResultListItem',
    component: () =>
      import('./components/search').then(m => m.KnownErrorSearchResultListItem),
    predicate: result => result.type === KNOWN_ERROR_SEARCH_TYPE,
  }),
);

/**
 * A postmortem in the results of the search page (document type `postmortem`).
 *
 * @public
 */
export const PostmortemSearchResultListItem = incidentsPlugin.provide(
  createSearchResultListItemExtension({
    name: 'PostmortemSearchResultListItem',
    component: () =>
      import('./components/search').then(m => m.PostmortemSearchResultListItem),
    predicate: result => result.type === POSTMORTEM_SEARCH_TYPE,
  }),
);
