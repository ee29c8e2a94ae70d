export { IncidentDurationChart } from './IncidentDurationChart';
export type { IncidentDurationChartProps } from './IncidentDurationChart';
