import { createApiRef } from '@backstage/core-plugin-api';
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

/**
 * Postmortems and their action items in the incidents backend, as the frontend uses
 * them. Editing a postmortem and its action items needs `incident.update`; approving
 * one, `postmortem.approve`.
 *
 * @public
 */
export interface PostmortemsApi {
  /**
   * The incident's postmortem (by the incident's id or number). Until it is first saved
   * it is a draft prefilled from the incident, with `updatedAt` null.
   */
  getPostmortem(incidentRef: string): Promise<Postmortem>;
  /**
   * Changes sections and marks timeline entries important. `updatedAt` is the version
   * the editor started from; when someone saved since, it rejects with a 409
   * (`ConflictError`) and nothing is written.
   */
  updatePostmortem(
    incidentRef: string,
    request: UpdatePostmortemRequest,
  ): Promise<Postmortem>;
  /** Submits for review, approves, or sends back to draft (with a comment). */
  transitionPostmortem(
    incidentRef: string,
    request: TransitionPostmortemRequest,
  ): Promise<Postmortem>;
  /** Adds an action item to the incident's postmortem (due in 8 weeks unless `dueOn`). */
  createActionItem(
    incidentRef: string,
    request: CreateActionItemRequest,
  ): Promise<ActionItem>;
  /** One page of action items, overdue first, then by due day. */
  listActionItems(
    query: ListActionItemsQuery,
  ): Promise<ListActionItemsResponse>;
  /**
   * Changes an action item. When it completes the last open item of its known error,
   * the answer says so (`knownErrorReadyToFix`).
   */
  updateActionItem(
    actionItemId: string,
    request: UpdateActionItemRequest,
  ): Promise<UpdatedActionItem>;
  /** How many action items were done by their due day: overall, per period, team and service. */
  getActionItemSlo(query: ActionItemSloQuery): Promise<ActionItemSlo>;
}

/** @public */
export const postmortemsApiRef = createApiRef<PostmortemsApi>({
  id: 'plugin.incidents.postmortems',
});
