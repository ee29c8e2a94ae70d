export { EntityIncidentsContent } from './EntityIncidentsContent';
export type { EntityIncidentsContentProps } from './EntityIncidentsContent';
