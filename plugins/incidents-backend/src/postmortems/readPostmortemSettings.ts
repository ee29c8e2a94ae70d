import { Config, readDurationFromConfig } from '@backstage/config';
import { HumanDuration } from '@backstage/types';
import { isOneOf } from '@incident-response/backstage-plugin-incidents-common';
import { readMs } from '../lib/config';
import {
  NOTIFICATION_LANGUAGES,
  NotificationLanguage,
} from './notificationTexts';

export type PostmortemSettings = {
  /** How long after its creation an action item is due, unless said otherwise. */
  actionItemDueInMs: number;
  /** Groups or users told when a postmortem is submitted for review. */
  reviewerRefs: string[];
  /** How often the action-item reminders run. */
  remindersFrequency: HumanDuration;
  /** The language notifications are written in. */
  notificationLanguage: NotificationLanguage;
};

const EIGHT_WEEKS_MS = 8 * 7 * 24 * 60 * 60 * 1000;

export function readPostmortemSettings(config: Config): PostmortemSettings {
  const frequencyKey = 'incidents.postmortems.reminders.frequency';
  const languageKey = 'incidents.notifications.language';
  const language = config.getOptionalString(languageKey) ?? 'en';
  if (!isOneOf(NOTIFICATION_LANGUAGES, language)) {
    throw new Error(
      `${languageKey}: '${language}' is not one of ${NOTIFICATION_LANGUAGES.join(
        ', ',
      )}`,
    );
  }
  return {
    actionItemDueInMs: readMs(
      config,
      'incidents.postmortems.actionItemDueIn',
      EIGHT_WEEKS_MS,
    ),
    reviewerRefs: config.getOptionalStringArray(
      'incidents.postmortems.reviewers',
    ) ?? ['group:default/sre-team'],
    remindersFrequency: config.has(frequencyKey)
      ? readDurationFromConfig(config, { key: frequencyKey })
      : { hours: 24 },
    notificationLanguage: language,
  };
}
