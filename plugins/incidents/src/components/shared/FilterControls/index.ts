export {
  EntityFilter,
  FilterBar,
  MultiSelectFilter,
  SEARCH_DEBOUNCE_MS,
  SearchFilter,
  useDebouncedSearch,
} from './FilterControls';
