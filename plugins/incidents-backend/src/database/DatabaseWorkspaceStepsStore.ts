import { DatabaseService } from '@backstage/backend-plugin-api';
import { WorkspaceStepStatus } from '@incident-response/backstage-plugin-incidents-common';
import { Knex } from 'knex';
import { NewTimelineEntry } from './IncidentsStore';
import { DbTimelineRow } from './tables';
import {
  DbWorkspaceStepRow,
  PARKED_UNTIL,
  parseJson,
  stepKind,
} from './workspaceStepRows';
import {
  DueSteps,
  RetryStepsOptions,
  StepOutcome,
  StepRecord,
  WorkspaceStepsStore,
} from './WorkspaceStepsStore';

const TABLE = 'incident_steps';

function toRecord(row: DbWorkspaceStepRow): StepRecord {
  return {
    id: String(row.id),
    incidentId: row.incident_id,
    key: row.key,
    kind: stepKind(row.key),
    status: row.status as WorkspaceStepStatus,
    attempts: Number(row.attempts),
    retriedAtAttempt: Number(row.retried_at_attempt),
    nextAttemptAt: Number(row.next_attempt_at),
    leaseOwner: row.lease_owner,
    leaseUntil: row.lease_until === null ? null : Number(row.lease_until),
    lastError: row.last_error,
    skipCode: row.skip_reason,
    result: parseJson(row.result),
    input: parseJson(row.input),
    dependsOn: parseJson<string[]>(row.depends_on) ?? [],
    waitsFor: parseJson<string[]>(row.waits_for) ?? [],
    requestedBy: row.requested_by,
  };
}

/** Knex-backed store of workspace steps, for SQLite and PostgreSQL. */
export class DatabaseWorkspaceStepsStore implements WorkspaceStepsStore {
  private constructor(private readonly db: Knex) {}

  /** Expects the plugin's migrations to have run (DatabaseIncidentsStore.create runs them). */
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseWorkspaceStepsStore> {
    return new DatabaseWorkspaceStepsStore(await options.database.getClient());
  }

  /** The due condition, for a query on incident_steps. */
  private whereDue(query: Knex.QueryBuilder, now: number) {
    return query.where(due =>
      due
        .where(pending =>
          pending
            .where('status', 'pending')
            .andWhere('next_attempt_at', '<=', now),
        )
        .orWhere(expired =>
          expired.where('status', 'running').andWhere('lease_until', '<', now),
        ),
    );
  }

  async listDue(now: number, limit: number): Promise<DueSteps> {
    // One round trip: every step of the incidents that have a due step (dependencies
    // are checked against them), then the due ones picked out here.
    const dueIncidents = this.whereDue(
      this.db<DbWorkspaceStepRow>(TABLE).select('incident_id'),
      now,
    )
      .orderBy('next_attempt_at')
      .limit(limit);
    const rows: DbWorkspaceStepRow[] = await this.db<DbWorkspaceStepRow>(TABLE)
      .whereIn('incident_id', dueIncidents)
      .orderBy('id');
    const stepsByIncident = new Map<string, StepRecord[]>();
    const due: StepRecord[] = [];
    for (const row of rows) {
      const step = toRecord(row);
      const list = stepsByIncident.get(step.incidentId) ?? [];
      list.push(step);
      stepsByIncident.set(step.incidentId, list);
      const isDue =
        (step.status === 'pending' && step.nextAttemptAt <= now) ||
        (step.status === 'running' && (step.leaseUntil ?? 0) < now);
      if (isDue) {
        due.push(step);
      }
    }
    due.sort(
      (a, b) =>
        a.nextAttemptAt - b.nextAttemptAt || Number(a.id) - Number(b.id),
    );
    return { due: due.slice(0, limit), stepsByIncident };
  }

  async claim(
    stepIds: string[],
    owner: string,
    leaseUntil: number,
    now: number,
  ): Promise<StepRecord[]> {
    if (stepIds.length === 0) {
      return [];
    }
    // The same technique as Backstage's scheduler: a conditional UPDATE that only one
    // worker can win for each row, on SQLite and PostgreSQL alike, without SKIP LOCKED.
    // RETURNING (SQLite 3.35+, PostgreSQL) says which rows this worker won.
    const rows = await this.whereDue(
      this.db<DbWorkspaceStepRow>(TABLE).whereIn('id', stepIds.map(Number)),
      now,
    ).update(
      {
        status: 'running',
        lease_owner: owner,
        lease_until: leaseUntil,
        attempts: this.db.raw('attempts + 1') as unknown as number,
        updated_at: now,
      },
      ['*'],
    );
    return (rows as DbWorkspaceStepRow[]).map(toRecord);
  }

