import { Config, readDurationFromConfig } from '@backstage/config';
import { HumanDuration } from '@backstage/types';
import {
  GoogleSettings,
  readGoogleSettings,
} from '../integrations/google/readGoogleSettings';
import {
  readSlackSettings,
  SlackSettings,
} from '../integrations/slack/readSlackSettings';
import { readMs, readPositiveInteger } from '../lib/config';

export type WorkerSettings = {
  /** Attempts before a step that keeps failing transiently is marked failed. */
  maxAttempts: number;
  initialRetryDelayMs: number;
  maxRetryDelayMs: number;
  /** How long a worker owns a step it runs before another may take it over. */
  leaseMs: number;
  /** Steps run at the same time by one backend. */
  concurrency: number;
  /** How often the scheduled task looks for due steps (after restarts, backoffs). */
  frequency: HumanDuration;
  /** Timeout of each call to Slack or Google. */
  requestTimeoutMs: number;
};

export type WorkspaceSettings = {
  slack?: SlackSettings;
  google?: GoogleSettings;
  worker: WorkerSettings;
  /** The Backstage app's base URL, for links to incident pages. */
  appBaseUrl: string;
};

/**
 * Reads the Slack, Google and worker settings, once for the whole plugin. An integration
 * without its credentials is off (its steps are skipped).
 */
export function readWorkspaceSettings(config: Config): WorkspaceSettings {
  const worker: WorkerSettings = {
    maxAttempts: readPositiveInteger(
      config,
      'incidents.workspace.maxAttempts',
      8,
    ),
    initialRetryDelayMs: readMs(
      config,
      'incidents.workspace.initialRetryDelay',
      1000,
    ),
    maxRetryDelayMs: readMs(
      config,
      'incidents.workspace.maxRetryDelay',
      5 * 60 * 1000,
    ),
    leaseMs: readMs(config, 'incidents.workspace.lease', 2 * 60 * 1000),
    concurrency: readPositiveInteger(
      config,
      'incidents.workspace.concurrency',
      8,
    ),
    frequency: config.has('incidents.workspace.frequency')
      ? readDurationFromConfig(config, { key: 'incidents.workspace.frequency' })
      : { seconds: 10 },
    requestTimeoutMs: readMs(
      config,
      'incidents.workspace.requestTimeout',
      10_000,
    ),
  };

  return {
    slack: readSlackSettings(config),
    google: readGoogleSettings(config),
    worker,
    appBaseUrl: (
      config.getOptionalString('app.baseUrl') ?? 'http://localhost:3000'
    ).replace(/\/+$/, ''),
  };
}
