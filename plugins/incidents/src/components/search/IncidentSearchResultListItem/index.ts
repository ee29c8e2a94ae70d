export { IncidentSearchResultListItem } from './IncidentSearchResultListItem';
export type { IncidentSearchResultListItemProps } from './IncidentSearchResultListItem';
