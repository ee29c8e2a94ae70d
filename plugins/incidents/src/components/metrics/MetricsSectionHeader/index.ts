export { MetricsSectionHeader, useMetricsPeriod } from './MetricsSectionHeader';
export type { MetricsSectionHeaderProps } from './MetricsSectionHeader';
