import { Config } from '@backstage/config';
import { isOneOf } from '@incident-response/backstage-plugin-incidents-common';
import { readUrl } from '../../lib/config';

export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';
export const DEFAULT_ANNOUNCE_CHANNEL = 'incident-sre';

/** What a Slack user without a catalog user may do from Slack. */
export const UNMAPPED_USERS_POLICIES = [
  'declare-only',
  'allow',
  'deny',
] as const;

export type UnmappedUsersPolicy = (typeof UNMAPPED_USERS_POLICIES)[number];

export type SlackSettings = {
  botToken: string;
  apiUrl: string;
  announceChannel: string;
  archiveOnClose: boolean;
  /** Slack's requests to the plugin (commands, modals) are taken over HTTP only with it. */
  signingSecret?: string;
  /** The app-level token (`xapp-...`): with it, Slack's requests come over Socket Mode. */
  appToken?: string;
  unmappedUsers: UnmappedUsersPolicy;
  /**
   * The emoji (name without colons) that puts a message on its incident's timeline,
   * as pinning does; undefined when only pins do.
   */
  timelineReaction?: string;
  /** How often an open incident's channel is reminded that its severity is to be assessed. */
  severityReminderMinutes: number;
};

export const DEFAULT_TIMELINE_REACTION = 'floppy_disk';
export const DEFAULT_SEVERITY_REMINDER_MINUTES = 30;

function readSeverityReminderMinutes(config: Config): number {
  const key = 'incidents.slack.severityReminderMinutes';
  const value =
    config.getOptionalNumber(key) ?? DEFAULT_SEVERITY_REMINDER_MINUTES;
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(
      `${key}: '${value}' is not a whole number of minutes, 1 or more`,
    );
  }
  return value;
}

function readUnmappedUsers(config: Config): UnmappedUsersPolicy {
  const key = 'incidents.slack.unmappedUsers';
  const value = config.getOptionalString(key) ?? 'declare-only';
  if (!isOneOf(UNMAPPED_USERS_POLICIES, value)) {
    throw new Error(
      `${key}: '${value}' is not one of ${UNMAPPED_USERS_POLICIES.join(', ')}`,
    );
  }
  return value;
}

function readTimelineReaction(config: Config): string | undefined {
  const key = 'incidents.slack.timelineReaction';
  const value = config.getOptional(key) ?? DEFAULT_TIMELINE_REACTION;
  if (value === false) {
    return undefined;
  }
  const name = String(value).replace(/^:(.*):$/, '$1');
  if (typeof value !== 'string' || !/^[a-z0-9_+'-]+$/.test(name)) {
    throw new Error(
      `${key}: '${value}' is not the name of an emoji (e.g. floppy_disk), or false for pins only`,
    );
  }
  return name;
}

/** The Slack settings, or undefined when `incidents.slack.botToken` is not set (Slack is off). */
export function readSlackSettings(config: Config): SlackSettings | undefined {
  const botToken = config.getOptionalString('incidents.slack.botToken');
  if (!botToken) {
    return undefined;
  }
  const apiUrl =
    readUrl(config, 'incidents.slack.apiUrl') ?? DEFAULT_SLACK_API_URL;
  return {
    botToken,
    apiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`,
    announceChannel: (
      config.getOptionalString('incidents.slack.announceChannel') ??
      DEFAULT_ANNOUNCE_CHANNEL
    ).replace(/^#/, ''),
    archiveOnClose:
      config.getOptionalBoolean('incidents.slack.archiveOnClose') ?? false,
    signingSecret: config.getOptionalString('incidents.slack.signingSecret'),
    appToken: config.getOptionalString('incidents.slack.appToken'),
    unmappedUsers: readUnmappedUsers(config),
    timelineReaction: readTimelineReaction(config),
    severityReminderMinutes: readSeverityReminderMinutes(config),
  };
}
