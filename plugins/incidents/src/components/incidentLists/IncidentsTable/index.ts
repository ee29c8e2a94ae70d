export { IncidentsTable } from './IncidentsTable';
export type {
  IncidentsTableProps,
  IncidentsTableColumn,
} from './IncidentsTable';
