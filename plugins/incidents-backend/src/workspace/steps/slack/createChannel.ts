import { SlackChannel } from '../../../integrations/slack/SlackWorkspaceClient';
import {
  channelBaseName,
  channelNameCandidate,
  isChannelNameCandidate,
} from '../../channelName';
import { PermanentStepError } from '../../classifyStepError';
import {
  slackChannelUrl,
  StepContext,
  StepRun,
  StepSuccess,
} from '../StepContext';

/** How many `-2`, `-3`... suffixes to try when channel names are taken. */
const MAX_CHANNEL_NAME_CANDIDATES = 50;

/**
 * The incident's channel, with its topic and purpose. A re-run after a lost answer
 * finds the channel by name and creator instead of making a second one.
 */
export async function createChannel(
  run: StepRun,
  context: StepContext,
): Promise<StepSuccess> {
  const { incident } = run;
  const slack = context.slack;
  let saved = Promise.resolve();
  if (!run.result.channelId) {
    const base = channelBaseName(incident);
    let channel: SlackChannel | undefined;
    if (run.mayHaveRun) {
      channel = await findOwnChannel(run, context, base);
    }
    for (let n = 1; !channel && n <= MAX_CHANNEL_NAME_CANDIDATES; n++) {
      // Slack answers name_taken for archived channels too: try the next suffix.
      channel = await slack.createChannel(
        channelNameCandidate(base, n),
        incident.security,
      );
    }
    if (!channel) {
      throw new PermanentStepError(
        `Slack channel names ${base} to ${channelNameCandidate(
          base,
          MAX_CHANNEL_NAME_CANDIDATES,
        )} are all taken`,
      );
    }
    // Saved while the topic and purpose are set: a re-run that finds no id still
    // finds the channel (by name and creator).
    saved = run.save({
      channelId: channel.id,
      channelName: channel.name,
      private: channel.isPrivate,
      url: slackChannelUrl(channel.id),
    });
    saved.catch(() => {}); // awaited below
  }
  const channelId = String(run.result.channelId);
  await Promise.all([
    saved,
    slack.setTopic(channelId, context.messages.channelTopic(incident)),
    slack.setPurpose(channelId, context.messages.channelPurpose(incident)),
  ]);
  return {
    result: run.result,
    summary: `Created the Slack channel #${run.result.channelName}`,
  };
}

/**
 * The channel an earlier attempt created without recording it: one of this incident's
 * candidate names, created by this app since the incident was declared, and not
 * recorded by another incident.
 */
async function findOwnChannel(
  run: StepRun,
  context: StepContext,
  base: string,
): Promise<SlackChannel | undefined> {
  const botUserId = await context.slack.getBotUserId();
  const since = Date.parse(run.incident.declaredAt) / 1000 - 60;
  const candidates = await context.slack.findChannels(
    c =>
      isChannelNameCandidate(base, c.name) &&
      c.creator === botUserId &&
      (c.created ?? 0) >= since,
  );
  for (const channel of candidates) {
    const taken = await context.store.isResultRecordedElsewhere(
      'slack.channel',
      'channelId',
      channel.id,
      run.incident.id,
    );
    if (!taken) {
      context.logger.info(
        'Found the Slack channel an earlier attempt created',
        { incident: run.incident.number, channel: channel.name },
      );
      return channel;
    }
  }
  return undefined;
}
