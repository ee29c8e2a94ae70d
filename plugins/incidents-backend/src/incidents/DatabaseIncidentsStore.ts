import { ConflictError, NotFoundError } from '@backstage/errors';
import { withRefusal } from '../lib/http/refusal';
import {
  formatIncidentNumber,
  Incident,
  IncidentDetails,
  IncidentMode,
  IncidentRole,
  IncidentStatus,
  RoleAssignmentRecord,
  TimelineEntry,
} from '@incident-response/backstage-plugin-incidents-common';
import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import {
  escapeLike,
  isUniqueViolation,
  optionalIso,
  optionalMillis,
  toIso,
  toMillis,
} from '../database/dialect';
import { nextNumber } from '../database/counters';
import { rowByKey } from '../database/rowByKey';
import { applySeverityAndTimeFilter } from '../database/filters';
import {
  resolveIncidentCriteria,
  whereIncidentMatches,
} from '../database/incidentAccessSql';
import {
  DbIdempotencyKeyRow,
  DbIncidentEntityRow,
  DbIncidentOwnerRow,
  DbIncidentRow,
  DbRoleAssignmentRow,
  DbTimelineRow,
} from '../database/tables';
import { insertTimelineEntries, toTimelineEntry } from '../database/timeline';
import {
  insertWorkspaceSteps,
  readWorkspaceSteps,
} from '../database/workspaceStepRows';
import {
  linkKnownErrors,
  readLinkedKnownErrors,
  unlinkKnownErrors,
} from '../knownErrors/knownErrorLinks';
import { METRIC_FACT_FIELDS, refreshMetricFacts } from '../metrics/metricFacts';
import {
  IdempotencyClaim,
  IncidentFieldChanges,
  IncidentKey,
  IncidentListFilter,
  IncidentListPage,
  IncidentListPosition,
  IncidentMutation,
  IncidentsStore,
  NewIncident,
  NewRoleAssignment,
} from './IncidentsStore';

const INCIDENT_NUMBER_COUNTER = 'incident_number';

const FIELD_COLUMNS: Record<keyof IncidentFieldChanges, keyof DbIncidentRow> = {
  title: 'title',
  description: 'description',
  summary: 'summary',
  impact: 'impact',
  severity: 'severity',
  status: 'status',
  impactStartedAt: 'impact_started_at',
  detectedAt: 'detected_at',
  mitigatedAt: 'mitigated_at',
  resolvedAt: 'resolved_at',
  closedAt: 'closed_at',
};

const MILLISECOND_FIELDS = new Set<keyof IncidentFieldChanges>([
  'impactStartedAt',
  'detectedAt',
  'mitigatedAt',
  'resolvedAt',
  'closedAt',
]);

/**
 * Knex-backed incident store for SQLite and PostgreSQL, on a database prepared by
 * `prepareDatabase` (migrations run).
 */
export class DatabaseIncidentsStore implements IncidentsStore {
  constructor(private readonly db: Knex) {}

  async declareIncident(
    incident: NewIncident,
    idempotency?: IdempotencyClaim,
  ): Promise<{ incident: IncidentDetails; replayed: boolean }> {
    if (idempotency) {
      const replay = await this.findIdempotentReplay(this.db, idempotency);
      if (replay) {
        return { incident: replay, replayed: true };
      }
    }
    try {
      const id = await this.db.transaction(trx =>
        this.insertIncident(trx, incident, idempotency),
      );
      return { incident: (await this.getIncident({ id }))!, replayed: false };
    } catch (error) {
      // Another request with the same key committed first.
      if (idempotency && isUniqueViolation(error)) {
        const replay = await this.findIdempotentReplay(this.db, idempotency);
        if (replay) {
          return { incident: replay, replayed: true };
        }
      }
      throw error;
    }
  }

  private async findIdempotentReplay(
    db: Knex,
    claim: IdempotencyClaim,
  ): Promise<IncidentDetails | undefined> {
    const row = await db<DbIdempotencyKeyRow>('incident_idempotency_keys')
      .where({ actor_ref: claim.actorRef, key: claim.key })
      .first();
    if (!row) {
      return undefined;
    }
    if (row.request_hash !== claim.requestHash) {
      throw withRefusal(
        new ConflictError(
          'This Idempotency-Key was already used for a different request; use a new key for a new incident',
        ),
        { code: 'idempotency-key-reused', values: {} },
      );
    }
    return this.getIncident({ id: row.incident_id });
  }

