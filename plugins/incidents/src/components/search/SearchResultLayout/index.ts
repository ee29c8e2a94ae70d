export {
  entityName,
  field,
  ResultChip,
  SearchResultLayout,
  SeverityResultChip,
} from './SearchResultLayout';
export type { IncidentsSearchResultItemProps } from './SearchResultLayout';
