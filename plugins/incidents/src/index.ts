/**
 * Incident Response for Backstage: the frontend plugin.
 *
 * @packageDocumentation
 */

export {
  incidentsPlugin,
  IncidentsPage,
  EntityIncidentsContent,
  EntityActiveIncidentsCard,
  EntityTeamIncidentsContent,
} from './plugin';
export {
  rootRouteRef,
  incidentRouteRef,
  metricsRouteRef,
  entityContentRouteRef,
} from './routes';
export { incidentsTranslationRef } from './translation';
export { incidentsTranslations } from './translations';
export { isIncidentsAvailable } from './isIncidentsAvailable';
export { IncidentsSidebarItem } from './components/shared/IncidentsSidebarItem';
export { IncidentMetricsSidebarItem } from './components/shared/IncidentMetricsSidebarItem';
export * from './api';
