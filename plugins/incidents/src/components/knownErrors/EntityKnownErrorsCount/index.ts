export { EntityKnownErrorsCount } from './EntityKnownErrorsCount';
export type { EntityKnownErrorsCountProps } from './EntityKnownErrorsCount';
