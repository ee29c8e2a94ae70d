/**
 * Search module of Incident Response for Backstage: indexes incidents, known errors and
 * postmortems for Backstage search.
 *
 * @packageDocumentation
 */

export { searchModuleIncidentsCollators as default } from './module';
export { IncidentCollatorFactory } from './collators/IncidentCollatorFactory';
export { KnownErrorCollatorFactory } from './collators/KnownErrorCollatorFactory';
export { PostmortemCollatorFactory } from './collators/PostmortemCollatorFactory';
export type { IncidentsSearchLocations } from './collators/documents';
