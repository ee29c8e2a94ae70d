export {
  IncidentFilters,
  NO_INCIDENT_FILTERS,
  toListQuery,
} from './IncidentFilters';
export type {
  IncidentFilterKind,
  IncidentFilterValues,
  IncidentFiltersProps,
} from './IncidentFilters';
