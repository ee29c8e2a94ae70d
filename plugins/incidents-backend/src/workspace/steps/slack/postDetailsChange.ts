import { StepContext, StepRun, StepSuccess } from '../StepContext';
import { DetailsStepInput } from '../stepInputs';

/**
 * Follow-up of a change of severity or title: a message, the topic (it shows the
 * severity) and the purpose (it shows the title).
 */
export async function postDetailsChange(
  run: StepRun,
  context: StepContext,
  input: DetailsStepInput,
): Promise<StepSuccess> {
  const success = await context.postChangeAndTopic(
    run,
    context.messages.detailsChangeMessage(run.incident, input),
    `Posted the ${[
      input.severity && `severity change to ${input.severity.to}`,
      input.title && 'new title',
    ]
      .filter(Boolean)
      .join(' and ')} in the channel`,
  );
  if (input.title) {
    await context.slack.setPurpose(
      context.channelId(run),
      context.messages.channelPurpose(run.incident),
    );
  }
  return success;
}
