import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  INCIDENT_LIMITS,
  KNOWN_ERROR_LIMITS,
  POSTMORTEM_LIMITS,
} from '@incident-response/backstage-plugin-incidents-common';

/** The largest page every list of the incidents API serves (`limit`). */
export const INCIDENTS_API_MAX_PAGE_SIZE = Math.min(
  INCIDENT_LIMITS.pageSizeMax,
  KNOWN_ERROR_LIMITS.pageSizeMax,
  POSTMORTEM_LIMITS.pageSizeMax,
);

/** How the collators reach the incidents plugin. */
export type IncidentsApiReaderOptions = {
  auth: AuthService;
  discovery: DiscoveryService;
  /** Items asked for per request; the API's maximum unless a test says otherwise. */
  pageSize?: number;
};

/**
 * Reads lists of the incidents plugin's REST API (`/api/incidents`) with the search
 * plugin's own service credentials, following the keyset pagination (`limit`, `cursor`,
 * `nextCursor`) until the last page. The incidents plugin lets a service principal read,
 * and never shows it a security incident.
 */
export class IncidentsApiReader {
  readonly #auth: AuthService;
  readonly #discovery: DiscoveryService;
  readonly #pageSize: number;

  constructor(options: IncidentsApiReaderOptions) {
    this.#auth = options.auth;
    this.#discovery = options.discovery;
    this.#pageSize = options.pageSize ?? INCIDENTS_API_MAX_PAGE_SIZE;
  }

  /** Every item of a list (`/incidents`, `/known-errors`, `/postmortems`), page by page. */
  async *list<T>(path: string): AsyncGenerator<T> {
    const baseUrl = await this.#discovery.getBaseUrl('incidents');
    let cursor: string | undefined;
    do {
      const url = new URL(`${baseUrl}${path}`);
      url.searchParams.set('limit', String(this.#pageSize));
      if (cursor) {
        url.searchParams.set('cursor', cursor);
      }
      // A token per page: a long collation outlives none of them.
      const { token } = await this.#auth.getPluginRequestToken({
        onBehalfOf: await this.#auth.getOwnServiceCredentials(),
        targetPluginId: 'incidents',
      });
      const response = await fetch(url, {
        headers: { Authorization: `Bearer ${token}` },
      });
      if (!response.ok) {
        throw await ResponseError.fromResponse(response);
      }
      const page = (await response.json()) as {
        items: T[];
        nextCursor?: string;
      };
      yield* page.items;
      cursor = page.nextCursor;
    } while (cursor);
  }
}
