export {
  IncidentMetricsResult,
  preloadIncidentMetricsView,
} from './IncidentMetricsResult';
