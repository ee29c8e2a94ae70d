import { createApiRef } from '@backstage/core-plugin-api';
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

/**
 * The known-error database of the incidents backend, as the frontend uses it. Linking a
 * known error to an incident is a change to the incident: `IncidentsApi.linkKnownError`.
 *
 * @public
 */
export interface KnownErrorsApi {
  /**
   * One page of known errors: with `q`, those whose title, symptoms, root cause or
   * workaround contain every word (the last one may be unfinished), most relevant
   * first; without, the most recently seen first.
   */
  listKnownErrors(
    query: ListKnownErrorsQuery,
  ): Promise<ListKnownErrorsResponse>;
  /** One known error by id or number (`KE-7`), with its incidents and history. */
  getKnownError(reference: string): Promise<KnownErrorDetails>;
  /** Records a known error; with `incidentRefs`, linked to those incidents at once. */
  createKnownError(request: CreateKnownErrorRequest): Promise<KnownError>;
  /** Changes the given fields (null clears an optional one) or the status. */
  updateKnownError(
    reference: string,
    request: UpdateKnownErrorRequest,
  ): Promise<KnownErrorDetails>;
  /**
   * Known errors that may explain an incident on `entityRef` described by `text`, best
   * first, each with why it is suggested. Retired ones never are.
   */
  suggestKnownErrors(
    query: KnownErrorSuggestionsQuery,
  ): Promise<{ items: KnownErrorSuggestion[] }>;
}

/** @public */
export const knownErrorsApiRef = createApiRef<KnownErrorsApi>({
  id: 'plugin.incidents.known-errors',
});
