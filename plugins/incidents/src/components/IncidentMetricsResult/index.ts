export { IncidentMetricsResult } from './IncidentMetricsResult';
