import { StepRecord } from '../database/workspaceStepRows';
import { readiness, retryDelayMs } from './WorkspaceWorker';

const step = (key: string, fields: Partial<StepRecord> = {}): StepRecord => ({
  id: key,
  incidentId: 'i',
  key,
  kind: key.split(':')[0] as StepRecord['kind'],
  status: 'pending',
  attempts: 0,
  retriedAtAttempt: 0,
  nextAttemptAt: 0,
  leaseOwner: null,
  leaseUntil: null,
  lastError: null,
  skipCode: null,
  result: null,
  input: null,
  dependsOn: [],
  waitsFor: [],
  requestedBy: 'user:default/guest',
  ...fields,
});

const siblings = (...steps: StepRecord[]) =>
  new Map(steps.map(s => [s.key, s]));

describe('readiness', () => {
  const share = step('slack.share', {
    dependsOn: ['slack.channel'],
    waitsFor: ['google.meet'],
  });

  it('waits for a dependency until it succeeds or is skipped', () => {
    for (const status of ['pending', 'running'] as const) {
      expect(
        readiness(
          share,
          siblings(
            step('slack.channel', { status }),
            step('google.meet', { status: 'succeeded' }),
          ),
        ),
      ).toBe('waiting');
    }
    for (const status of ['succeeded', 'skipped'] as const) {
      expect(
        readiness(
          share,
          siblings(
            step('slack.channel', { status }),
            step('google.meet', { status: 'skipped' }),
          ),
        ),
      ).toBe('ready');
    }
  });

  it('is blocked by a failed dependency', () => {
    expect(
      readiness(
        share,
        siblings(
          step('slack.channel', { status: 'failed' }),
          step('google.meet'),
        ),
      ),
    ).toBe('blocked');
  });

  it('waits for a soft dependency only until it has failed once', () => {
    const channel = step('slack.channel', { status: 'succeeded' });
    expect(
      readiness(
        share,
        siblings(
          channel,
          step('google.meet', { status: 'running', attempts: 1 }),
        ),
      ),
    ).toBe('waiting');
    expect(
      readiness(
        share,
        siblings(
          channel,
          step('google.meet', { attempts: 1, lastError: '503' }),
        ),
      ),
    ).toBe('ready');
    expect(
      readiness(
        share,
        siblings(channel, step('google.meet', { status: 'failed' })),
      ),
    ).toBe('ready');
    // Retried by hand: its last error is from before the retry, so wait for the new attempt.
    expect(
      readiness(
        share,
        siblings(
          channel,
          step('google.meet', {
            attempts: 2,
            retriedAtAttempt: 2,
            lastError: '503',
          }),
        ),
      ),
    ).toBe('waiting');
  });
});

describe('retryDelayMs', () => {
  const settings = { initialRetryDelayMs: 1000, maxRetryDelayMs: 8000 };

  it('doubles up to the maximum, with jitter between half and all of it', () => {
    expect(
      [1, 2, 3, 4, 5, 9].map(n =>
        retryDelayMs(n, settings, undefined, () => 1),
      ),
    ).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    expect(retryDelayMs(3, settings, undefined, () => 0)).toBe(2000);
  });

  it('never retries sooner than Retry-After asks', () => {
    expect(retryDelayMs(1, settings, 30_000, () => 0.5)).toBe(30_000);
  });
});
