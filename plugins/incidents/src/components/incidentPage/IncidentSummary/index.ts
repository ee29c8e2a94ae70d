export * from './IncidentSummary';
