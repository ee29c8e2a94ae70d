import { StepContext, StepRun, StepSuccess } from '../StepContext';

/** On closing, when configured: the channel is archived, after every other Slack step. */
export async function archiveChannel(
  run: StepRun,
  context: StepContext,
): Promise<StepSuccess> {
  const channel = context.channelId(run);
  await context.slack.archive(channel);
  return {
    result: { channelId: channel },
    summary: `Archived #${context.links(run).channelName}`,
  };
}
