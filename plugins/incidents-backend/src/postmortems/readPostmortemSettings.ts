import { Config, readDurationFromConfig } from '@backstage/config';
import { HumanDuration } from '@backstage/types';
import { readMs } from '../lib/config';

export type PostmortemSettings = {
  /** How long after its creation an action item is due, unless said otherwise. */
  actionItemDueInMs: number;
  /** Groups or users told when a postmortem is submitted for review. */
  reviewerRefs: string[];
  /** How often the action-item reminders run. */
  remindersFrequency: HumanDuration;
};

const EIGHT_WEEKS_MS = 8 * 7 * 24 * 60 * 60 * 1000;

export function readPostmortemSettings(config: Config): PostmortemSettings {
  const frequencyKey = 'incidents.postmortems.reminders.frequency';
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
  };
}
