export { KnownErrorsRouter } from './KnownErrorsRouter';
