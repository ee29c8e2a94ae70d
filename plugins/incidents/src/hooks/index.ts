export {
  useActiveIncidents,
  useConcernsEntity,
  useOpenIncidents,
} from './useActiveIncidents';
export { useIncidentChanges, useKnownErrorChanges } from './useIncidentChanges';
export { useIncidentPresentation } from './useIncidentPresentation';
export type {
  IncidentPresentation,
  SeverityPresentation,
} from './useIncidentPresentation';
export { useIncidentsConfig } from './useIncidentsConfig';
export { useLanguage } from './useLanguage';
export { useNow } from './useNow';
export { useEntityOwners } from './useEntityOwners';
export { useIncidentPages } from './useIncidentPages';
export type { IncidentPages } from './useIncidentPages';
export { useKeysetPages } from './useKeysetPages';
export type { KeysetPage, KeysetPages } from './useKeysetPages';
export { useKnownErrorPages } from './useKnownErrorPages';
export { useReloadableAsync } from './useReloadableAsync';
export { useIncidentMetrics } from './useIncidentMetrics';
export { useMetricsFormat } from './useMetricsFormat';
export type { MetricsFormat } from './useMetricsFormat';
export { useUniqueId } from './useUniqueId';
export { useFieldForm } from './useFieldForm';
export { useAsyncAction } from './useAsyncAction';
export { useKeptValue } from './useKeptValue';
export { useActionItemPages, useActionItemSlo } from './useActionItems';
export { useErrorText } from './useErrorText';
