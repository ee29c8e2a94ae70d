export { IncidentNotFoundPage, IncidentPage } from './IncidentPage';
