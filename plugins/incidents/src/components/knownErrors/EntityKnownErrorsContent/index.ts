export { EntityKnownErrorsContent } from './EntityKnownErrorsContent';
