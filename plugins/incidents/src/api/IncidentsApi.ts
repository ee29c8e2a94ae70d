import { createApiRef } from '@backstage/core-plugin-api';
import {
  AppendTimelineEntryRequest,
  AssignRoleRequest,
  DeclareIncidentRequest,
  IncidentDetails,
  IncidentMetrics,
  IncidentMetricsQuery,
  IncidentsConfigResponse,
  ListIncidentsQuery,
  ListIncidentsResponse,
  RetryWorkspaceStepsRequest,
  TimelineEntry,
  TransitionIncidentRequest,
  UpdateIncidentRequest,
} from '@incident-response/backstage-plugin-incidents-common';

/**
 * The incidents backend, as the frontend uses it.
 *
 * @public
 */
export interface IncidentsApi {
  getConfig(): Promise<IncidentsConfigResponse>;
  listIncidents(query: ListIncidentsQuery): Promise<ListIncidentsResponse>;
  getIncident(reference: string): Promise<IncidentDetails>;
  /** `idempotencyKey` makes a retried declare return the incident the first one created. */
  declareIncident(
    request: DeclareIncidentRequest,
    options: { idempotencyKey: string },
  ): Promise<IncidentDetails>;
  updateIncident(
    reference: string,
    request: UpdateIncidentRequest,
  ): Promise<IncidentDetails>;
  transitionIncident(
    reference: string,
    request: TransitionIncidentRequest,
  ): Promise<IncidentDetails>;
  assignRole(
    reference: string,
    role: string,
    request: AssignRoleRequest,
  ): Promise<IncidentDetails>;
  getTimeline(reference: string): Promise<{ items: TimelineEntry[] }>;
  appendTimelineEntry(
    reference: string,
    request: AppendTimelineEntryRequest,
  ): Promise<TimelineEntry>;
  /**
   * Tries the incident's failed workspace steps again (all of them, or only `keys`);
   * pending ones waiting for a backoff are tried now. Answers the incident with its
   * steps as they are once the retry is queued; rejects (409) when nothing failed.
   */
  retryFailedSteps(
    reference: string,
    request?: RetryWorkspaceStepsRequest,
  ): Promise<IncidentDetails>;
  /**
   * Time to detect, mitigate, recover and declare for the incidents matching the
   * filters (drills left out): overall, by severity, per bucket and per incident.
   */
  getMetrics(query: IncidentMetricsQuery): Promise<IncidentMetrics>;
  /**
   * Records that a known error caused the incident (on its timeline and in the known
   * error's history); linking again changes nothing. Answers the incident with its
   * known errors.
   */
  linkKnownError(
    reference: string,
    knownErrorId: string,
  ): Promise<IncidentDetails>;
  /** Removes the link between the incident and a known error. */
  unlinkKnownError(
    reference: string,
    knownErrorId: string,
  ): Promise<IncidentDetails>;
}

/** @public */
export const incidentsApiRef = createApiRef<IncidentsApi>({
  id: 'plugin.incidents.service',
});
