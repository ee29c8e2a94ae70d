import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  ALLOWED_CLOCK_SKEW_MS,
  AppendTimelineEntryRequest,
  AssignRoleRequest,
  DeclareIncidentRequest,
  describeMilestoneProblem,
  findMilestoneProblems,
  INCIDENT_LIMITS,
  INCIDENT_ROLES,
  INCIDENT_STATUS_TRANSITIONS,
  IncidentDetails,
  IncidentMilestone,
  IncidentRole,
  IncidentsConfigResponse,
  ListIncidentsQuery,
  ListIncidentsResponse,
  MilestoneValues,
  parseIncidentNumber,
  RetryWorkspaceStepsRequest,
  TimelineEntry,
  TransitionIncidentRequest,
  UpdateIncidentRequest,
} from '@incident-response/backstage-plugin-incidents-common';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { createHash } from 'node:crypto';
import {
  IncidentFieldChanges,
  IncidentsStore,
  NewTimelineEntry,
} from '../database/IncidentsStore';
import { CatalogLookups, parseRequestEntityRef } from './catalogLookups';
import { IncidentWorkspace } from '../workspace/IncidentWorkspace';
import { DetailsChange } from '../workspace/WorkspacePlanner';
import { decodeCursor, encodeCursor } from './cursor';

/** The caller of a use case: credentials for catalog lookups, and who they are. */
export type Actor = {
  credentials: BackstageCredentials;
  userRef: string;
};

const UUID_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const EDITABLE_TEXT_FIELDS = [
  'title',
  'description',
  'summary',
  'impact',
] as const;

