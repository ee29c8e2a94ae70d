/** The known-error database: its pages, the form, the entity tab, suggestions while declaring and the incident's panel. */
export * from './KnownErrorsRouter';
export * from './KnownErrorsListPage';
export * from './KnownErrorPage';
export * from './KnownErrorDialog';
export * from './KnownErrorsTable';
export * from './KnownErrorStatusChip';
export { KNOWN_ERROR_TIMELINE_RENDERERS } from './knownErrorTimelineRenderers';
export * from './KnownErrorList';
export * from './KnownErrorSuggestions';
export * from './IncidentKnownErrorsPanel';
export * from './EntityKnownErrorsContent';
export * from './EntityKnownErrorsCount';
export * from './KnownErrorPicker';
