export { KnownErrorSearchResultListItem } from './KnownErrorSearchResultListItem';
export type { KnownErrorSearchResultListItemProps } from './KnownErrorSearchResultListItem';
