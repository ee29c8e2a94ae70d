import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import { IncidentDetails } from '@incident-response/backstage-plugin-incidents-common';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { NewTimelineEntry } from '../database/timeline';
import { StepRecord } from '../database/workspaceStepRows';
import { IncidentsStore } from '../incidents/IncidentsStore';
import { IncidentChangeListeners } from '../lib/changeListeners';
import { classifyStepError, LeaseLostError } from './classifyStepError';
import { STEP_LABELS } from './content/stepLabels';
import { WorkerSettings } from './readWorkspaceSettings';
import { StepRun, StepSuccess } from './steps/StepContext';
import { StepOutcome, WorkspaceStepsStore } from './WorkspaceStepsStore';

/** How many due steps one scheduling round looks at. */
const DUE_BATCH = 200;
/** The longest a local wake-up timer waits; the scheduled task covers longer backoffs. */
const MAX_TIMER_MS = 60_000;
/** How long stopping waits for running steps to record their outcome. */
const STOP_GRACE_MS = 5_000;
/** Incidents kept in memory between rounds (a declare's steps run over several). */
const INCIDENT_CACHE_SIZE = 100;

type Readiness = 'ready' | 'waiting' | 'blocked';

/**
 * Whether a step may run now: every `dependsOn` step succeeded or was skipped, and every
 * `waitsFor` step has settled (succeeded, skipped, failed, or failed once and is being
 * retried). A failed `dependsOn` step blocks it until someone retries that step.
 */
export function readiness(
  step: StepRecord,
  siblings: Map<string, StepRecord>,
): Readiness {
  let waiting = false;
  for (const key of step.dependsOn) {
    const dependency = siblings.get(key);
    if (!dependency || ['succeeded', 'skipped'].includes(dependency.status)) {
      continue;
    }
    if (dependency.status === 'failed') {
      return 'blocked';
    }
    waiting = true;
  }
  for (const key of step.waitsFor) {
    const dependency = siblings.get(key);
    const settled =
      !dependency ||
      ['succeeded', 'skipped', 'failed'].includes(dependency.status) ||
      (dependency.status === 'pending' &&
        dependency.lastError !== null &&
        dependency.attempts > dependency.retriedAtAttempt);
    waiting ||= !settled;
  }
  return waiting ? 'waiting' : 'ready';
}

/** Exponential backoff with jitter, never shorter than what the remote side asked for. */
export function retryDelayMs(
  attempt: number,
  settings: Pick<WorkerSettings, 'initialRetryDelayMs' | 'maxRetryDelayMs'>,
  retryAfterMs?: number,
  random = Math.random,
): number {
  const exponential = Math.min(
    settings.maxRetryDelayMs,
    settings.initialRetryDelayMs * 2 ** Math.max(0, attempt - 1),
  );
  // "Equal jitter": between half and all of the delay, so replicas do not retry in step.
  const jittered = exponential * (0.5 + random() * 0.5);
  return Math.round(Math.max(jittered, retryAfterMs ?? 0));
}

/**
 * Runs workspace steps: takes due steps with a lease (a conditional UPDATE only one
 * replica can win), runs those whose dependencies are done, up to `concurrency` at a
 * time, starts dependants as soon as a step finishes, records each outcome with its
 * timeline entry, and retries transient errors with backoff up to `maxAttempts`.
 *
 * `kick()` starts a drain in the background (after a declare commits);
 * `drain()` is also the scheduled task, which resumes steps after a restart and
 * picks up what other replicas left behind.
 */
export class WorkspaceWorker {
  readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly inFlight = new Map<string, Promise<void>>();
  private draining?: Promise<void>;
  private rerun = false;
  private woken = false;
  private wake?: () => void;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  /** When the last look at due steps was taken (what it saw is dealt with). */
  private lastScanAt?: number;
  private readonly incidentCache = new Map<string, IncidentDetails>();

  constructor(
    private readonly deps: {
      steps: WorkspaceStepsStore;
      incidents: Pick<IncidentsStore, 'getIncident' | 'incidentVersions'>;
      runStep: (run: StepRun) => Promise<StepSuccess>;
      settings: WorkerSettings;
      logger: LoggerService;
      /** Told after a step of an incident changed state (live pages follow it). */
      listeners?: IncidentChangeListeners;
    },
  ) {}

