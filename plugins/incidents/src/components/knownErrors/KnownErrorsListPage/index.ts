export { KnownErrorsListPage } from './KnownErrorsListPage';
