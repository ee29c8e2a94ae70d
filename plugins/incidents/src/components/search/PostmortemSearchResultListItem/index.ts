export { PostmortemSearchResultListItem } from './PostmortemSearchResultListItem';
export type { PostmortemSearchResultListItemProps } from './PostmortemSearchResultListItem';
