import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import {
  incidentsApiRef,
  IncidentsClient,
  knownErrorsApiRef,
  KnownErrorsClient,
  postmortemsApiRef,
  PostmortemsClient,
} from '../api';

/** The incidents API, through the backend's `/api/incidents`. */
export const incidentsApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: incidentsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new IncidentsClient({ discoveryApi, fetchApi }),
    }),
});

/** The known-error database, through the same backend. */
export const knownErrorsApi = ApiBlueprint.make({
  name: 'known-errors',
  params: defineParams =>
    defineParams({
      api: knownErrorsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new KnownErrorsClient({ discoveryApi, fetchApi }),
    }),
});

/** Postmortems and action items, through the same backend. */
export const postmortemsApi = ApiBlueprint.make({
  name: 'postmortems',
  params: defineParams =>
    defineParams({
      api: postmortemsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new PostmortemsClient({ discoveryApi, fetchApi }),
    }),
});
