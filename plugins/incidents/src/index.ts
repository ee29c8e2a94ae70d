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
} from './plugin';
export {
  rootRouteRef,
  incidentRouteRef,
  entityContentRouteRef,
} from './routes';
export { incidentsTranslationRef } from './translation';
export { incidentsTranslations } from './translations';
export { isIncidentsAvailable } from './isIncidentsAvailable';
export { IncidentsSidebarItem } from './components/IncidentsSidebarItem';
export * from './api';
