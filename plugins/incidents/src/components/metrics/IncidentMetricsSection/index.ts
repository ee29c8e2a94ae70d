export { IncidentMetricsSection } from './IncidentMetricsSection';
export type { IncidentMetricsSectionProps } from './IncidentMetricsSection';
