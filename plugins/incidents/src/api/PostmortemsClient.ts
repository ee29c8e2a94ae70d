import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import {
  ActionItem,
  ActionItemSlo,
  ActionItemSloQuery,
  CreateActionItemRequest,
  ListActionItemsQuery,
  ListActionItemsResponse,
  Postmortem,
  TransitionPostmortemRequest,
  UpdateActionItemRequest,
  UpdatedActionItem,
  UpdatePostmortemRequest,
} from '@incident-response/backstage-plugin-incidents-common';
import {
  BackendRequest,
  createBackendRequest,
  toSearch,
} from './backendRequest';
import { PostmortemsApi } from './PostmortemsApi';

/**
 * The default {@link PostmortemsApi}: HTTP calls to the incidents backend.
 *
 * @public
 */
export class PostmortemsClient implements PostmortemsApi {
  private readonly request: BackendRequest;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.request = createBackendRequest(options);
  }

  getPostmortem(incidentRef: string): Promise<Postmortem> {
    return this.request(this.postmortemPath(incidentRef));
  }

  updatePostmortem(
    incidentRef: string,
    request: UpdatePostmortemRequest,
  ): Promise<Postmortem> {
    return this.request(this.postmortemPath(incidentRef), {
      method: 'PATCH',
      body: request,
    });
  }

  transitionPostmortem(
    incidentRef: string,
    request: TransitionPostmortemRequest,
  ): Promise<Postmortem> {
    return this.request(`${this.postmortemPath(incidentRef)}/transitions`, {
      method: 'POST',
      body: request,
    });
  }

  createActionItem(
    incidentRef: string,
    request: CreateActionItemRequest,
  ): Promise<ActionItem> {
    return this.request(
      `/incidents/${encodeURIComponent(incidentRef)}/action-items`,
      { method: 'POST', body: request },
    );
  }

  listActionItems(
    query: ListActionItemsQuery,
  ): Promise<ListActionItemsResponse> {
    return this.request(`/action-items${toSearch(query)}`);
  }

  updateActionItem(
    actionItemId: string,
    request: UpdateActionItemRequest,
  ): Promise<UpdatedActionItem> {
    return this.request(`/action-items/${encodeURIComponent(actionItemId)}`, {
      method: 'PATCH',
      body: request,
    });
  }

  getActionItemSlo(query: ActionItemSloQuery): Promise<ActionItemSlo> {
    return this.request(`/action-items/slo${toSearch(query)}`);
  }

  private postmortemPath(incidentRef: string): string {
    return `/incidents/${encodeURIComponent(incidentRef)}/postmortem`;
  }
}
