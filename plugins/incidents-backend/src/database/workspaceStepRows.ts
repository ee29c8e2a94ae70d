import {
  stepKindOfKey,
  WORKSPACE_SKIP_REASONS,
  WorkspaceSkipCode,
  WorkspaceStep,
  WorkspaceStepKind,
  WorkspaceStepResult,
  WorkspaceStepStatus,
} from '@incident-response/backstage-plugin-incidents-common';
import { Knex } from 'knex';
import { toIso } from './dialect';
import { DbWorkspaceStepRow } from './tables';

/**
 * A step to write with the change that calls for it (the outbox row, in the same
 * transaction). The workspace planner decides which steps exist; those whose
 * integration is not configured are written `skipped` with a reason.
 */
export type NewWorkspaceStep = {
  key: string;
  status: 'pending' | 'skipped';
  skipCode?: WorkspaceSkipCode;
  /** Steps that must succeed (or be skipped) before this one runs. */
  dependsOn: string[];
  /**
   * Steps to wait for only until they settle: succeeded, skipped, failed, or failed once
   * and retrying. The step then runs with whatever they made, so a slow or failing
   * dependency delays it by one attempt at most.
   */
  waitsFor: string[];
  /** The event a follow-up step reports. */
  input?: Record<string, unknown>;
  /** Who caused the step. */
  requestedBy: string;
};

/** A workspace step as the worker sees it. Times are epoch milliseconds. */
export type StepRecord = {
  id: string;
  incidentId: string;
  key: string;
  kind: WorkspaceStepKind;
  status: WorkspaceStepStatus;
  attempts: number;
  retriedAtAttempt: number;
  nextAttemptAt: number;
  leaseOwner: string | null;
  leaseUntil: number | null;
  lastError: string | null;
  /** A WorkspaceSkipCode. */
  skipCode: string | null;
  result: Record<string, unknown> | null;
  input: Record<string, unknown> | null;
  dependsOn: string[];
  waitsFor: string[];
  requestedBy: string;
};

/**
 * `next_attempt_at` of a pending step that waits for a dependency which failed: the
 * worker does not look at it again until someone retries that dependency.
 */
export const PARKED_UNTIL = 253402300799999; // 9999-12-31T23:59:59.999Z

export function stepKind(key: string): WorkspaceStepKind {
  return stepKindOfKey(key) as WorkspaceStepKind;
}

export async function insertWorkspaceSteps(
  trx: Knex.Transaction,
  incidentId: string,
  steps: NewWorkspaceStep[],
  now: number,
): Promise<void> {
  if (steps.length === 0) {
    return;
  }
  // One multi-row insert: the declare transaction (and its response) does not wait on a
  // round trip per step. Rows get their ids in the order listed on SQLite and PostgreSQL.
  await trx<DbWorkspaceStepRow>('incident_steps').insert(
    steps.map(step => ({
      incident_id: incidentId,
      key: step.key,
      status: step.status,
      attempts: 0,
      retried_at_attempt: 0,
      next_attempt_at: now,
      lease_owner: null,
      lease_until: null,
      last_error: null,
      skip_reason: step.skipCode ?? null,
      result: null,
      input: step.input ? JSON.stringify(step.input) : null,
      depends_on: JSON.stringify(step.dependsOn),
      waits_for: JSON.stringify(step.waitsFor),
      requested_by: step.requestedBy,
      created_at: now,
      updated_at: now,
    })),
  );
}

function parseJson<T>(text: string | null): T | null {
  return text ? (JSON.parse(text) as T) : null;
}

/** The one reading of a step row; the API's view is derived from it. */
export function toStepRecord(row: DbWorkspaceStepRow): StepRecord {
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

/** The skip code stored on a step, with the English sentence the API gives with it. */
export function describeSkip(
  code: string | null,
): Pick<WorkspaceStep, 'skipCode' | 'skipReason'> {
  if (code === null) {
    return { skipCode: null, skipReason: null };
  }
  const known = code in WORKSPACE_SKIP_REASONS;
  return {
    skipCode: known ? (code as WorkspaceSkipCode) : null,
    skipReason: known
      ? WORKSPACE_SKIP_REASONS[code as WorkspaceSkipCode]
      : code,
  };
}

/** A step as the API shows it. */
export function toWorkspaceStep(
  row: DbWorkspaceStepRow,
  now = Date.now(),
): WorkspaceStep {
  const step = toStepRecord(row);
  return {
    key: step.key,
    kind: step.kind,
    status: step.status,
    attempts: step.attempts,
    lastError: step.lastError,
    ...describeSkip(step.skipCode),
    result: step.result as WorkspaceStepResult | null,
    dependsOn: [...step.dependsOn, ...step.waitsFor],
    nextAttemptAt:
      step.status === 'pending' &&
      step.nextAttemptAt > now &&
      step.nextAttemptAt !== PARKED_UNTIL
        ? toIso(step.nextAttemptAt)
        : null,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

/** The steps of one incident, in the order they were planned. */
export async function readWorkspaceSteps(
  db: Knex,
  incidentId: string,
): Promise<WorkspaceStep[]> {
  const rows = await db<DbWorkspaceStepRow>('incident_steps')
    .where({ incident_id: incidentId })
    .orderBy('id');
  const now = Date.now();
  return rows.map(row => toWorkspaceStep(row, now));
}
