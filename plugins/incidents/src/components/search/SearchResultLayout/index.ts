export {
  entityName,
  field,
  ResultChip,
  SearchResultLayout,
} from './SearchResultLayout';
export type { IncidentsSearchResultItemProps } from './SearchResultLayout';
