import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';

/** The incidents backend's base URL in the client tests. */
export const BACKEND_URL = 'http://backend/api/incidents';

/** A JSON response, as the backend sends it. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** A client of the incidents backend whose requests go through `fetch`. */
export function clientOver<TClient>(
  Client: new (options: {
    discoveryApi: DiscoveryApi;
    fetchApi: FetchApi;
  }) => TClient,
  fetch: jest.Mock,
): TClient {
  return new Client({
    discoveryApi: { getBaseUrl: async () => BACKEND_URL },
    fetchApi: { fetch },
  });
}