  /** Looks for work in the background; never throws, never blocks the caller. */
  kick(): void {
    this.drain().catch(error =>
      this.deps.logger.error('Workspace worker failed', {
        error: stringifyError(error),
      }),
    );
  }

  /**
   * Runs due steps until none is runnable, then returns. The scheduled task also sweeps
   * parked steps whose dependency is no longer failed (a park that raced a retry).
   */
  drain(options?: { sweep?: boolean }): Promise<void> {
    if (this.stopped) {
      return Promise.resolve();
    }
    if (this.draining) {
      this.rerun = true;
      this.signal();
      return this.draining;
    }
    this.draining = (async () => {
      try {
        if (options?.sweep) {
          await this.deps.steps.unparkReleased(Date.now());
        }
        do {
          this.rerun = false;
          await this.loop();
        } while (this.rerun && !this.stopped);
      } finally {
        await this.scheduleWakeUp();
        this.draining = undefined;
        if (this.rerun && !this.stopped) {
          this.kick(); // asked for while this drain was finishing
        }
      }
    })();
    return this.draining;
  }

  /**
   * Stops taking steps and waits a little for running ones to record their outcome (and
   * for the current drain to finish with the database, which may be closed next).
   */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.signal();
    await Promise.race([
      Promise.allSettled([...this.inFlight.values(), this.draining]),
      new Promise(resolve => setTimeout(resolve, STOP_GRACE_MS).unref()),
    ]);
  }

  private signal() {
    this.woken = true;
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private waitForSignal(): Promise<void> {
    if (this.woken) {
      return Promise.resolve();
    }
    return new Promise(resolve => {
      this.wake = resolve;
    });
  }

  private async loop() {
    for (;;) {
      // Any signal before this point is covered by the look at the database below.
      this.woken = false;
      if (!this.stopped) {
        await this.startRunnable();
      }
      if (this.inFlight.size === 0 && (!this.woken || this.stopped)) {
        return;
      }
      await this.waitForSignal();
    }
  }

  private async startRunnable() {
    const { steps: store, settings } = this.deps;
    const capacity = settings.concurrency - this.inFlight.size;
    if (capacity <= 0) {
      return;
    }
    const now = Date.now();
    this.lastScanAt = now;
    const { due, stepsByIncident } = await store.listDue(now, DUE_BATCH);
    const blocked: string[] = [];
    const runnable: StepRecord[] = [];
    for (const step of due) {
      if (this.inFlight.has(step.id)) {
        continue;
      }
      const siblings = new Map(
        (stepsByIncident.get(step.incidentId) ?? []).map(s => [s.key, s]),
      );
      const state = readiness(step, siblings);
      if (state === 'blocked') {
        blocked.push(step.id);
      } else if (state === 'ready') {
        runnable.push(step);
      }
    }
    const parking = store.park(blocked, now);
    if (runnable.length === 0 || this.stopped) {
      await parking;
      return;
    }
    // Steps others wait for first, so the critical path is not queued behind leaves.
    const dependants = (step: StepRecord) =>
      (stepsByIncident.get(step.incidentId) ?? []).filter(
        s => s.dependsOn.includes(step.key) || s.waitsFor.includes(step.key),
      ).length;
    const chosen = runnable
      .map(step => ({ step, dependants: dependants(step) }))
      .sort((a, b) => b.dependants - a.dependants)
      .slice(0, capacity)
      .map(({ step }) => step);
    // Each incident is read at most once per round, while the steps are being claimed,
    // and not at all when it has not changed since the last read.
    const incidents = this.readIncidents([
      ...new Set(chosen.map(s => s.incidentId)),
    ]);
    const claimed = await store.claim(
      chosen.map(s => s.id),
      this.owner,
      Date.now() + settings.leaseMs,
      Date.now(),
    );
    await parking;
    const order = new Map(chosen.map((s, index) => [s.id, index]));
    claimed.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    for (const step of claimed) {
      const siblings = new Map(
        (stepsByIncident.get(step.incidentId) ?? []).map(s => [s.key, s]),
      );
      siblings.set(step.key, step);
      const execution = this.execute(
        step,
        siblings,
        incidents.then(read => read.get(step.incidentId)),
      )
        .catch(error =>
          this.deps.logger.error('Workspace step crashed', {
            step: step.key,
            incidentId: step.incidentId,
            error: stringifyError(error),
          }),
        )
        .finally(() => {
          this.inFlight.delete(step.id);
          this.signal();
        });
      this.inFlight.set(step.id, execution);
    }
  }

  /** The incidents, from the cache when their version has not changed. */
  private readIncidents(
    ids: string[],
  ): Promise<Map<string, IncidentDetails | undefined>> {
    const read = (async () => {
      const versions = await this.deps.incidents.incidentVersions(ids);
      const result = new Map<string, IncidentDetails | undefined>();
      await Promise.all(
        ids.map(async id => {
          const cached = this.incidentCache.get(id);
          const version = versions.get(id);
          if (cached && version === Date.parse(cached.updatedAt)) {
            result.set(id, cached);
            return;
          }
          const incident =
            version === undefined
              ? undefined
              : await this.deps.incidents.getIncident({ id });
          this.incidentCache.delete(id);
          if (incident) {
            this.incidentCache.set(id, incident);
            if (this.incidentCache.size > INCIDENT_CACHE_SIZE) {
              this.incidentCache.delete(
                this.incidentCache.keys().next().value!,
              );
            }
          }
          result.set(id, incident);
        }),
      );
      return result;
    })();
    read.catch(() => {}); // awaited (and reported) by the steps that run
    return read;
  }

  private async execute(
    step: StepRecord,
    siblings: Map<string, StepRecord>,
    read: Promise<IncidentDetails | undefined>,
  ) {
    const { steps: store, settings, logger } = this.deps;
    // If the incident cannot be read, the error is logged and the lease runs out, so
    // the step is tried again.
    const incident = await read;
    if (!incident) {
      return; // deleted with its steps
    }
    const label = STEP_LABELS[step.kind] ?? step.key;
    const attemptsUsed = step.attempts - step.retriedAtAttempt;
    const log = {
      incident: incident.number,
      step: step.key,
      attempt: step.attempts,
    };
    this.notify(incident);

    if (attemptsUsed > settings.maxAttempts) {
      // Every attempt so far was cut short (the backend died or lost the lease): stop
      // before a step that kills its worker takes every replica down in turn.
      const message = `Gave up after ${
        attemptsUsed - 1
      } attempts that never finished`;
      await this.finish(
        step,
        incident,
        { status: 'failed', lastError: message },
        {
          kind: 'workspace-step-failed',
          body: `${label} failed: ${message}. Use "Retry failed steps" to try again.`,
          data: {
            step: step.key,
            kind: step.kind,
            attempts: step.attempts,
            error: message,
          },
        },
      );
      return;
    }

    let leaseLost = false;
    const heartbeat = setInterval(() => {
      const now = Date.now();
      store
        .extendLease(step.id, this.owner, now + settings.leaseMs, now)
        .then(kept => {
          leaseLost ||= !kept;
        })
        .catch(() => {});
    }, Math.max(1000, Math.floor(settings.leaseMs / 3)));
    heartbeat.unref();

    const run: StepRun = {
      step,
      incident,
      steps: siblings,
      mayHaveRun: step.attempts > 1,
      result: { ...(step.result ?? {}) },
      save: async partial => {
        Object.assign(run.result, partial);
        const now = Date.now();
        const kept = await store.saveResult(
          step.id,
          this.owner,
          run.result,
          now + settings.leaseMs,
          now,
        );
        if (!kept || leaseLost) {
          leaseLost = true;
          throw new LeaseLostError(
            `Lost the lease of ${step.key} of ${incident.number}`,
          );
        }
      },
    };

    let outcome: StepOutcome;
    let entry: Omit<NewTimelineEntry, 'authorRef' | 'automatic'> | undefined;
    const started = Date.now();
    try {
      const success = await this.deps.runStep(run);
      outcome = { status: 'succeeded', result: success.result };
      entry = {
        kind: 'workspace-step-succeeded',
        body: `${label}: ${success.summary}`,
        data: {
          step: step.key,
          kind: step.kind,
          attempts: step.attempts,
          result: success.result,
        },
      };
      logger.info(`Workspace step succeeded: ${success.summary}`, {
        ...log,
        ms: Date.now() - started,
      });
    } catch (error) {
      if (error instanceof LeaseLostError || leaseLost) {
        logger.warn(
          'Workspace step lost its lease; another worker takes over',
          log,
        );
        return;
      }
      const classified = classifyStepError(error);
      if (classified.transient && attemptsUsed < settings.maxAttempts) {
        const delay = retryDelayMs(
          attemptsUsed,
          settings,
          classified.retryAfterMs,
        );
        const nextAttemptAt = Date.now() + delay;
        outcome = {
          status: 'pending',
          lastError: classified.message,
          nextAttemptAt,
        };
        // One timeline entry per run of failures, not one per attempt.
        entry =
          attemptsUsed === 1
            ? {
                kind: 'workspace-step-retrying',
                body: `${label}: ${classified.message}. Retrying automatically.`,
                data: {
                  step: step.key,
                  kind: step.kind,
                  attempts: step.attempts,
                  error: classified.message,
                  nextAttemptAt: new Date(nextAttemptAt).toISOString(),
                },
              }
            : undefined;
        logger.warn(`Workspace step will be retried: ${classified.message}`, {
          ...log,
          retryInMs: delay,
        });
      } else {
        const message = classified.transient
          ? `Gave up after ${attemptsUsed} attempts: ${classified.message}`
          : classified.message;
        outcome = { status: 'failed', lastError: message };
        entry = {
          kind: 'workspace-step-failed',
          body: `${label} failed: ${message}. Use "Retry failed steps" once it is fixed.`,
          data: {
            step: step.key,
            kind: step.kind,
            attempts: step.attempts,
            error: message,
          },
        };
        logger.error(`Workspace step failed: ${message}`, log);
      }
    } finally {
      clearInterval(heartbeat);
    }
    if (leaseLost) {
      logger.warn(
        'Workspace step lost its lease; another worker takes over',
        log,
      );
      return;
    }
    await this.finish(step, incident, outcome, entry);
  }

  private async finish(
    step: StepRecord,
    incident: IncidentDetails,
    outcome: StepOutcome,
    entry: Omit<NewTimelineEntry, 'authorRef' | 'automatic'> | undefined,
  ) {
    let recorded = false;
    try {
      recorded = await this.deps.steps.finish(
        step,
        this.owner,
        outcome,
        entry && { ...entry, authorRef: step.requestedBy, automatic: true },
        Date.now(),
      );
    } catch (error) {
      // The database is unavailable: the lease expires and the step runs again, looking
      // for what this attempt made before making anything.
      this.deps.logger.error('Could not record a workspace step outcome', {
        incident: incident.number,
        step: step.key,
        error: stringifyError(error),
      });
      return;
    }
    if (!recorded) {
      this.deps.logger.warn('Workspace step outcome not recorded: lease lost', {
        incident: incident.number,
        step: step.key,
      });
      return;
    }
    this.notify(incident);
  }

  /** Tells the listeners in the background: steps never wait for them. */
  private notify(incident: IncidentDetails) {
    this.deps.listeners?.notify({ incident }).catch(error =>
      this.deps.logger.warn('Could not signal a workspace step change', {
        error: stringifyError(error),
      }),
    );
  }

  private async scheduleWakeUp() {
    clearTimeout(this.timer);
    if (this.stopped) {
      return;
    }
    try {
      // Everything due at the last look was run, or waits for a step whose end starts
      // another look. What becomes due after it needs a timer, even if that moment
      // passed while this drain was finishing.
      const next = await this.deps.steps.nextWakeUp(
        this.lastScanAt ?? Date.now(),
      );
      if (next !== undefined) {
        this.timer = setTimeout(
          () => this.kick(),
          Math.min(MAX_TIMER_MS, Math.max(0, next - Date.now()) + 5),
        );
        this.timer.unref();
      }
    } catch (error) {
      this.deps.logger.warn('Could not plan the next workspace worker run', {
        error: stringifyError(error),
      });
    }
  }
}