  private async insertIncident(
    trx: Knex.Transaction,
    incident: NewIncident,
    idempotency?: IdempotencyClaim,
  ): Promise<string> {
    const number = await nextNumber(trx, INCIDENT_NUMBER_COUNTER);
    const id = randomUUID();
    const now = Date.now();

    await trx<DbIncidentRow>('incidents').insert({
      id,
      number,
      title: incident.title,
      description: incident.description ?? null,
      summary: null,
      impact: null,
      severity: incident.severity,
      status: incident.status,
      mode: incident.mode,
      security: incident.security,
      drill: incident.drill,
      reporter_ref: incident.reporterRef,
      impact_started_at: toMillis(incident.impactStartedAt),
      detected_at: optionalMillis(incident.detectedAt),
      declared_at: toMillis(incident.declaredAt),
      mitigated_at: optionalMillis(incident.mitigatedAt),
      resolved_at: optionalMillis(incident.resolvedAt),
      closed_at: null,
      updated_at: now,
    });
    await trx<DbIncidentEntityRow>('incident_entities').insert(
      incident.entityRefs.map((entityRef, position) => ({
        incident_id: id,
        entity_ref: entityRef,
        position,
      })),
    );
    if (incident.ownerRefs.length > 0) {
      await trx<DbIncidentOwnerRow>('incident_owners').insert(
        incident.ownerRefs.map(ownerRef => ({
          incident_id: id,
          owner_ref: ownerRef,
        })),
      );
    }
    for (const assignment of incident.roles) {
      await this.insertRoleAssignment(trx, id, assignment, now);
    }
    await insertTimelineEntries(trx, id, incident.timeline, now);
    await insertWorkspaceSteps(trx, id, incident.steps ?? [], now);
    await linkKnownErrors(trx, {
      links: (incident.knownErrorIds ?? []).map(knownErrorId => ({
        knownErrorId,
        incidentId: id,
      })),
      actorRef: incident.reporterRef,
      now,
    });
    await refreshMetricFacts(trx, id);
    if (idempotency) {
      await trx<DbIdempotencyKeyRow>('incident_idempotency_keys').insert({
        actor_ref: idempotency.actorRef,
        key: idempotency.key,
        request_hash: idempotency.requestHash,
        incident_id: id,
        created_at: now,
      });
    }
    return id;
  }

  async getIncident(key: IncidentKey): Promise<IncidentDetails | undefined> {
    return this.readIncident(this.db, key);
  }

  private async readIncident(
    db: Knex,
    key: IncidentKey,
    options?: { forUpdate?: boolean },
  ): Promise<IncidentDetails | undefined> {
    const row = await rowByKey<DbIncidentRow>(db, 'incidents', key, options);
    if (!row) {
      return undefined;
    }
    const [incident] = await this.hydrate(db, [row]);
    const history = await db<DbRoleAssignmentRow>('incident_role_assignments')
      .where({ incident_id: row.id })
      .orderBy('id');
    return {
      ...incident,
      roleHistory: history.map(h => this.toRoleAssignmentRecord(h)),
      steps: await readWorkspaceSteps(db, row.id),
      knownErrors: await readLinkedKnownErrors(db, row.id),
    };
  }

