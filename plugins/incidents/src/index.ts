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
} from './plugin';
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
