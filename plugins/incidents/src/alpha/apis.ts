import {
  ApiBlueprint,
  ApiRef,
  discoveryApiRef,
  DiscoveryApi,
  fetchApiRef,
  FetchApi,
} from '@backstage/frontend-plugin-api';
import {
  incidentsApiRef,
  IncidentsClient,
  knownErrorsApiRef,
  KnownErrorsClient,
  postmortemsApiRef,
  PostmortemsClient,
} from '../api';

/** An API of the plugin, a client of the backend's `/api/incidents`. */
function backendApi<TApi>(
  api: ApiRef<TApi>,
  Client: new (options: {
    discoveryApi: DiscoveryApi;
    fetchApi: FetchApi;
  }) => TApi,
  name?: string,
) {
  return ApiBlueprint.make({
    name,
    params: defineParams =>
      defineParams({
        api,
        deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
        factory: ({ discoveryApi, fetchApi }) =>
          new Client({ discoveryApi, fetchApi }),
      }),
  });
}

/** The incidents API, through the backend's `/api/incidents`. */
export const incidentsApi = backendApi(incidentsApiRef, IncidentsClient);

/** The known-error database, through the same backend. */
export const knownErrorsApi = backendApi(
  knownErrorsApiRef,
  KnownErrorsClient,
  'known-errors',
);

/** Postmortems and action items, through the same backend. */
export const postmortemsApi = backendApi(
  postmortemsApiRef,
  PostmortemsClient,
  'postmortems',
);
