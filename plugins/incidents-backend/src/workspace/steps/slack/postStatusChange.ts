import { StepContext, StepRun, StepSuccess } from '../StepContext';
import { StatusStepInput } from '../stepInputs';

/** Follow-up of a status change: a message and the topic. */
export function postStatusChange(
  run: StepRun,
  context: StepContext,
  input: StatusStepInput,
): Promise<StepSuccess> {
  return context.postChangeAndTopic(
    run,
    context.messages.statusChangeMessage(run.incident, input),
    `Posted the status change to ${input.to} in the channel`,
  );
}