  async park(stepIds: string[], now: number): Promise<void> {
    if (stepIds.length === 0) {
      return;
    }
    await this.db<DbWorkspaceStepRow>(TABLE)
      .whereIn('id', stepIds.map(Number))
      .andWhere('status', 'pending')
      .update({ next_attempt_at: PARKED_UNTIL, updated_at: now });
  }

  async unparkReleased(now: number): Promise<number> {
    const parked: DbWorkspaceStepRow[] = await this.db<DbWorkspaceStepRow>(
      TABLE,
    )
      .where({ status: 'pending', next_attempt_at: PARKED_UNTIL })
      .limit(500);
    if (parked.length === 0) {
      return 0;
    }
    const failed: { incident_id: string; key: string }[] = await this.db(TABLE)
      .whereIn('incident_id', [...new Set(parked.map(r => r.incident_id))])
      .andWhere('status', 'failed')
      .select('incident_id', 'key');
    const failedKeys = new Set(failed.map(f => `${f.incident_id} ${f.key}`));
    const released = parked
      .map(toRecord)
      .filter(
        step =>
          !step.dependsOn.some(key =>
            failedKeys.has(`${step.incidentId} ${key}`),
          ),
      );
    if (released.length === 0) {
      return 0;
    }
    return this.db<DbWorkspaceStepRow>(TABLE)
      .whereIn(
        'id',
        released.map(s => Number(s.id)),
      )
      .andWhere({ status: 'pending', next_attempt_at: PARKED_UNTIL })
      .update({ next_attempt_at: now, updated_at: now });
  }

  private leased(db: Knex, stepId: string, owner: string) {
    return db<DbWorkspaceStepRow>(TABLE).where({
      id: Number(stepId),
      lease_owner: owner,
      status: 'running',
    });
  }

  async saveResult(
    stepId: string,
    owner: string,
    result: Record<string, unknown>,
    leaseUntil: number,
    now: number,
  ): Promise<boolean> {
    const updated = await this.leased(this.db, stepId, owner).update({
      result: JSON.stringify(result),
      lease_until: leaseUntil,
      updated_at: now,
    });
    return updated === 1;
  }

  async extendLease(
    stepId: string,
    owner: string,
    leaseUntil: number,
    now: number,
  ): Promise<boolean> {
    const updated = await this.leased(this.db, stepId, owner).update({
      lease_until: leaseUntil,
      updated_at: now,
    });
    return updated === 1;
  }

  async finish(
    step: StepRecord,
    owner: string,
    outcome: StepOutcome,
    timelineEntry: NewTimelineEntry | undefined,
    now: number,
  ): Promise<boolean> {
    const update: Partial<DbWorkspaceStepRow> = {
      status: outcome.status,
      lease_owner: null,
      lease_until: null,
      updated_at: now,
    };
    if (outcome.status === 'succeeded') {
      update.result = JSON.stringify(outcome.result);
      update.last_error = null;
    } else {
      update.last_error = outcome.lastError;
    }
    if (outcome.status === 'pending') {
      update.next_attempt_at = outcome.nextAttemptAt;
    }
    if (!timelineEntry) {
      return (await this.leased(this.db, step.id, owner).update(update)) === 1;
    }
    if (this.db.client.config.client === 'pg') {
      // One statement, so one round trip: the entry is inserted only if the update
      // (fenced by the lease) changed the step, and both commit together.
      const changed = this.leased(this.db, step.id, owner)
        .update(update, ['id'])
        .toSQL();
      const entry = this.timelineRow(step.incidentId, timelineEntry, now);
      const columns = Object.keys(entry) as (keyof typeof entry)[];
      const { rows } = await this.db.raw(
        `with changed as (${changed.sql})
         insert into incident_timeline (${columns.map(() => '??').join(', ')})
         select ${columns.map(() => '?').join(', ')} from changed
         returning id`,
        [...changed.bindings, ...columns, ...columns.map(c => entry[c])],
      );
      return rows.length === 1;
    }
    return this.db.transaction(async trx => {
      const updated = await this.leased(trx, step.id, owner).update(update);
      if (updated !== 1) {
        return false;
      }
      await trx<DbTimelineRow>('incident_timeline').insert(
        this.timelineRow(step.incidentId, timelineEntry, now),
      );
      return true;
    });
  }