  async listIncidents(options: {
    filter: IncidentListFilter;
    limit: number;
    after?: IncidentListPosition;
    includeTotal: boolean;
  }): Promise<IncidentListPage> {
    const { filter } = options;
    const query = this.db<DbIncidentRow>('incidents as i');
    if (filter.entityRef) {
      query.join('incident_entities as e', join =>
        join
          .on('e.incident_id', 'i.id')
          .andOn('e.entity_ref', this.db.raw('?', [filter.entityRef!])),
      );
    }
    if (filter.ownerRef) {
      query.join('incident_owners as o', join =>
        join
          .on('o.incident_id', 'i.id')
          .andOn('o.owner_ref', this.db.raw('?', [filter.ownerRef!])),
      );
    }
    if (filter.statuses?.length) {
      query.whereIn('i.status', filter.statuses);
    }
    applySeverityAndTimeFilter(query, 'i', filter);
    whereIncidentMatches(
      this.db,
      query,
      await resolveIncidentCriteria(this.db, filter.visibleTo),
      'i.id',
      'i.security',
    );
    if (filter.text) {
      const pattern = `%${escapeLike(filter.text.toLowerCase())}%`;
      query.where(inner => {
        inner
          .whereRaw(`lower(i.title) like ? escape '\\'`, [pattern])
          .orWhereRaw(`lower(i.description) like ? escape '\\'`, [pattern]);
        const number = /^(?:inc-)?(\d{1,9})$/i.exec(filter.text!.trim());
        if (number) {
          inner.orWhere('i.number', Number(number[1]));
        }
      });
    }

    const totalItems = options.includeTotal
      ? Number(
          (
            (await query.clone().count({ count: '*' }).first()) as {
              count: number | string;
            }
          ).count,
        )
      : undefined;

    if (options.after) {
      query.whereRaw('(i.impact_started_at, i.number) < (?, ?)', [
        toMillis(options.after.impactStartedAt),
        options.after.number,
      ]);
    }
    const rows: DbIncidentRow[] = await query
      .select('i.*')
      .orderBy([
        { column: 'i.impact_started_at', order: 'desc' },
        { column: 'i.number', order: 'desc' },
      ])
      .limit(options.limit + 1);

    const items = await this.hydrate(this.db, rows.slice(0, options.limit));
    const last =
      rows.length > options.limit ? rows[options.limit - 1] : undefined;
    return {
      items,
      totalItems,
      next: last
        ? {
            impactStartedAt: toIso(last.impact_started_at),
            number: last.number,
          }
        : undefined,
    };
  }

  async mutateIncident(
    id: string,
    mutate: (current: IncidentDetails) => IncidentMutation,
  ): Promise<{ incident: IncidentDetails; timeline: TimelineEntry[] }> {
    const timelineIds = await this.db.transaction(async trx => {
      const current = await this.readIncident(trx, { id }, { forUpdate: true });
      if (!current) {
        throw new NotFoundError(`No incident with id ${id}`);
      }
      const mutation = mutate(current);
      const now = Date.now();
      const update: Partial<DbIncidentRow> = { updated_at: now };
      for (const [field, value] of Object.entries(mutation.fields ?? {}) as [
        keyof IncidentFieldChanges,
        string | null,
      ][]) {
        update[FIELD_COLUMNS[field]] = (
          MILLISECOND_FIELDS.has(field) ? optionalMillis(value) : value
        ) as never;
      }
      await trx<DbIncidentRow>('incidents').where({ id }).update(update);
      if (
        Object.keys(mutation.fields ?? {}).some(f => METRIC_FACT_FIELDS.has(f))
      ) {
        await refreshMetricFacts(trx, id);
      }
      if (mutation.assignRole) {
        await trx<DbRoleAssignmentRow>('incident_role_assignments')
          .where({ incident_id: id, role: mutation.assignRole.role })
          .whereNull('ended_at')
          .update({ ended_at: now });
        await this.insertRoleAssignment(trx, id, mutation.assignRole, now);
      }
      await insertWorkspaceSteps(trx, id, mutation.steps ?? [], now);
      const written = await insertTimelineEntries(
        trx,
        id,
        mutation.timeline,
        now,
      );
      if (mutation.knownErrors) {
        const { link = [], unlink = [], actorRef } = mutation.knownErrors;
        for (const [write, knownErrorIds] of [
          [linkKnownErrors, link],
          [unlinkKnownErrors, unlink],
        ] as const) {
          const links = await write(trx, {
            links: knownErrorIds.map(knownErrorId => ({
              knownErrorId,
              incidentId: id,
            })),
            actorRef,
            now,
          });
          written.push(...links.timelineIds);
        }
      }
      return written;
    });
    const incident = (await this.getIncident({ id }))!;
    const timeline = await this.db<DbTimelineRow>('incident_timeline')
      .whereIn('id', timelineIds)
      .orderBy('id');
    return { incident, timeline: timeline.map(toTimelineEntry) };
  }

