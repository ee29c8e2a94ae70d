export { EntityActiveIncidentsCard } from './EntityActiveIncidentsCard';
export type { EntityActiveIncidentsCardProps } from './EntityActiveIncidentsCard';
