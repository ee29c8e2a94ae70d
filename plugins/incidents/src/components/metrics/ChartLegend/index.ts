export { ChartLegend } from './ChartLegend';
