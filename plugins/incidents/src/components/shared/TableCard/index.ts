export { TableCard } from './TableCard';
export type { TableCardProps } from './TableCard';
