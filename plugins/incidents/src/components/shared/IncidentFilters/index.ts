export {
  IncidentFilters,
  NO_INCIDENT_FILTERS,
  toListQuery,
} from './IncidentFilters';
export {
  filtersFromSearchParams,
  filtersToSearchParams,
  useIncidentFiltersInUrl,
} from './filtersInUrl';
export type {
  IncidentFilterKind,
  IncidentFilterValues,
  IncidentFiltersProps,
} from './IncidentFilters';
