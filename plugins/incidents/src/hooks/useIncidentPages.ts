import { useApi } from '@backstage/core-plugin-api';
import {
  Incident,
  ListIncidentsQuery,
} from '@incident-response/backstage-plugin-incidents-common';
import { incidentsApiRef } from '../api';
import { KeysetPages, useKeysetPages } from './useKeysetPages';

/** One page of incidents and the keyset pagination around it. */
export type IncidentPages = KeysetPages<Incident>;

/**
 * Pages through `GET /incidents` with its cursors (see {@link useKeysetPages}). A new
 * query starts again at page 1.
 */
export function useIncidentPages(
  query: Omit<ListIncidentsQuery, 'cursor' | 'limit'>,
  pageSize: number,
): IncidentPages {
  const api = useApi(incidentsApiRef);
  return useKeysetPages(page => api.listIncidents(page), query, pageSize);
}
