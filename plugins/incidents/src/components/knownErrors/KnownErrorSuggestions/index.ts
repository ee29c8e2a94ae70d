export { KnownErrorSuggestions } from './KnownErrorSuggestions';
export type { KnownErrorSuggestionsProps } from './KnownErrorSuggestions';
