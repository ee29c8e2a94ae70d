export { MetricsSummary } from './MetricsSummary';
export type { MetricsSummaryProps } from './MetricsSummary';
