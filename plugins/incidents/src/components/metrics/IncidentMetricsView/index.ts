export { IncidentMetricsView } from './IncidentMetricsView';
export type { IncidentMetricsViewProps } from './IncidentMetricsView';