  async getTimeline(incidentId: string): Promise<TimelineEntry[]> {
    const rows = await this.db<DbTimelineRow>('incident_timeline')
      .where({ incident_id: incidentId })
      .orderBy([
        { column: 'occurred_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
    return rows.map(toTimelineEntry);
  }

  async incidentVersions(incidentIds: string[]): Promise<Map<string, number>> {
    if (incidentIds.length === 0) {
      return new Map();
    }
    const rows: Pick<DbIncidentRow, 'id' | 'updated_at'>[] =
      await this.db<DbIncidentRow>('incidents')
        .whereIn('id', incidentIds)
        .select('id', 'updated_at');
    return new Map(rows.map(r => [r.id, Number(r.updated_at)]));
  }

  private async insertRoleAssignment(
    trx: Knex.Transaction,
    incidentId: string,
    assignment: NewRoleAssignment,
    now: number,
  ) {
    await trx<DbRoleAssignmentRow>('incident_role_assignments').insert({
      incident_id: incidentId,
      role: assignment.role,
      user_ref: assignment.userRef,
      assigned_by_ref: assignment.assignedByRef,
      note: assignment.note ?? null,
      assigned_at: now,
      ended_at: null,
    });
  }

  private async hydrate(db: Knex, rows: DbIncidentRow[]): Promise<Incident[]> {
    if (rows.length === 0) {
      return [];
    }
    const ids = rows.map(r => r.id);
    // One after another: inside a transaction they share one connection.
    const entities = await db<DbIncidentEntityRow>('incident_entities')
      .whereIn('incident_id', ids)
      .orderBy(['incident_id', 'position']);
    const owners = await db<DbIncidentOwnerRow>('incident_owners')
      .whereIn('incident_id', ids)
      .orderBy(['incident_id', 'owner_ref']);
    const roles = await db<DbRoleAssignmentRow>('incident_role_assignments')
      .whereIn('incident_id', ids)
      .whereNull('ended_at')
      .orderBy('id');
    const group = <T extends { incident_id: string }>(list: T[]) => {
      const byIncident = new Map<string, T[]>();
      for (const item of list) {
        const bucket = byIncident.get(item.incident_id) ?? [];
        bucket.push(item);
        byIncident.set(item.incident_id, bucket);
      }
      return byIncident;
    };
    const entitiesById = group(entities);
    const ownersById = group(owners);
    const rolesById = group(roles);
    return rows.map(row => ({
      id: row.id,
      number: formatIncidentNumber(row.number),
      title: row.title,
      description: row.description,
      summary: row.summary,
      impact: row.impact,
      severity: row.severity,
      status: row.status as IncidentStatus,
      mode: row.mode as IncidentMode,
      security: Boolean(row.security),
      drill: Boolean(row.drill),
      entityRefs: (entitiesById.get(row.id) ?? []).map(e => e.entity_ref),
      ownerRefs: (ownersById.get(row.id) ?? []).map(o => o.owner_ref),
      reporterRef: row.reporter_ref,
      roles: (rolesById.get(row.id) ?? []).map(r => {
        const { endedAt: _endedAt, ...current } =
          this.toRoleAssignmentRecord(r);
        return current;
      }),
      impactStartedAt: toIso(row.impact_started_at),
      detectedAt: optionalIso(row.detected_at),
      declaredAt: toIso(row.declared_at),
      mitigatedAt: optionalIso(row.mitigated_at),
      resolvedAt: optionalIso(row.resolved_at),
      closedAt: optionalIso(row.closed_at),
      updatedAt: toIso(row.updated_at),
    }));
  }

  private toRoleAssignmentRecord(
    row: DbRoleAssignmentRow,
  ): RoleAssignmentRecord {
    return {
      role: row.role as IncidentRole,
      userRef: row.user_ref,
      assignedAt: toIso(row.assigned_at),
      assignedByRef: row.assigned_by_ref,
      note: row.note,
      endedAt: optionalIso(row.ended_at),
    };
  }
}
