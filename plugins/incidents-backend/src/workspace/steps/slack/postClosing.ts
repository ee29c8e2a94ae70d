import { StepContext, StepRun, StepSuccess } from '../StepContext';

/** On closing: the closing message and the topic. */
export async function postClosing(
  run: StepRun,
  context: StepContext,
): Promise<StepSuccess> {
  const channel = context.channelId(run);
  const posted = await context.postOnce(run, channel, {
    text: context.messages.closingMessage(run.incident, context.links(run)),
  });
  await posted.saved;
  await context.slack.setTopic(
    channel,
    context.messages.channelTopic(run.incident),
  );
  return {
    result: run.result,
    summary: 'Posted the closing message in the channel',
  };
}
