import { Config } from '@backstage/config';
import { readUrl } from '../../lib/config';

export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';
export const DEFAULT_ANNOUNCE_CHANNEL = 'incident-sre';

export type SlackSettings = {
  botToken: string;
  apiUrl: string;
  announceChannel: string;
  archiveOnClose: boolean;
};

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
  };
}
