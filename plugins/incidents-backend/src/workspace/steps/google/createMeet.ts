import { StepContext, StepRun, StepSuccess } from '../StepContext';

/**
 * A Google Meet space. Spaces cannot be looked up: a lost answer may leave an unused
 * space behind, which nobody sees.
 */
export async function createMeet(
  run: StepRun,
  context: StepContext,
): Promise<StepSuccess> {
  const space = await context.google.createMeetSpace();
  const result = {
    spaceName: space.name,
    meetingUri: space.meetingUri,
    meetingCode: space.meetingCode,
    url: space.meetingUri,
  };
  await run.save(result);
  return {
    result: run.result,
    summary: `Created the Google Meet ${space.meetingUri}`,
  };
}
