import type { ApiRouter } from '@backstage/backend-openapi-utils';
import type { spec } from '../../schema/openapi/generated/router';

/** The router generated from the OpenAPI spec; each domain registers its routes on it. */
export type IncidentsApiRouter = ApiRouter<typeof spec>;
