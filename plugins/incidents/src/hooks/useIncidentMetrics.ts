import { useApi } from '@backstage/core-plugin-api';
import {
  IncidentMetrics,
  IncidentMetricsQuery,
} from '@incident-response/backstage-plugin-incidents-common';
import { incidentsApiRef } from '../api';
import { useReloadableAsync } from './useReloadableAsync';

/**
 * The metrics for a query, loaded again when the query changes or on `reload`; the
 * last metrics stay shown while the next ones load.
 */
export function useIncidentMetrics(query: IncidentMetricsQuery): {
  metrics?: IncidentMetrics;
  loading: boolean;
  error?: Error;
  reload: () => void;
} {
  const api = useApi(incidentsApiRef);
  // A new object with the same filters must not load again.
  const key = JSON.stringify(query);
  const state = useReloadableAsync(
    () => api.getMetrics(JSON.parse(key)),
    [api, key],
  );
  return {
    metrics: state.value,
    loading: state.loading,
    error: state.error,
    reload: state.reload,
  };
}
