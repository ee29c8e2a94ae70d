import {
  AuditorService,
  BackstageCredentials,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { JsonObject } from '@backstage/types';
import { BasicPermission } from '@backstage/plugin-permission-common';
import type { Request } from 'express';
import { withAuditEvent } from '../auditEvent';
import { Actor, IncidentsAuthorizer } from '../authorize';

// Handlers get requests typed by the OpenAPI spec; these helpers only read headers.
type AnyRequest = Request<any, any, any, any>;

/**
 * What every HTTP route composes: the caller's credentials, authorized by the shared
 * authorizer, and the shared audit event. Routes add nothing else.
 */
export type RouteHelpers = {
  authorize(
    req: AnyRequest,
    permission: BasicPermission,
  ): Promise<BackstageCredentials>;
  actor(req: AnyRequest, permission: BasicPermission): Promise<Actor>;
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
    async authorize(req, permission) {
      const caller = await credentials(req);
      await authorizer.authorize(caller, permission);
      return caller;
    },
    async actor(req, permission) {
      return authorizer.actor(await credentials(req), permission);
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
