import { useApi } from '@backstage/core-plugin-api';
import {
  IncidentChangedSignal,
  INCIDENT_LIMITS,
  ListIncidentsQuery,
  ListIncidentsResponse,
  OPEN_INCIDENT_STATUSES,
} from '@incident-response/backstage-plugin-incidents-common';
import { useCallback } from 'react';
import { incidentsApiRef } from '../api';
import { useIncidentChanges } from './useIncidentChanges';
import { useReloadableAsync } from './useReloadableAsync';

/**
 * Whether a change signal is about an incident on `entityRef`, whatever the case of the
 * ref's parts; stable while `entityRef` is the same.
 */
export function useConcernsEntity(
  entityRef: string,
): (signal: IncidentChangedSignal) => boolean {
  return useCallback(
    (signal: IncidentChangedSignal) =>
      signal.entityRefs.some(
        ref =>
          ref.toLocaleLowerCase('en-US') ===
          entityRef.toLocaleLowerCase('en-US'),
      ),
    [entityRef],
  );
}

/**
 * The open (active or mitigated) incidents a filter selects (an entity's, or those on
 * what a team owns), as many as one page holds, loaded again whenever the backend
 * announces a change that `concerns` accepts.
 */
export function useOpenIncidents(
  filter: Pick<ListIncidentsQuery, 'entityRef' | 'ownerRef'>,
  concerns: (signal: IncidentChangedSignal) => boolean,
): {
  value?: ListIncidentsResponse;
  loading: boolean;
  error?: Error;
  reload: () => void;
} {
  const api = useApi(incidentsApiRef);
  const open = useReloadableAsync(
    () =>
      api.listIncidents({
        ...filter,
        status: [...OPEN_INCIDENT_STATUSES],
        limit: INCIDENT_LIMITS.pageSizeMax,
      }),
    [api, filter.entityRef, filter.ownerRef],
  );
  useIncidentChanges(concerns, open.reload);
  return open;
}

/** The open incidents on an entity, loaded again when a change names it. */
export function useActiveIncidents(entityRef: string) {
  return useOpenIncidents({ entityRef }, useConcernsEntity(entityRef));
}
