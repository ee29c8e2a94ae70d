/** One incident's page and its parts. */
export * from './IncidentPage';
