/**
 * Incident Response for Backstage: the frontend plugin.
 *
 * @packageDocumentation
 */

export {
  incidentsPlugin,
  IncidentsPage,
  KnownErrorsPage,
  EntityIncidentsContent,
  EntityKnownErrorsContent,
  EntityActiveIncidentsCard,
  EntityTeamIncidentsContent,
  EntityActionItemsContent,
  EntityTeamActionItemsContent,
  IncidentSearchResultListItem,
  KnownErrorSearchResultListItem,
  PostmortemSearchResultListItem,
} from './plugin';
export type {
  IncidentSearchResultListItemProps,
  KnownErrorSearchResultListItemProps,
  PostmortemSearchResultListItemProps,
} from './components/search';
export type { IncidentsSearchResultItemProps } from './components/search/SearchResultLayout';
export {
  rootRouteRef,
  incidentRouteRef,
  incidentPostmortemRouteRef,
  metricsRouteRef,
  entityContentRouteRef,
  knownErrorsRouteRef,
  knownErrorRouteRef,
  entityKnownErrorsContentRouteRef,
  entityActionItemsContentRouteRef,
} from './routes';
export { incidentsTranslationRef } from './translation';
export { incidentsTranslations } from './translations';
export { isIncidentsAvailable } from './isIncidentsAvailable';
export { IncidentsSidebarItem } from './components/shared/IncidentsSidebarItem';
export { IncidentMetricsSidebarItem } from './components/shared/IncidentMetricsSidebarItem';
export { KnownErrorsSidebarItem } from './components/shared/KnownErrorsSidebarItem';
export * from './api';
