import {
  AuditorService,
  BackstageCredentials,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { JsonObject } from '@backstage/types';
import {
  BasicPermission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import {
  INCIDENT_RESOURCE_TYPE,
  KNOWN_ERROR_RESOURCE_TYPE,
} from '@incident-response/backstage-plugin-incidents-common';
import type { Request } from 'express';
import { withAuditEvent } from '../auditEvent';
import { Actor, IncidentsAuthorizer } from '../authorize';
import { IncidentAccessFacts, IncidentCriteria } from '../incidentAccess';
import { KnownErrorAccessFacts, KnownErrorCriteria } from '../knownErrorAccess';

type IncidentPermission = ResourcePermission<typeof INCIDENT_RESOURCE_TYPE>;
type LoadIncident = () => Promise<IncidentAccessFacts>;
type KnownErrorPermission = ResourcePermission<
  typeof KNOWN_ERROR_RESOURCE_TYPE
>;
type LoadKnownError = () => Promise<KnownErrorAccessFacts>;

// Handlers get requests typed by the OpenAPI spec; these helpers only read headers.
type AnyRequest = Request<any, any, any, any>;

/**
 * What every HTTP route composes: the caller's credentials, authorized by the shared
 * authorizer, and the shared audit event. Routes add nothing else.
 */
export type RouteHelpers = {
  /** The caller's credentials, for use cases that look things up on their behalf. */
  credentials(req: AnyRequest): Promise<BackstageCredentials>;
  authorize(
    req: AnyRequest,
    permission: BasicPermission,
  ): Promise<BackstageCredentials>;
  actor(req: AnyRequest, permission: BasicPermission): Promise<Actor>;
  /** The incidents the caller may read, for the stores; 403 when none. */
  incidentReadCriteria(req: AnyRequest): Promise<IncidentCriteria | undefined>;
  /** `permission` on the incident `load` reads: 404 when the caller may not see it. */
  authorizeIncident(
    req: AnyRequest,
    permission: IncidentPermission,
    load: LoadIncident,
  ): Promise<void>;
  /** Authorizes a change of the incident `load` reads and says who makes it. */
  incidentActor(
    req: AnyRequest,
    permission: IncidentPermission,
    load: LoadIncident,
  ): Promise<Actor>;
  /** The known errors the caller may read, for the stores; 403 when none. */
  knownErrorReadCriteria(
    req: AnyRequest,
  ): Promise<KnownErrorCriteria | undefined>;
  /** `permission` on the known error `load` reads: 404 when the caller may not see it. */
  authorizeKnownError(
    req: AnyRequest,
    permission: KnownErrorPermission,
    load: LoadKnownError,
  ): Promise<void>;
  /** Authorizes a change of the known error `load` reads and says who makes it. */
  knownErrorActor(
    req: AnyRequest,
    permission: KnownErrorPermission,
    load: LoadKnownError,
  ): Promise<Actor>;
  audited<T>(
    req: AnyRequest,
    eventId: string,
    meta: JsonObject,
    change: () => Promise<T>,
    resultMeta?: (result: T) => JsonObject,
  ): Promise<T>;
};

export function createRouteHelpers(deps: {
  httpAuth: HttpAuthService;
  authorizer: IncidentsAuthorizer;
  auditor: AuditorService;
}): RouteHelpers {
  const { httpAuth, authorizer, auditor } = deps;
  const credentials = (req: AnyRequest) =>
    httpAuth.credentials(req, { allow: ['user', 'service'] });
  return {
    credentials,
    async authorize(req, permission) {
      const caller = await credentials(req);
      await authorizer.authorize(caller, permission);
      return caller;
    },
    async actor(req, permission) {
      return authorizer.actor(await credentials(req), permission);
    },
    async incidentReadCriteria(req) {
      return authorizer.incidentReadCriteria(await credentials(req));
    },
    async authorizeIncident(req, permission, load) {
      const caller = await credentials(req);
      await authorizer.authorizeIncident(caller, permission, await load());
    },
    async incidentActor(req, permission, load) {
      const caller = await credentials(req);
      return authorizer.incidentActor(caller, permission, await load());
    },
    async knownErrorReadCriteria(req) {
      return authorizer.knownErrorReadCriteria(await credentials(req));
    },
    async authorizeKnownError(req, permission, load) {
      const caller = await credentials(req);
      await authorizer.authorizeKnownError(caller, permission, await load());
    },
    async knownErrorActor(req, permission, load) {
      const caller = await credentials(req);
      return authorizer.knownErrorActor(caller, permission, await load());
    },
    audited(req, eventId, meta, change, resultMeta) {
      return withAuditEvent(
        auditor,
        { eventId, request: req, meta, resultMeta },
        change,
      );
    },
  };
}
