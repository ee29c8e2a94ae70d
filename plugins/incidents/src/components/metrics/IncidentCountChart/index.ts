export { IncidentCountChart } from './IncidentCountChart';
export type { IncidentCountChartProps } from './IncidentCountChart';
