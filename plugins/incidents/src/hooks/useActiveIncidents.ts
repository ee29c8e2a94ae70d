import { useApi } from '@backstage/core-plugin-api';
import {
  IncidentChangedSignal,
  INCIDENT_LIMITS,
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
 * The open (active or mitigated) incidents on an entity, as many as one page holds,
 * loaded again whenever the backend announces a change to an incident on it.
 */
export function useActiveIncidents(entityRef: string): {
  value?: ListIncidentsResponse;
  loading: boolean;
  error?: Error;
  reload: () => void;
} {
  const api = useApi(incidentsApiRef);
  const active = useReloadableAsync(
    () =>
      api.listIncidents({
        entityRef,
        status: [...OPEN_INCIDENT_STATUSES],
        limit: INCIDENT_LIMITS.pageSizeMax,
      }),
    [api, entityRef],
  );
  useIncidentChanges(useConcernsEntity(entityRef), active.reload);
  return active;
}
