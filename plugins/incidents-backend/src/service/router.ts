import {
  AuditorService,
  BackstageCredentials,
  HttpAuthService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import { JsonObject } from '@backstage/types';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import { SignalsService } from '@backstage/plugin-signals-node';
import {
  incidentCreatePermission,
  IncidentDetails,
  incidentReadPermission,
  incidentStepsRetryPermission,
  incidentUpdatePermission,
} from '@incident-response/backstage-plugin-incidents-common';
import express, { Request, RequestHandler } from 'express';
import { createOpenApiRouter, spec } from '../schema/openapi/generated/router';
import { publishIncidentChanged } from './publishIncidentChanged';
import { rejectUnknownFields } from './rejectUnknownFields';
import { Actor, IncidentsService } from './IncidentsService';
import { IncidentMetricsService } from './IncidentMetricsService';

export type RouterOptions = {
  incidents: IncidentsService;
  metrics: IncidentMetricsService;
  httpAuth: HttpAuthService;
  userInfo: UserInfoService;
  permissions: PermissionsService;
  auditor: AuditorService;
  signals: SignalsService;
};

const jsonBodyParser = express.json({ limit: '1mb' });

/** Parses JSON bodies; a syntax error becomes an InputError that says what is wrong. */
const parseJsonBody: RequestHandler = (req, res, next) => {
  jsonBodyParser(req, res, error => {
    if (error?.type === 'entity.parse.failed') {
      next(
        new InputError(`The request body is not valid JSON: ${error.message}`),
      );
    } else {
      next(error);
    }
  });
};

// Handlers get requests typed by the OpenAPI spec; these helpers only read headers.
type AnyRequest = Request<any, any, any, any>;

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const {
    incidents,
    metrics,
    httpAuth,
    userInfo,
    permissions,
    auditor,
    signals,
  } = options;
  const router = await createOpenApiRouter({
    middleware: [parseJsonBody, rejectUnknownFields(spec)],
  });

  async function authorize(
    req: AnyRequest,
    permission: BasicPermission,
  ): Promise<BackstageCredentials> {
    const credentials = await httpAuth.credentials(req, {
      allow:
        permission === incidentReadPermission ? ['user', 'service'] : ['user'],
    });
    const [decision] = await permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`Not allowed: ${permission.name}`);
    }
    return credentials;
  }

  async function actorFor(
    req: AnyRequest,
    permission: BasicPermission,
  ): Promise<Actor> {
    const credentials = await authorize(req, permission);
    const { userEntityRef } = await userInfo.getUserInfo(credentials);
    return { credentials, userRef: userEntityRef };
  }

  /** Runs a change as an audited event and announces the changed incident. */
  async function audited<T>(
    req: AnyRequest,
    eventId: string,
    meta: JsonObject,
    change: () => Promise<T>,
    changedIncident: (result: T) => IncidentDetails | undefined,
  ): Promise<T> {
    const event = await auditor.createEvent({
      eventId,
      severityLevel: 'medium',
      request: req,
      meta,
    });
    try {
      const result = await change();
      const incident = changedIncident(result);
      await event.success({
        meta: incident
          ? { incidentId: incident.id, number: incident.number }
          : {},
      });
      if (incident) {
        await publishIncidentChanged(signals, incident);
      }
      return result;
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  }

  router.get('/health', async (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/config', async (req, res) => {
    await authorize(req, incidentReadPermission);
    res.json(incidents.getConfig());
  });

  // declare
  router.post('/incidents', async (req, res) => {
    const actor = await actorFor(req, incidentCreatePermission);
    const idempotencyKey = req.header('Idempotency-Key') || undefined;
    const { incident } = await audited(
      req,
      'incident-declare',
      { idempotencyKey: idempotencyKey ?? null },
      () => incidents.declare(req.body, actor, idempotencyKey),
      result => (result.replayed ? undefined : result.incident),
    );
    res.status(201).json(incident);
  });

  // list
  router.get('/incidents', async (req, res) => {
    await authorize(req, incidentReadPermission);
    res.json(await incidents.list(req.query));
  });

  // one incident, by id or number
  router.get('/incidents/:id', async (req, res) => {
    await authorize(req, incidentReadPermission);
    res.json(await incidents.get(req.params.id));
  });

  // edit fields and milestones
  router.patch('/incidents/:id', async (req, res) => {
    const actor = await actorFor(req, incidentUpdatePermission);
    const incident = await audited(
      req,
      'incident-update',
      { incident: req.params.id, fields: Object.keys(req.body) },
      () => incidents.update(req.params.id, req.body, actor),
      result => result,
    );
    res.json(incident);
  });

  // change status
  router.post('/incidents/:id/transitions', async (req, res) => {
    const actor = await actorFor(req, incidentUpdatePermission);
    const incident = await audited(
      req,
      'incident-transition',
      { incident: req.params.id, status: req.body.status },
      () => incidents.transition(req.params.id, req.body, actor),
      result => result,
    );
    res.json(incident);
  });

  // assign or hand over a role
  router.put('/incidents/:id/roles/:role', async (req, res) => {
    const actor = await actorFor(req, incidentUpdatePermission);
    const incident = await audited(
      req,
      'incident-role-assign',
      { incident: req.params.id, role: req.params.role },
      () =>
        incidents.assignRole(req.params.id, req.params.role, req.body, actor),
      result => result,
    );
    res.json(incident);
  });

  // TTD/TTR aggregates and points
  router.get('/metrics', async (req, res) => {
    await authorize(req, incidentReadPermission);
    res.json(await metrics.getMetrics(req.query));
  });

  // read the timeline
  router.get('/incidents/:id/timeline', async (req, res) => {
    await authorize(req, incidentReadPermission);
    res.json({ items: await incidents.getTimeline(req.params.id) });
  });

  // append to the timeline
  router.post('/incidents/:id/timeline', async (req, res) => {
    const actor = await actorFor(req, incidentUpdatePermission);
    const { entry } = await audited(
      req,
      'incident-timeline-append',
      { incident: req.params.id, kind: req.body.kind },
      () => incidents.appendTimelineEntry(req.params.id, req.body, actor),
      result => result.incident,
    );
    res.status(201).json(entry);
  });

  // retry failed workspace steps (Slack, Google)
  router.post('/incidents/:id/steps/retry', async (req, res) => {
    const actor = await actorFor(req, incidentStepsRetryPermission);
    const body = req.body ?? {};
    const incident = await audited(
      req,
      'incident-steps-retry',
      { incident: req.params.id, keys: body.keys ?? null },
      () => incidents.retrySteps(req.params.id, body, actor),
      result => result,
    );
    res.json(incident);
  });

  return router;
}
