import { NewTimelineEntry } from '../database/timeline';
import { StepRecord } from '../database/workspaceStepRows';

/** How an attempt ended. */
export type StepOutcome =
  | { status: 'succeeded'; result: Record<string, unknown> }
  /** A transient error: try again at `nextAttemptAt`. */
  | { status: 'pending'; lastError: string; nextAttemptAt: number }
  | { status: 'failed'; lastError: string };

/** Steps the worker may consider, with every step of their incidents for dependency checks. */
export type DueSteps = {
  due: StepRecord[];
  stepsByIncident: Map<string, StepRecord[]>;
};

/** What a manual retry changes. */
export type RetryStepsOptions = {
  incidentId: string;
  /** Only these steps; all failed ones (and pending ones in backoff) when omitted. */
  keys?: string[];
  requestedBy: string;
  /**
   * Whether a skipped step still has to be skipped (e.g. its integration has been
   * configured since): returns the reason, or undefined to run it now.
   */
  reconsiderSkipped: (step: StepRecord) => string | undefined;
  /** The timeline entry to write when something was retried; gets the retried keys. */
  timelineEntry: (retriedKeys: string[]) => NewTimelineEntry;
};

/**
 * Persistence for the workspace worker. Every write to a running step is fenced by its
 * lease: a worker that lost its lease (it was too slow, or another replica took over
 * after it died) can no longer record anything for that step.
 */
export interface WorkspaceStepsStore {
  /**
   * Pending steps whose next attempt is due and running steps whose lease has expired,
   * oldest first.
   */
  listDue(now: number, limit: number): Promise<DueSteps>;

  /**
   * Takes due steps: running, leased to `owner` until `leaseUntil`, one more attempt
   * each. Returns the ones taken; another worker may have taken the others first.
   */
  claim(
    stepIds: string[],
    owner: string,
    leaseUntil: number,
    now: number,
  ): Promise<StepRecord[]>;

  /** Sets aside pending steps that wait for a failed step, until that one is retried. */
  park(stepIds: string[], now: number): Promise<void>;

  /**
   * Brings back parked steps none of whose dependencies has failed any more (repairs
   * a park that raced with a retry). Returns how many came back.
   */
  unparkReleased(now: number): Promise<number>;

  /** Records what a running step has made so far; false when the lease is lost. */
  saveResult(
    stepId: string,
    owner: string,
    result: Record<string, unknown>,
    leaseUntil: number,
    now: number,
  ): Promise<boolean>;

  /** Extends the lease of a running step; false when it is lost. */
  extendLease(
    stepId: string,
    owner: string,
    leaseUntil: number,
    now: number,
  ): Promise<boolean>;

  /**
   * Records how an attempt ended and, in the same transaction, its timeline entry.
   * False (and nothing written) when the lease is lost.
   */
  finish(
    step: StepRecord,
    owner: string,
    outcome: StepOutcome,
    timelineEntry: NewTimelineEntry | undefined,
    now: number,
  ): Promise<boolean>;

  /**
   * The earliest time after `since` at which a pending step becomes due or a lease
   * expires (possibly already past: then the worker looks again at once).
   */
  nextWakeUp(since: number): Promise<number | undefined>;

  /** Whether another incident's step already recorded `value` as result field `field`. */
  isResultRecordedElsewhere(
    key: string,
    field: string,
    value: string,
    incidentId: string,
  ): Promise<boolean>;

  /**
   * The incident whose succeeded step `key` recorded `value` as result field `field`:
   * the incident of a Slack channel, say.
   */
  incidentWithResult(
    key: string,
    field: string,
    value: string,
  ): Promise<string | undefined>;

  /** Puts failed steps back to pending (and so on, see RetryStepsOptions); returns their keys. */
  retry(options: RetryStepsOptions, now: number): Promise<string[]>;
}
