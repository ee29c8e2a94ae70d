/** Time to detect and time to recover: the organisation's page and the entity/team section. */
export * from './IncidentMetricsPage';
export * from './IncidentMetricsSection';
export * from './ActionItemSlo';
export { preloadIncidentMetricsView } from './IncidentMetricsResult';
