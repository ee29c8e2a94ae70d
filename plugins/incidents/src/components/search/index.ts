/** Incidents, known errors and postmortems in the results of Backstage search. */
export * from './IncidentSearchResultListItem';
export * from './KnownErrorSearchResultListItem';
export * from './PostmortemSearchResultListItem';