/** Milestones a PATCH may change only once the matching status change stamped them. */
const STATUS_STAMPED_MILESTONES = [
  'mitigatedAt',
  'resolvedAt',
  'closedAt',
] as const;

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(stableStringify).join(',')}]`;
  }
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map(k => `${JSON.stringify(k)}:${stableStringify((value as any)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function assertMilestonesInOrder(
  milestones: MilestoneValues,
  now: Date,
  field?: string,
) {
  const problems = findMilestoneProblems(milestones, { now });
  if (problems.length > 0) {
    const prefix = field ? `${field}: ` : '';
    throw new InputError(
      `${prefix}${problems.map(describeMilestoneProblem).join('; ')}`,
    );
  }
}

function nonEmpty(value: string, field: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) {
    throw new InputError(`${field} must not be empty`);
  }
  return trimmed;
}

function roleName(role: IncidentRole): string {
  return role.replace(/-/g, ' ');
}

/** The use cases of the incident core: declare, read, edit, change status, roles, timeline. */
export class IncidentsService {
  constructor(
    private readonly store: IncidentsStore,
    private readonly catalogLookups: CatalogLookups,
    private readonly config: IncidentsConfigResponse,
    /** Slack and Google Workspace steps; without it, changes plan none. */
    private readonly workspace?: IncidentWorkspace,
  ) {}

  getConfig(): IncidentsConfigResponse {
    return this.config;
  }

  private assertSeverity(severity: string): string {
    if (!this.config.severities.some(s => s.id === severity)) {
      throw new InputError(
        `severity: '${severity}' is not one of ${this.config.severities
          .map(s => s.id)
          .join(', ')}`,
      );
    }
    return severity;
  }

  async declare(
    request: DeclareIncidentRequest,
    actor: Actor,
    idempotencyKey?: string,
  ): Promise<{ incident: IncidentDetails; replayed: boolean }> {
    const title = nonEmpty(request.title, 'title');
    const severity = this.assertSeverity(request.severity);
    const mode = request.mode ?? 'live';
    const now = new Date();
    const nowIso = now.toISOString();

    let milestones: {
      impactStartedAt: string;
      detectedAt?: string;
      mitigatedAt?: string;
      resolvedAt?: string;
    };
    if (mode === 'live') {
      for (const field of ['mitigatedAt', 'resolvedAt'] as const) {
        if (request[field]) {
          throw new InputError(
            `${field}: a live incident reaches this milestone by a status change; declare it with mode 'retrospective' to record an incident that already ended`,
          );
        }
      }
      milestones = {
        impactStartedAt: request.impactStartedAt ?? nowIso,
        detectedAt: request.detectedAt ?? nowIso,
      };
    } else {
      if (!request.impactStartedAt) {
        throw new InputError(
          'impactStartedAt: a retrospective incident needs the time impact started',
        );
      }
      if (!request.resolvedAt) {
        throw new InputError(
          'resolvedAt: a retrospective incident needs the time impact ended',
        );
      }
      milestones = {
        impactStartedAt: request.impactStartedAt,
        detectedAt: request.detectedAt,
        mitigatedAt: request.mitigatedAt ?? request.resolvedAt,
        resolvedAt: request.resolvedAt,
      };
    }
    assertMilestonesInOrder(milestones, now);

    const { entityRefs, ownerRefs } =
      await this.catalogLookups.resolveAffectedEntities(
        request.entityRefs,
        actor.credentials,
      );
    const status = mode === 'live' ? 'active' : 'resolved';
    const initialRoles: IncidentRole[] = [
      'reporter',
      'incident-commander',
      'operations-lead',
    ];

    const declared = await this.store.declareIncident(
      {
        title,
        description: request.description?.trim() || undefined,
        severity,
        status,
        mode,
        security: request.security ?? false,
        drill: request.drill ?? false,
        entityRefs,
        ownerRefs,
        reporterRef: actor.userRef,
        declaredAt: nowIso,
        ...milestones,
        roles: initialRoles.map(role => ({
          role,
          userRef: actor.userRef,
          assignedByRef: actor.userRef,
        })),
        steps: this.workspace?.planDeclare({ mode }, actor.userRef) ?? [],
        timeline: [
          {
            kind: 'declared',
            automatic: true,
            authorRef: actor.userRef,
            occurredAt: nowIso,
            body:
              mode === 'live'
                ? `Declared a ${severity} incident affecting ${entityRefs.join(
                    ', ',
                  )}`
                : `Recorded a past ${severity} incident affecting ${entityRefs.join(
                    ', ',
                  )}`,
            data: {
              mode,
              severity,
              status,
              entityRefs,
              ownerRefs,
              roles: initialRoles,
            },
          },
        ],
      },
      idempotencyKey
        ? {
            actorRef: actor.userRef,
            key: idempotencyKey,
            requestHash: createHash('sha256')
              .update(stableStringify(request))
              .digest('hex'),
          }
        : undefined,
    );
    if (!declared.replayed) {
      // After the commit, and not awaited: the request never waits on Slack or Google.
      this.workspace?.kick();
    }
    return declared;
  }

  async get(reference: string): Promise<IncidentDetails> {
    const number = parseIncidentNumber(reference);
    let incident: IncidentDetails | undefined;
    if (number !== undefined) {
      incident = await this.store.getIncident({ number });
    } else if (UUID_PATTERN.test(reference)) {
      incident = await this.store.getIncident({ id: reference.toLowerCase() });
    }
    if (!incident) {
      throw new NotFoundError(`No incident ${reference}`);
    }
    return incident;
  }

  async list(query: ListIncidentsQuery): Promise<ListIncidentsResponse> {
    const after = query.cursor ? decodeCursor(query.cursor) : undefined;
    const page = await this.store.listIncidents({
      filter: {
        entityRef: query.entityRef
          ? stringifyEntityRef(
              parseRequestEntityRef(query.entityRef, 'entityRef'),
            )
          : undefined,
        ownerRef: query.ownerRef
          ? stringifyEntityRef(
              parseRequestEntityRef(query.ownerRef, 'ownerRef', 'group'),
            )
          : undefined,
        statuses: query.status,
        severities: query.severity,
        impactStartedFrom: query.from,
        impactStartedBefore: query.to,
        text: query.q?.trim() || undefined,
      },
      limit: query.limit ?? INCIDENT_LIMITS.pageSizeDefault,
      after,
      includeTotal: !after,
    });
    return {
      items: page.items,
      ...(page.totalItems !== undefined && { totalItems: page.totalItems }),
      ...(page.next && { nextCursor: encodeCursor(page.next) }),
    };
  }

  async update(
    reference: string,
    request: UpdateIncidentRequest,
    actor: Actor,
  ): Promise<IncidentDetails> {
    const { id } = await this.get(reference);
    if (request.severity !== undefined) {
      this.assertSeverity(request.severity);
    }
    const now = new Date();
    const { incident } = await this.store.mutateIncident(id, current => {
      const fields: IncidentFieldChanges = {};
      const timeline: NewTimelineEntry[] = [];
      const record = (
        entry: Omit<NewTimelineEntry, 'authorRef' | 'automatic'>,
      ) =>
        timeline.push({ ...entry, authorRef: actor.userRef, automatic: true });

      for (const field of EDITABLE_TEXT_FIELDS) {
        const requested = request[field];
        if (requested === undefined) {
          continue;
        }
        const value =
          field === 'title'
            ? nonEmpty(requested ?? '', 'title')
            : requested?.trim() || null;
        if (value !== current[field]) {
          fields[field] = value as string;
          record({
            kind: 'field-changed',
            body: `Changed the ${field}`,
            data: { field, from: current[field], to: value },
          });
        }
      }
      if (
        request.severity !== undefined &&
        request.severity !== current.severity
      ) {
        fields.severity = request.severity;
        record({
          kind: 'severity-changed',
          body: `Changed the severity from ${current.severity} to ${request.severity}`,
          data: { from: current.severity, to: request.severity },
        });
      }

      for (const field of STATUS_STAMPED_MILESTONES) {
        if (request[field] !== undefined && current[field] === null) {
          throw new InputError(
            `${field}: ${current.number} is ${current.status} and has no ${field} to edit; change its status instead`,
          );
        }
      }
      if (request.impactStartedAt === null) {
        throw new InputError('impactStartedAt must not be empty');
      }
      const milestoneFields: IncidentMilestone[] = [
        'impactStartedAt',
        'detectedAt',
        ...STATUS_STAMPED_MILESTONES,
      ];
      const merged: MilestoneValues = {
        impactStartedAt: current.impactStartedAt,
        detectedAt: current.detectedAt,
        mitigatedAt: current.mitigatedAt,
        resolvedAt: current.resolvedAt,
        closedAt: current.closedAt,
      };
      for (const field of milestoneFields) {
        const requested = request[field as keyof UpdateIncidentRequest] as
          | string
          | null
          | undefined;
        if (requested === undefined) {
          continue;
        }
        const value =
          requested === null ? null : new Date(requested).toISOString();
        merged[field] = value;
        if (value !== current[field]) {
          (fields as Record<string, string | null>)[field] = value;
          record({
            kind: 'milestone-changed',
            body: `Changed ${field} from ${current[field] ?? 'unset'} to ${
              value ?? 'unset'
            }`,
            data: { field, from: current[field], to: value },
          });
        }
      }
      assertMilestonesInOrder(merged, now);
      const shown: DetailsChange = {
        ...(fields.severity && {
          severity: { from: current.severity, to: fields.severity },
        }),
        ...(fields.title && {
          title: { from: current.title, to: fields.title },
        }),
      };
      return {
        fields,
        timeline,
        steps:
          shown.severity || shown.title
            ? this.workspace?.planDetailsChange(current, shown, actor.userRef)
            : undefined,
      };
    });
    this.workspace?.kick();
    return incident;
  }

  async transition(
    reference: string,
    request: TransitionIncidentRequest,
    actor: Actor,
  ): Promise<IncidentDetails> {
    const { id } = await this.get(reference);
    const now = new Date();
    const at = request.at
      ? new Date(request.at).toISOString()
      : now.toISOString();
    const { incident } = await this.store.mutateIncident(id, current => {
      const to = request.status;
      if (!INCIDENT_STATUS_TRANSITIONS[current.status].includes(to)) {
        const legal = INCIDENT_STATUS_TRANSITIONS[current.status];
        throw new ConflictError(
          `${current.number} is ${current.status}; it can ${
            legal.length > 0
              ? `become ${legal.join(' or ')}`
              : 'no longer change status'
          }, not ${to}`,
        );
      }
      const stamped: MilestoneValues = {};
      if (to === 'mitigated') {
        stamped.mitigatedAt = at;
      } else if (to === 'resolved') {
        stamped.resolvedAt = at;
        if (!current.mitigatedAt) {
          stamped.mitigatedAt = at;
        }
      } else if (to === 'closed') {
        stamped.closedAt = at;
      } else {
        // Reopening: the impact is back, so it has not been mitigated or resolved yet.
        stamped.mitigatedAt = null;
        stamped.resolvedAt = null;
      }
      assertMilestonesInOrder(
        {
          impactStartedAt: current.impactStartedAt,
          detectedAt: current.detectedAt,
          mitigatedAt: current.mitigatedAt,
          resolvedAt: current.resolvedAt,
          closedAt: current.closedAt,
          ...stamped,
        },
        now,
        'at',
      );
      return {
        fields: { status: to, ...(stamped as IncidentFieldChanges) },
        steps: this.workspace?.planStatusChange(
          current,
          { from: current.status, to, at },
          actor.userRef,
        ),
        timeline: [
          {
            kind: 'status-changed',
            automatic: true,
            authorRef: actor.userRef,
            occurredAt: at,
            body: `Changed the status from ${current.status} to ${to}`,
            data: { from: current.status, to, at },
          },
        ],
      };
    });
    this.workspace?.kick();
    return incident;
  }

  async assignRole(
    reference: string,
    role: string,
    request: AssignRoleRequest,
    actor: Actor,
  ): Promise<IncidentDetails> {
    if (!(INCIDENT_ROLES as readonly string[]).includes(role)) {
      throw new InputError(
        `role: '${role}' is not one of ${INCIDENT_ROLES.join(', ')}`,
      );
    }
    const incidentRole = role as IncidentRole;
    const { id } = await this.get(reference);
    const userRef = await this.catalogLookups.resolveUser(
      request.userRef,
      'userRef',
      actor.credentials,
    );
    const note = request.note?.trim() || undefined;
    const { incident } = await this.store.mutateIncident(id, current => {
      const holder = (r: IncidentRole) =>
        current.roles.find(a => a.role === r)?.userRef;
      const explicitHolder = holder(incidentRole);
      if (explicitHolder === userRef) {
        return { timeline: [] };
      }
      const previous = explicitHolder ?? holder('incident-commander');
      return {
        steps: this.workspace?.planRoleChange(
          current,
          {
            role: incidentRole,
            fromRef: previous ?? null,
            toRef: userRef,
            note: note ?? null,
          },
          actor.userRef,
        ),
        assignRole: {
          role: incidentRole,
          userRef,
          assignedByRef: actor.userRef,
          note,
        },
        timeline: [
          {
            kind: 'role-assigned',
            automatic: true,
            authorRef: actor.userRef,
            body: `${userRef} is now ${roleName(incidentRole)}${
              previous ? `, taking over from ${previous}` : ''
            }${note ? `\n\nHandoff note: ${note}` : ''}`,
            data: {
              role: incidentRole,
              from: previous ?? null,
              to: userRef,
              note: note ?? null,
            },
          },
        ],
      };
    });
    this.workspace?.kick();
    return incident;
  }

  /** Retries the incident's failed workspace steps (all, or those named). */
  async retrySteps(
    reference: string,
    request: RetryWorkspaceStepsRequest,
    actor: Actor,
  ): Promise<IncidentDetails> {
    const incident = await this.get(reference);
    if (!this.workspace) {
      throw new ConflictError(`${incident.number} has no workspace steps`);
    }
    await this.workspace.retry(incident, request, actor.userRef);
    return this.get(incident.id);
  }

  async getTimeline(reference: string): Promise<TimelineEntry[]> {
    const { id } = await this.get(reference);
    return this.store.getTimeline(id);
  }

  async appendTimelineEntry(
    reference: string,
    request: AppendTimelineEntryRequest,
    actor: Actor,
  ): Promise<{ entry: TimelineEntry; incident: IncidentDetails }> {
    const body = nonEmpty(request.body, 'body');
    const now = new Date();
    if (
      request.occurredAt &&
      Date.parse(request.occurredAt) > now.getTime() + ALLOWED_CLOCK_SKEW_MS
    ) {
      throw new InputError('occurredAt must not be in the future');
    }
    const { id } = await this.get(reference);
    const { incident, timeline } = await this.store.mutateIncident(id, () => ({
      timeline: [
        {
          kind: request.kind,
          body,
          authorRef: actor.userRef,
          automatic: false,
          occurredAt: request.occurredAt
            ? new Date(request.occurredAt).toISOString()
            : undefined,
          correctsId: request.correctsId,
        },
      ],
    }));
    return { entry: timeline[0], incident };
  }
}
