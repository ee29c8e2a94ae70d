import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';

/**
 * A query string (`?a=1&b=x&b=y`, or empty): arrays repeat their parameter, undefined and
 * empty values are left out.
 */
export function toSearch(query: object): string {
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

/** The method (GET by default), JSON body and extra headers of a backend call. */
export type BackendRequestInit = {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
};

/** One call to the incidents backend: JSON in and out, a `ResponseError` for any non-2xx. */
export type BackendRequest = <T>(
  path: string,
  init?: BackendRequestInit,
) => Promise<T>;

/**
 * Calls to the incidents backend (`/api/incidents`) through the app's fetch API, which
 * adds the user's credentials. Every client of the plugin makes its calls through one.
 */
export function createBackendRequest(options: {
  discoveryApi: DiscoveryApi;
  fetchApi: FetchApi;
}): BackendRequest {
  const { discoveryApi, fetchApi } = options;
  return async function request<T>(
    path: string,
    init?: BackendRequestInit,
  ): Promise<T> {
    const baseUrl = await discoveryApi.getBaseUrl('incidents');
    const response = await fetchApi.fetch(`${baseUrl}${path}`, {
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
  };
}
