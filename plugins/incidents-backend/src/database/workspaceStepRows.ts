import {
  WORKSPACE_SKIP_REASONS,
  WorkspaceSkipCode,
  WorkspaceStep,
  WorkspaceStepKind,
  WorkspaceStepResult,
  WorkspaceStepStatus,
} from '@incident-response/backstage-plugin-incidents-common';
import { Knex } from 'knex';

/** A row of `incident_steps`. */
export type DbWorkspaceStepRow = {
  id: number | string;
  incident_id: string;
  key: string;
  status: string;
  attempts: number;
  retried_at_attempt: number;
  // bigint columns: pg returns them as strings, SQLite as numbers
  next_attempt_at: number | string;
  lease_owner: string | null;
  lease_until: number | string | null;
  last_error: string | null;
  /** A WorkspaceSkipCode. */
  skip_reason: string | null;
  result: string | null;
  input: string | null;
  depends_on: string;
  waits_for: string;
  requested_by: string;
  created_at: number | string;
  updated_at: number | string;
};

/**
 * A step to write with the change that calls for it. The planner decides which steps
 * exist; those whose integration is not configured are written `skipped` with a reason.
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

/**
 * `next_attempt_at` of a pending step that waits for a dependency which failed: the
 * worker does not look at it again until someone retries that dependency.
 */
export const PARKED_UNTIL = 253402300799999; // 9999-12-31T23:59:59.999Z

export function stepKind(key: string): WorkspaceStepKind {
  return key.split(':')[0] as WorkspaceStepKind;
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

export function parseJson<T>(text: string | null): T | null {
  return text ? (JSON.parse(text) as T) : null;
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

function toIso(value: number | string): string {
  return new Date(Number(value)).toISOString();
}

export function toWorkspaceStep(
  row: DbWorkspaceStepRow,
  now = Date.now(),
): WorkspaceStep {
  const nextAttemptAt = Number(row.next_attempt_at);
  return {
    key: row.key,
    kind: stepKind(row.key),
    status: row.status as WorkspaceStepStatus,
    attempts: Number(row.attempts),
    lastError: row.last_error,
    ...describeSkip(row.skip_reason),
    result: parseJson<WorkspaceStepResult>(row.result),
    dependsOn: [
      ...(parseJson<string[]>(row.depends_on) ?? []),
      ...(parseJson<string[]>(row.waits_for) ?? []),
    ],
    nextAttemptAt:
      row.status === 'pending' &&
      nextAttemptAt > now &&
      nextAttemptAt !== PARKED_UNTIL
        ? toIso(nextAttemptAt)
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
