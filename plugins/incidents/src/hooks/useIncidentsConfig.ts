import { useApi } from '@backstage/core-plugin-api';
import { IncidentsConfigResponse } from '@incident-response/backstage-plugin-incidents-common';
import useAsync from 'react-use/esm/useAsync';
import { incidentsApiRef } from '../api';

/** The installation's severities, roles and statuses (fetched once per page load). */
export function useIncidentsConfig(): {
  config?: IncidentsConfigResponse;
  loading: boolean;
  error?: Error;
} {
  const api = useApi(incidentsApiRef);
  const { value, loading, error } = useAsync(() => api.getConfig(), [api]);
  return { config: value, loading, error };
}
