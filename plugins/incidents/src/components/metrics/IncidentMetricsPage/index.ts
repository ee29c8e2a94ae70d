export { IncidentMetricsPage } from './IncidentMetricsPage';
