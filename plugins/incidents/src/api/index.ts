export { incidentsApiRef } from './IncidentsApi';
export type { IncidentsApi } from './IncidentsApi';
export { IncidentsClient } from './IncidentsClient';
export { knownErrorsApiRef } from './KnownErrorsApi';
export type { KnownErrorsApi } from './KnownErrorsApi';
export { KnownErrorsClient } from './KnownErrorsClient';
export { postmortemsApiRef } from './PostmortemsApi';
export type { PostmortemsApi } from './PostmortemsApi';
export { PostmortemsClient } from './PostmortemsClient';
