import { LoggerService } from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotFoundError,
  stringifyError,
} from '@backstage/errors';
import { withRefusal } from '../lib/http/refusal';
import {
  ALLOWED_CLOCK_SKEW_MS,
  AppendTimelineEntryRequest,
  AssignRoleRequest,
  DECLARER_ROLES,
  DeclareIncidentRequest,
  describeMilestoneProblem,
  EditableIncidentField,
  findMilestoneProblems,
  INCIDENT_LIMITS,
  INCIDENT_ROLE_NAMES,
  INCIDENT_ROLES,
  INCIDENT_STATUS_TRANSITIONS,
  IncidentChange,
  IncidentDetails,
  IncidentMilestone,
  IncidentRole,
  IncidentsConfigResponse,
  isOneOf,
  ListIncidentsQuery,
  ListIncidentsResponse,
  MilestoneValues,
  roleHolder,
  TimelineEntry,
  TransitionIncidentRequest,
  UpdateIncidentRequest,
} from '@incident-response/backstage-plugin-incidents-common';
import { createHash } from 'node:crypto';
import { CatalogLookups } from '../catalog/CatalogLookups';
import { NewTimelineEntry } from '../database/timeline';
import { KnownErrorsService } from '../knownErrors/KnownErrorsService';
import { Actor } from '../lib/authorize';
import {
  decodeCursor,
  isCursorInteger,
  isCursorMillis,
  keysetResponse,
} from '../lib/http/cursor';
import { parseScopeFilter } from '../lib/http/parseEntityRefs';
import { IncidentChangeListeners } from '../lib/changeListeners';
import {
  accessFactsOf,
  IncidentAccessFacts,
  IncidentCriteria,
} from '../lib/incidentAccess';
import {
  nonEmpty,
  requestInstant,
  requestTimeRange,
} from '../lib/text/requestText';
import { getIncidentByReference } from './incidentReference';
import { IncidentReactions } from './IncidentReactions';
import { StatusChangeGuard } from './StatusChangeGuard';
import {
  IncidentFieldChanges,
  IncidentListPosition,
  IncidentsStore,
} from './IncidentsStore';

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

function parseListPosition(
  values: unknown[],
): IncidentListPosition | undefined {
  const [impactStartedAt, number] = values;
  return typeof impactStartedAt === 'string' &&
    isCursorMillis(Date.parse(impactStartedAt)) &&
    isCursorInteger(number)
    ? { impactStartedAt, number: number as number }
    : undefined;
}

/**
 * The use cases of the incident core: declare, read, edit, change status, roles,
 * timeline. Every entry point (HTTP, Slack, scheduled tasks) calls these after
 * authorizing its caller; each change is planned with the reactions in its own
 * transaction, and the listeners hear of it once it has committed.
 */
export class IncidentsService {
  constructor(
    private readonly deps: {
      store: IncidentsStore;
      catalogLookups: CatalogLookups;
      config: IncidentsConfigResponse;
      reactions: IncidentReactions;
      listeners: IncidentChangeListeners;
      knownErrors: KnownErrorsService;
      /** Rules of other domains on status changes (the postmortem close gate). */
      statusGuards: StatusChangeGuard[];
      logger: LoggerService;
    },
  ) {}

  getConfig(): IncidentsConfigResponse {
    return this.deps.config;
  }

  /** After a commit: start the planned steps (not awaited), then tell the listeners. */
  private async committed(
    incident: IncidentDetails,
    actor: Actor,
    change?: IncidentChange,
  ): Promise<IncidentDetails> {
    this.deps.reactions.afterCommit();
    await this.deps.listeners.notify({
      incident,
      change,
      actorRef: actor.userRef,
    });
    return incident;
  }

