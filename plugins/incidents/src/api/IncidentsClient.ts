import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
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
import { IncidentsApi } from './IncidentsApi';

/**
 * A query string (`?a=1&b=x&b=y`, or empty): arrays repeat their parameter, undefined and
 * empty values are left out.
 */
function toSearch(query: object): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== '') {
        params.append(key, String(item));
      }
    }
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

/**
 * The default {@link IncidentsApi}: HTTP calls to the incidents backend.
 *
 * @public
 */
export class IncidentsClient implements IncidentsApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;
  /** The configuration does not change while the app runs; fetch it once. */
  private configRequest?: Promise<IncidentsConfigResponse>;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
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

  private async request<T>(
    path: string,
    init?: {
      method?: string;
      body?: unknown;
      headers?: Record<string, string>;
    },
  ): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('incidents');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, {
      method: init?.method ?? 'GET',
      headers: {
        ...(init?.body !== undefined && { 'Content-Type': 'application/json' }),
        ...init?.headers,
      },
      body: init?.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
