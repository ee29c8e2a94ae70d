import { StepContext, StepRun, StepSuccess } from '../StepContext';
import { RoleStepInput } from '../stepInputs';

/** Follow-up of a role change: the new holder is invited and told in the channel. */
export async function postRoleChange(
  run: StepRun,
  context: StepContext,
  input: RoleStepInput,
): Promise<StepSuccess> {
  const slack = context.slack;
  const channel = context.channelId(run);
  const [person] = await context.directory.people([input.toRef]);
  const slackUserId = person?.email
    ? await slack.lookupUserByEmail(person.email)
    : undefined;
  if (slackUserId) {
    await slack.invite(channel, [slackUserId]);
  }
  await (
    await context.postOnce(run, channel, {
      text: context.messages.roleChangeMessage(run.incident, {
        ...input,
        slackUserId,
      }),
    })
  ).saved;
  if (input.role === 'incident-commander') {
    await slack.setTopic(channel, context.messages.channelTopic(run.incident));
  }
  return {
    result: { ...run.result, invited: Boolean(slackUserId) },
    summary: `Posted the ${input.role} handover in the channel`,
  };
}