  private timelineRow(
    incidentId: string,
    entry: NewTimelineEntry,
    now: number,
  ): Omit<DbTimelineRow, 'id'> {
    return {
      incident_id: incidentId,
      kind: entry.kind,
      body: entry.body,
      author_ref: entry.authorRef,
      automatic: entry.automatic,
      corrects_id: null,
      data: entry.data ? JSON.stringify(entry.data) : null,
      occurred_at: entry.occurredAt ? Date.parse(entry.occurredAt) : now,
      created_at: now,
    };
  }

  private async insertTimelineEntry(
    trx: Knex.Transaction,
    incidentId: string,
    entry: NewTimelineEntry,
    now: number,
  ) {
    await trx<DbTimelineRow>('incident_timeline').insert(
      this.timelineRow(incidentId, entry, now),
    );
  }

  async incidentVersions(incidentIds: string[]): Promise<Map<string, number>> {
    if (incidentIds.length === 0) {
      return new Map();
    }
    const rows: { id: string; updated_at: number | string }[] = await this.db(
      'incidents',
    )
      .whereIn('id', incidentIds)
      .select('id', 'updated_at');
    return new Map(rows.map(r => [r.id, Number(r.updated_at)]));
  }

  async nextWakeUp(since: number): Promise<number | undefined> {
    const [pending] = await this.db<DbWorkspaceStepRow>(TABLE)
      .where('status', 'pending')
      .andWhere('next_attempt_at', '>', since)
      .andWhere('next_attempt_at', '<', PARKED_UNTIL)
      .min({ at: 'next_attempt_at' });
    const [running] = await this.db<DbWorkspaceStepRow>(TABLE)
      .where('status', 'running')
      .andWhere('lease_until', '>', since)
      .min({ at: 'lease_until' });
    const times = [pending?.at, running?.at]
      .filter(t => t !== null && t !== undefined)
      .map(Number);
    return times.length > 0 ? Math.min(...times) : undefined;
  }

  async isResultRecordedElsewhere(
    key: string,
    field: string,
    value: string,
    incidentId: string,
  ): Promise<boolean> {
    // Results are JSON.stringify output, so the field is written exactly like this.
    const needle = JSON.stringify({ [field]: value }).slice(1, -1);
    const escaped = needle.replace(/[\\%_]/g, c => `\\${c}`);
    const row = await this.db<DbWorkspaceStepRow>(TABLE)
      .where('key', key)
      .andWhere('incident_id', '<>', incidentId)
      .andWhereRaw(`result like ? escape '\\'`, [`%${escaped}%`])
      .first('id');
    return Boolean(row);
  }

  async retry(options: RetryStepsOptions, now: number): Promise<string[]> {
    return this.db.transaction(async trx => {
      let query = trx<DbWorkspaceStepRow>(TABLE).where(
        'incident_id',
        options.incidentId,
      );
      if (options.keys) {
        query = query.whereIn('key', options.keys);
      }
      const rows: DbWorkspaceStepRow[] = await query.orderBy('id');
      const retried: string[] = [];
      for (const step of rows.map(toRecord)) {
        let update: Partial<DbWorkspaceStepRow> | undefined;
        if (step.status === 'failed') {
          // The attempt limit counts again from here; attempts keep counting up so the
          // next attempt still looks for what earlier ones may have made.
          update = {
            status: 'pending',
            next_attempt_at: now,
            retried_at_attempt: step.attempts,
          };
        } else if (
          step.status === 'pending' &&
          step.nextAttemptAt > now &&
          step.nextAttemptAt !== PARKED_UNTIL
        ) {
          update = { next_attempt_at: now, retried_at_attempt: step.attempts };
        } else if (step.status === 'skipped') {
          const reason = options.reconsiderSkipped(step);
          if (reason === undefined) {
            update = {
              status: 'pending',
              skip_reason: null,
              next_attempt_at: now,
            };
          }
        }
        if (update) {
          const changed = await trx<DbWorkspaceStepRow>(TABLE)
            .where({ id: Number(step.id), status: step.status })
            .update({
              ...update,
              requested_by: options.requestedBy,
              updated_at: now,
            });
          if (changed === 1) {
            retried.push(step.key);
          }
        }
      }
      if (retried.length > 0) {
        // Steps set aside because a dependency failed may run once it succeeds.
        await trx<DbWorkspaceStepRow>(TABLE)
          .where({
            incident_id: options.incidentId,
            status: 'pending',
            next_attempt_at: PARKED_UNTIL,
          })
          .update({ next_attempt_at: now, updated_at: now });
        await this.insertTimelineEntry(
          trx,
          options.incidentId,
          options.timelineEntry(retried),
          now,
        );
      }
      return retried;
    });
  }
}
