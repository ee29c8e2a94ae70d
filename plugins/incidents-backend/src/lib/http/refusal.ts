import { ConflictError, InputError } from '@backstage/errors';
import { IncidentsRefusal } from '@incident-response/backstage-plugin-incidents-common';

/**
 * `error` with its reason and values attached. Backstage's error middleware serializes
 * an error's own properties into the response body, so the UI can word the refusal in
 * its reader's language; the English message stays for the API's other consumers.
 */
export function withRefusal<TError extends ConflictError | InputError>(
  error: TError,
  refusal: IncidentsRefusal,
): TError & IncidentsRefusal {
  return Object.assign(error, refusal);
}
