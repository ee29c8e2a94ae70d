export { ChartCard, STATIC_CHART } from './ChartCard';
export type { ChartCardProps } from './ChartCard';
export { DataTable } from './DataTable';
export type { DataTableColumn, DataTableProps } from './DataTable';
export { chartColors } from './chartColors';
