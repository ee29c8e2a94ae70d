export { IncidentNotFoundPage, IncidentPage } from './IncidentPage';
export type { IncidentPageTab } from './IncidentPage';
