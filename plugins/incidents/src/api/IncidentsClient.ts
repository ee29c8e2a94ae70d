import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
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
import {
  BackendRequest,
  createBackendRequest,
  toSearch,
} from './backendRequest';
import { IncidentsApi } from './IncidentsApi';

/**
 * The default {@link IncidentsApi}: HTTP calls to the incidents backend.
 *
 * @public
 */
export class IncidentsClient implements IncidentsApi {
  private readonly request: BackendRequest;
  /** The configuration does not change while the app runs; fetch it once. */
  private configRequest?: Promise<IncidentsConfigResponse>;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.request = createBackendRequest(options);
  }

  getConfig(): Promise<IncidentsConfigResponse> {
    if (!this.configRequest) {
      this.configRequest = this.request<IncidentsConfigResponse>('/config');
      // A failed request is not remembered, so the next caller tries again.
      this.configRequest.catch(() => {
        this.configRequest = undefined;
      });
    }
    return this.configRequest;
  }

  listIncidents(query: ListIncidentsQuery): Promise<ListIncidentsResponse> {
    return this.request(`/incidents${toSearch(query)}`);
  }

  getIncident(reference: string): Promise<IncidentDetails> {
    return this.request(`/incidents/${encodeURIComponent(reference)}`);
  }

  declareIncident(
    request: DeclareIncidentRequest,
    options: { idempotencyKey: string },
  ): Promise<IncidentDetails> {
    return this.request('/incidents', {
      method: 'POST',
      body: request,
      headers: { 'Idempotency-Key': options.idempotencyKey },
    });
  }

  updateIncident(
    reference: string,
    request: UpdateIncidentRequest,
  ): Promise<IncidentDetails> {
    return this.request(`/incidents/${encodeURIComponent(reference)}`, {
      method: 'PATCH',
      body: request,
    });
  }

  transitionIncident(
    reference: string,
    request: TransitionIncidentRequest,
  ): Promise<IncidentDetails> {
    return this.request(
      `/incidents/${encodeURIComponent(reference)}/transitions`,
      { method: 'POST', body: request },
    );
  }

  assignRole(
    reference: string,
    role: string,
    request: AssignRoleRequest,
  ): Promise<IncidentDetails> {
    return this.request(
      `/incidents/${encodeURIComponent(reference)}/roles/${encodeURIComponent(
        role,
      )}`,
      { method: 'PUT', body: request },
    );
  }

  getTimeline(reference: string): Promise<{ items: TimelineEntry[] }> {
    return this.request(`/incidents/${encodeURIComponent(reference)}/timeline`);
  }

  appendTimelineEntry(
    reference: string,
    request: AppendTimelineEntryRequest,
  ): Promise<TimelineEntry> {
    return this.request(
      `/incidents/${encodeURIComponent(reference)}/timeline`,
      { method: 'POST', body: request },
    );
  }

  retryFailedSteps(
    reference: string,
    request: RetryWorkspaceStepsRequest = {},
  ): Promise<IncidentDetails> {
    return this.request(
      `/incidents/${encodeURIComponent(reference)}/steps/retry`,
      { method: 'POST', body: request },
    );
  }

  getMetrics(query: IncidentMetricsQuery): Promise<IncidentMetrics> {
    return this.request(`/metrics${toSearch(query)}`);
  }

  linkKnownError(
    reference: string,
    knownErrorId: string,
  ): Promise<IncidentDetails> {
    return this.request(this.knownErrorLinkPath(reference, knownErrorId), {
      method: 'PUT',
    });
  }

  unlinkKnownError(
    reference: string,
    knownErrorId: string,
  ): Promise<IncidentDetails> {
    return this.request(this.knownErrorLinkPath(reference, knownErrorId), {
      method: 'DELETE',
    });
  }

  private knownErrorLinkPath(reference: string, knownErrorId: string): string {
    return `/incidents/${encodeURIComponent(
      reference,
    )}/known-errors/${encodeURIComponent(knownErrorId)}`;
  }
}
