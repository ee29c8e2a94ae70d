export { KnownErrorsTable } from './KnownErrorsTable';
export type {
  KnownErrorRow,
  KnownErrorsTableColumn,
  KnownErrorsTableProps,
} from './KnownErrorsTable';
