import { Knex } from 'knex';
import { escapeLike, isPostgres } from '../database/dialect';
import { DbWorkspaceStepRow } from '../database/tables';
import {
  insertTimelineEntries,
  NewTimelineEntry,
  timelineRow,
} from '../database/timeline';
import {
  PARKED_UNTIL,
  StepRecord,
  toStepRecord,
} from '../database/workspaceStepRows';
import {
  DueSteps,
  RetryStepsOptions,
  StepOutcome,
  WorkspaceStepsStore,
} from './WorkspaceStepsStore';

const TABLE = 'incident_steps';

/**
 * Knex-backed store of workspace steps, for SQLite and PostgreSQL, on a database
 * prepared by `prepareDatabase`.
 */
export class DatabaseWorkspaceStepsStore implements WorkspaceStepsStore {
  constructor(private readonly db: Knex) {}

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
      const step = toStepRecord(row);
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
    return (rows as DbWorkspaceStepRow[]).map(toStepRecord);
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
      .map(toStepRecord)
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
    if (isPostgres(this.db)) {
      // One statement, so one round trip: the entry is inserted only if the update
      // (fenced by the lease) changed the step, and both commit together.
      const changed = this.leased(this.db, step.id, owner)
        .update(update, ['id'])
        .toSQL();
      const entry = timelineRow(step.incidentId, timelineEntry, now);
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
      await insertTimelineEntries(trx, step.incidentId, [timelineEntry], now);
      return true;
    });
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
    const row = await this.withResult(key, field, value)
      .andWhere('incident_id', '<>', incidentId)
      .first('id');
    return Boolean(row);
  }

  async incidentWithResult(
    key: string,
    field: string,
    value: string,
  ): Promise<string | undefined> {
    const row = await this.withResult(key, field, value)
      .andWhere('status', 'succeeded')
      .orderBy('id', 'desc')
      .first('incident_id');
    return row?.incident_id;
  }

  /** Steps `key` whose result has `value` as field `field`. */
  private withResult(key: string, field: string, value: string) {
    // Results are JSON.stringify output, so the field is written exactly like this.
    const needle = JSON.stringify({ [field]: value }).slice(1, -1);
    return this.db<DbWorkspaceStepRow>(TABLE)
      .where('key', key)
      .andWhereRaw(`result like ? escape '\\'`, [`%${escapeLike(needle)}%`]);
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
      for (const step of rows.map(toStepRecord)) {
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
        await insertTimelineEntries(
          trx,
          options.incidentId,
          [options.timelineEntry(retried)],
          now,
        );
      }
      return retried;
    });
  }
}
