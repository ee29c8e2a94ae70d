export { KnownErrorNotFoundPage, KnownErrorPage } from './KnownErrorPage';
