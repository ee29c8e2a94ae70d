export { KnownErrorList } from './KnownErrorList';
export type { KnownErrorListItem, KnownErrorListProps } from './KnownErrorList';
