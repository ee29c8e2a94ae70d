export { IncidentsRouter } from './IncidentsPage';
export { IncidentsListPage } from './IncidentsListPage';
