import { StepContext, StepRun, StepSuccess } from '../StepContext';
import { KnownErrorsStepInput } from '../stepInputs';

/**
 * After the first message of a new incident's channel: the known errors linked at
 * declare time, then those suggested with a strong match, each with its workaround as it
 * reads when the step runs.
 */
export async function postKnownErrors(
  run: StepRun,
  context: StepContext,
  input: KnownErrorsStepInput,
): Promise<StepSuccess> {
  const channel = context.channelId(run);
  const knownErrors = await context.knownErrors.getKnownErrors([
    ...input.linked,
    ...input.suggested,
  ]);
  if (knownErrors.length === 0) {
    return { result: {}, summary: 'No known errors left to share' };
  }
  await (
    await context.postOnce(
      run,
      channel,
      context.messages.knownErrorsMessage(
        run.incident,
        knownErrors.map(knownError => ({
          ...knownError,
          linked: input.linked.includes(knownError.id),
        })),
      ),
    )
  ).saved;
  return {
    result: {
      ...run.result,
      knownErrors: knownErrors.map(knownError => knownError.number),
    },
    summary: `Shared ${knownErrors
      .map(knownError => knownError.number)
      .join(', ')} in the channel`,
  };
}