  private assertSeverity(severity: string): string {
    if (!this.deps.config.severities.some(s => s.id === severity)) {
      throw new InputError(
        `severity: '${severity}' is not one of ${this.deps.config.severities
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
    // Declaring needs no more than what is wrong (OPG process): the severity may be
    // assessed later.
    const severity =
      request.severity === undefined || request.severity === null
        ? null
        : this.assertSeverity(request.severity);
    const mode = request.mode ?? 'live';
    const now = new Date();
    const nowIso = now.toISOString();

    // Refused with the field's name, before the order of the milestones is checked.
    for (const field of [
      'impactStartedAt',
      'detectedAt',
      'mitigatedAt',
      'resolvedAt',
    ] as const) {
      const value = request[field];
      if (value) {
        requestInstant(value, field);
      }
    }
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
      await this.deps.catalogLookups.resolveAffectedEntities(
        request.entityRefs,
        actor.credentials,
      );
    const status = mode === 'live' ? 'active' : 'resolved';
    const linked = await this.resolveKnownErrors(request.knownErrorIds ?? []);
    const suggested =
      mode === 'live'
        ? await this.strongSuggestions(request, entityRefs[0], actor, linked)
        : [];
    const change: IncidentChange = {
      type: 'declared',
      mode,
      knownErrors: { linked, suggested },
    };

    const declared = await this.deps.store.declareIncident(
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
        roles: DECLARER_ROLES.map(role => ({
          role,
          userRef: actor.userRef,
          assignedByRef: actor.userRef,
        })),
        steps: this.deps.reactions.plan(change, { actorRef: actor.userRef }),
        knownErrorIds: linked,
        timeline: [
          {
            kind: 'declared',
            automatic: true,
            authorRef: actor.userRef,
            occurredAt: nowIso,
            body: `${mode === 'live' ? 'Declared a' : 'Recorded a past'} ${
              severity ?? 'not yet assessed'
            } incident affecting ${entityRefs.join(', ')}`,
            data: {
              mode,
              severity,
              status,
              entityRefs,
              ownerRefs,
              roles: [...DECLARER_ROLES],
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
      await this.committed(declared.incident, actor, change);
    }
    return declared;
  }

  /** The ids of the known errors a declare names; 400 naming the first unknown one. */
  private async resolveKnownErrors(references: string[]): Promise<string[]> {
    const ids: string[] = [];
    for (const [index, reference] of references.entries()) {
      try {
        ids.push((await this.deps.knownErrors.get(reference)).id);
      } catch (error) {
        if (error instanceof NotFoundError) {
          throw new InputError(
            `knownErrorIds[${index}]: no known error ${reference}`,
          );
        }
        throw error;
      }
    }
    return [...new Set(ids)];
  }

  /**
   * Known errors that match the new incident strongly enough to show responders in its
   * channel. A failure to find them never stops a declare: it is logged.
   */
  private async strongSuggestions(
    request: DeclareIncidentRequest,
    entityRef: string,
    actor: Actor,
    linked: string[],
  ): Promise<string[]> {
    try {
      const suggestions = await this.deps.knownErrors.strongSuggestions(
        {
          entityRef,
          text: [request.title, request.description ?? ''].join('\n'),
        },
        actor.credentials,
      );
      return suggestions.filter(id => !linked.includes(id));
    } catch (error) {
      this.deps.logger.warn('Could not look for known errors while declaring', {
        error: stringifyError(error),
      });
      return [];
    }
  }

  /** What the permission rules read of these incidents; undefined for unknown ids. */
  async accessFacts(
    ids: string[],
  ): Promise<Array<IncidentAccessFacts | undefined>> {
    return Promise.all(
      ids.map(async id => {
        const incident = await this.deps.store.getIncident({ id });
        return incident && accessFactsOf(incident);
      }),
    );
  }

  async get(reference: string): Promise<IncidentDetails> {
    return getIncidentByReference(this.deps.store, reference);
  }

  /** A page of the incidents `visibleTo` lets the caller see. */
  async list(
    query: ListIncidentsQuery,
    visibleTo: IncidentCriteria | undefined,
  ): Promise<ListIncidentsResponse> {
    const { from, to } = requestTimeRange(query);
    const after = query.cursor
      ? decodeCursor(query.cursor, parseListPosition)
      : undefined;
    const page = await this.deps.store.listIncidents({
      filter: {
        ...parseScopeFilter(query),
        statuses: query.status,
        severities: query.severity,
        impactStartedFrom: from,
        impactStartedBefore: to,
        text: query.q?.trim() || undefined,
        visibleTo,
      },
      limit: query.limit ?? INCIDENT_LIMITS.pageSizeDefault,
      after,
      includeTotal: !after,
    });
    return keysetResponse(page, next => [next.impactStartedAt, next.number]);
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
    let change: IncidentChange | undefined;
    const { incident } = await this.deps.store.mutateIncident(id, current => {
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
          body: `Changed the severity from ${
            current.severity ?? 'to be assessed'
          } to ${request.severity}`,
          data: { from: current.severity, to: request.severity },
        });
      }

      for (const field of STATUS_STAMPED_MILESTONES) {
        if (request[field] !== undefined && current[field] === null) {
          throw withRefusal(
            new InputError(
              `${field}: ${current.number} is ${current.status} and has no ${field} to edit; change its status instead`,
            ),
            {
              code: 'milestone-not-reached',
              values: {
                number: current.number,
                status: current.status,
                milestone: field,
              },
            },
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
          requested === null ? null : requestInstant(requested, field);
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
      const changed = Object.keys(fields) as EditableIncidentField[];
      if (changed.length === 0) {
        return { fields, timeline };
      }
      change = {
        type: 'details-changed',
        fields: Object.fromEntries(
          changed.map(field => [
            field,
            { from: current[field] ?? null, to: fields[field] ?? null },
          ]),
        ),
      };
      return {
        fields,
        timeline,
        steps: this.deps.reactions.plan(change, {
          current,
          actorRef: actor.userRef,
        }),
      };
    });
    return this.committed(incident, actor, change);
  }

  async transition(
    reference: string,
    request: TransitionIncidentRequest,
    actor: Actor,
  ): Promise<IncidentDetails> {
    const before = await this.get(reference);
    // Other domains' rules apply to legal changes; an illegal one is refused below.
    if (INCIDENT_STATUS_TRANSITIONS[before.status].includes(request.status)) {
      for (const guard of this.deps.statusGuards) {
        await guard.assertMayChangeStatus(before, request.status);
      }
    }
    const { id } = before;
    const now = new Date();
    const at = request.at
      ? requestInstant(request.at, 'at')
      : now.toISOString();
    let change: IncidentChange | undefined;
    const { incident } = await this.deps.store.mutateIncident(id, current => {
      const to = request.status;
      if (!INCIDENT_STATUS_TRANSITIONS[current.status].includes(to)) {
        const legal = INCIDENT_STATUS_TRANSITIONS[current.status];
        throw withRefusal(
          new ConflictError(
            `${current.number} is ${current.status}; it can ${
              legal.length > 0
                ? `become ${legal.join(' or ')}`
                : 'no longer change status'
            }, not ${to}`,
          ),
          {
            code: 'incident-status-not-allowed',
            values: {
              number: current.number,
              from: current.status,
              to,
              allowed: [...legal],
            },
          },
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
      change = { type: 'status-changed', from: current.status, to, at };
      return {
        fields: { status: to, ...(stamped as IncidentFieldChanges) },
        steps: this.deps.reactions.plan(change, {
          current,
          actorRef: actor.userRef,
        }),
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
    return this.committed(incident, actor, change);
  }

  async assignRole(
    reference: string,
    role: string,
    request: AssignRoleRequest,
    actor: Actor,
  ): Promise<IncidentDetails> {
    if (!isOneOf(INCIDENT_ROLES, role)) {
      throw new InputError(
        `role: '${role}' is not one of ${INCIDENT_ROLES.join(', ')}`,
      );
    }
    const incidentRole: IncidentRole = role;
    const { id } = await this.get(reference);
    const userRef = await this.deps.catalogLookups.resolveUser(
      request.userRef,
      'userRef',
      actor.credentials,
    );
    const note = request.note?.trim() || undefined;
    let change: IncidentChange | undefined;
    const { incident } = await this.deps.store.mutateIncident(id, current => {
      const holder = roleHolder(current, incidentRole);
      if (holder.explicit && holder.userRef === userRef) {
        return { timeline: [] };
      }
      const previous = holder.userRef;
      change = {
        type: 'role-assigned',
        role: incidentRole,
        fromRef: previous ?? null,
        toRef: userRef,
        note: note ?? null,
      };
      return {
        steps: this.deps.reactions.plan(change, {
          current,
          actorRef: actor.userRef,
        }),
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
            body: `${userRef} is now ${INCIDENT_ROLE_NAMES[
              incidentRole
            ].toLowerCase()}${
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
    return this.committed(incident, actor, change);
  }

  async getTimeline(reference: string): Promise<TimelineEntry[]> {
    const { id } = await this.get(reference);
    return this.deps.store.getTimeline(id);
  }

  async appendTimelineEntry(
    reference: string,
    request: AppendTimelineEntryRequest,
    actor: Actor,
  ): Promise<{ entry: TimelineEntry; incident: IncidentDetails }> {
    const body = nonEmpty(request.body, 'body');
    const occurredAt = request.occurredAt
      ? requestInstant(request.occurredAt, 'occurredAt')
      : undefined;
    const now = new Date();
    if (
      occurredAt &&
      Date.parse(occurredAt) > now.getTime() + ALLOWED_CLOCK_SKEW_MS
    ) {
      throw new InputError('occurredAt must not be in the future');
    }
    const { id } = await this.get(reference);
    const { incident, timeline } = await this.deps.store.mutateIncident(
      id,
      () => ({
        timeline: [
          {
            kind: request.kind,
            body,
            authorRef: actor.userRef,
            automatic: false,
            occurredAt,
            correctsId: request.correctsId,
          },
        ],
      }),
    );
    await this.committed(incident, actor);
    return { entry: timeline[0], incident };
  }

  /** Records that a known error caused the incident; linking again changes nothing. */
  async linkKnownError(
    reference: string,
    knownErrorReference: string,
    actor: Actor,
  ): Promise<IncidentDetails> {
    const { id } = await this.get(reference);
    const knownError = await this.deps.knownErrors.get(knownErrorReference);
    const { incident } = await this.deps.store.mutateIncident(id, () => ({
      timeline: [],
      knownErrors: { link: [knownError.id], actorRef: actor.userRef },
    }));
    return this.committed(incident, actor, {
      type: 'known-error-linked',
      knownErrorId: knownError.id,
    });
  }

  /** Removes the link; 404 when the known error is not linked to the incident. */
  async unlinkKnownError(
    reference: string,
    knownErrorReference: string,
    actor: Actor,
  ): Promise<IncidentDetails> {
    const { id } = await this.get(reference);
    const knownError = await this.deps.knownErrors.get(knownErrorReference);
    const { incident } = await this.deps.store.mutateIncident(id, current => {
      if (!current.knownErrors.some(linked => linked.id === knownError.id)) {
        throw new NotFoundError(
          `${current.number} is not linked to ${knownError.number}`,
        );
      }
      return {
        timeline: [],
        knownErrors: { unlink: [knownError.id], actorRef: actor.userRef },
      };
    });
    return this.committed(incident, actor, {
      type: 'known-error-unlinked',
      knownErrorId: knownError.id,
    });
  }
}
