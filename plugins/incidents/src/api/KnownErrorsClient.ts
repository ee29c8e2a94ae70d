import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import {
  CreateKnownErrorRequest,
  KnownError,
  KnownErrorDetails,
  KnownErrorSuggestion,
  KnownErrorSuggestionsQuery,
  ListKnownErrorsQuery,
  ListKnownErrorsResponse,
  UpdateKnownErrorRequest,
} from '@incident-response/backstage-plugin-incidents-common';
import {
  BackendRequest,
  createBackendRequest,
  toSearch,
} from './backendRequest';
import { KnownErrorsApi } from './KnownErrorsApi';

/**
 * The default {@link KnownErrorsApi}: HTTP calls to the incidents backend.
 *
 * @public
 */
export class KnownErrorsClient implements KnownErrorsApi {
  private readonly request: BackendRequest;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.request = createBackendRequest(options);
  }

  listKnownErrors(
    query: ListKnownErrorsQuery,
  ): Promise<ListKnownErrorsResponse> {
    return this.request(`/known-errors${toSearch(query)}`);
  }

  getKnownError(reference: string): Promise<KnownErrorDetails> {
    return this.request(`/known-errors/${encodeURIComponent(reference)}`);
  }

  createKnownError(request: CreateKnownErrorRequest): Promise<KnownError> {
    return this.request('/known-errors', { method: 'POST', body: request });
  }

  updateKnownError(
    reference: string,
    request: UpdateKnownErrorRequest,
  ): Promise<KnownErrorDetails> {
    return this.request(`/known-errors/${encodeURIComponent(reference)}`, {
      method: 'PATCH',
      body: request,
    });
  }

  suggestKnownErrors(
    query: KnownErrorSuggestionsQuery,
  ): Promise<{ items: KnownErrorSuggestion[] }> {
    return this.request(`/known-errors/suggestions${toSearch(query)}`);
  }
}
