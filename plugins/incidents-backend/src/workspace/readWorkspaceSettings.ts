import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';

export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';
export const DEFAULT_GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';
export const DEFAULT_ANNOUNCE_CHANNEL = 'incident-sre';
export const DEFAULT_TRACKING_RANGE = 'Sheet1!A:J';

export type SlackSettings = {
  botToken: string;
  apiUrl: string;
  announceChannel: string;
  archiveOnClose: boolean;
};

export type GoogleSettings = {
  clientEmail: string;
  privateKey: string;
  /** The Workspace user the service account acts as (domain-wide delegation). */
  subject?: string;
  /** Replaces every Google API's own root URL (tests point it at a fake). */
  rootUrl?: string;
  tokenUrl: string;
  postmortemTemplateId?: string;
  incidentsFolderId?: string;
  trackingSpreadsheetId?: string;
  trackingRange: string;
};

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

function readUrl(config: Config, key: string): string | undefined {
  const value = config.getOptionalString(key);
  if (value === undefined) {
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${key}: '${value}' is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${key}: '${value}' must be an http or https URL`);
  }
  return value;
}

function readMs(config: Config, key: string, fallbackMs: number): number {
  if (!config.has(key)) {
    return fallbackMs;
  }
  return durationToMilliseconds(readDurationFromConfig(config, { key }));
}

function readPositiveInteger(
  config: Config,
  key: string,
  fallback: number,
): number {
  const value = config.getOptionalNumber(key);
  if (value === undefined) {
    return fallback;
  }
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${key}: must be a whole number of at least 1`);
  }
  return value;
}

/** A1 range of the tracking sheet: `Sheet name!A:J` (quotes around names with spaces). */
export function parseTrackingRange(range: string): {
  sheet: string;
  firstColumn: string;
  lastColumn: string;
} {
  const match =
    /^(?:'((?:[^']|'')+)'|([^!']+))!([A-Z]{1,3})(?:\d+)?:([A-Z]{1,3})(?:\d+)?$/.exec(
      range.trim(),
    );
  if (!match) {
    throw new Error(
      `incidents.google.trackingRange: '${range}' is not a range of whole columns such as 'Incidents!A:J'`,
    );
  }
  return {
    sheet: match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2],
    firstColumn: match[3],
    lastColumn: match[4],
  };
}

/**
 * Reads the Slack, Google and worker settings. An integration without its credentials
 * is off (its steps are skipped); credentials given in part are a configuration error.
 */
export function readWorkspaceSettings(config: Config): WorkspaceSettings {
  let slack: SlackSettings | undefined;
  const botToken = config.getOptionalString('incidents.slack.botToken');
  if (botToken) {
    const apiUrl =
      readUrl(config, 'incidents.slack.apiUrl') ?? DEFAULT_SLACK_API_URL;
    slack = {
      botToken,
      apiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`,
      announceChannel: (
        config.getOptionalString('incidents.slack.announceChannel') ??
        DEFAULT_ANNOUNCE_CHANNEL
      ).replace(/^#/, ''),
      archiveOnClose:
        config.getOptionalBoolean('incidents.slack.archiveOnClose') ?? false,
    };
  }

  let google: GoogleSettings | undefined;
  const clientEmail = config.getOptionalString('incidents.google.clientEmail');
  const privateKey = config.getOptionalString('incidents.google.privateKey');
  if (clientEmail || privateKey) {
    if (!clientEmail || !privateKey) {
      throw new Error(
        `incidents.google: set both clientEmail and privateKey (the service account's client_email and private_key), or neither; ${
          clientEmail ? 'privateKey' : 'clientEmail'
        } is missing`,
      );
    }
    const trackingRange =
      config.getOptionalString('incidents.google.trackingRange') ??
      DEFAULT_TRACKING_RANGE;
    parseTrackingRange(trackingRange);
    google = {
      clientEmail,
      // Keys passed through environment variables often arrive with literal \n.
      privateKey: privateKey.replace(/\\n/g, '\n'),
      subject: config.getOptionalString('incidents.google.subject'),
      rootUrl: readUrl(config, 'incidents.google.rootUrl'),
      tokenUrl:
        readUrl(config, 'incidents.google.tokenUrl') ??
        DEFAULT_GOOGLE_TOKEN_URL,
      postmortemTemplateId: config.getOptionalString(
        'incidents.google.postmortemTemplateId',
      ),
      incidentsFolderId: config.getOptionalString(
        'incidents.google.incidentsFolderId',
      ),
      trackingSpreadsheetId: config.getOptionalString(
        'incidents.google.trackingSpreadsheetId',
      ),
      trackingRange,
    };
  }

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
    slack,
    google,
    worker,
    appBaseUrl: (
      config.getOptionalString('app.baseUrl') ?? 'http://localhost:3000'
    ).replace(/\/+$/, ''),
  };
}
