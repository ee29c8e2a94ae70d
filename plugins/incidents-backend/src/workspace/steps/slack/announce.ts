import { StepContext, StepRun, StepSuccess } from '../StepContext';

/** The announcement in the announcement channel (`#incident-sre` by default). */
export async function announce(
  run: StepRun,
  context: StepContext,
): Promise<StepSuccess> {
  const channel = context.slack.settings.announceChannel;
  await (
    await context.postOnce(run, channel, {
      text: context.messages.announcement(run.incident, context.links(run)),
    })
  ).saved;
  return {
    result: { ...run.result, channel },
    summary: `Announced the incident in #${channel}`,
  };
}
