import { slackUserIdOfRef } from '../../../integrations/slack/slackUserRef';
import {
  slackChannelUrl,
  StepContext,
  StepRun,
  StepSuccess,
} from '../StepContext';

/** Slack users looked up by email at the same time. */
const LOOKUP_BATCH = 10;

/** The reporter, the role holders and the owner teams' members, invited to the channel. */
export async function invitePeople(
  run: StepRun,
  context: StepContext,
): Promise<StepSuccess> {
  const slack = context.slack;
  const channel = context.channelId(run);
  const { incident } = run;
  const involved = [
    incident.reporterRef,
    ...incident.roles.map(r => r.userRef),
  ];
  // Who declared or holds a role from Slack without a catalog user is known by Slack id.
  const bySlackId = involved.flatMap(ref => {
    const slackUserId = slackUserIdOfRef(ref);
    return slackUserId ? [{ userRef: ref, slackUserId }] : [];
  });
  const people = await context.directory.people([
    ...involved.filter(ref => !slackUserIdOfRef(ref)),
    ...incident.ownerRefs,
  ]);
  // Lookups are rate limited (Slack tier 3): a few at a time, and each batch is saved,
  // so a retry after a 429 goes on from where it stopped instead of starting over.
  const found = {
    ...((run.result.slackUsers as Record<string, string | null>) ?? {}),
  };
  const pending = people.filter(p => !(p.userRef in found));
  for (let i = 0; i < pending.length; i += LOOKUP_BATCH) {
    const batch = pending.slice(i, i + LOOKUP_BATCH);
    const slackIds = await Promise.all(
      batch.map(person =>
        person.email ? slack.lookupUserByEmail(person.email) : undefined,
      ),
    );
    batch.forEach((person, index) => {
      found[person.userRef] = slackIds[index] ?? null;
    });
    if (pending.length > LOOKUP_BATCH) {
      await run.save({ slackUsers: found });
    }
  }
  const matched = [
    ...people
      .filter(p => found[p.userRef])
      .map(p => ({ userRef: p.userRef, slackUserId: found[p.userRef]! })),
    ...bySlackId.filter(
      (entry, index) =>
        bySlackId.findIndex(other => other.userRef === entry.userRef) === index,
    ),
  ];
  const notFound = people.filter(p => !found[p.userRef]).map(p => p.userRef);
  let ids = [...new Set(matched.map(m => m.slackUserId))];
  if (run.mayHaveRun && ids.length > 0) {
    const members = new Set(await slack.listMembers(channel));
    ids = ids.filter(id => !members.has(id));
  }
  await slack.invite(channel, ids);
  notFound.sort();
  return {
    result: {
      channelId: channel,
      invited: matched.map(m => m.userRef).sort(),
      notFound,
      url: slackChannelUrl(channel),
    },
    summary: `Invited ${matched.length} ${
      matched.length === 1 ? 'person' : 'people'
    } to the channel${
      notFound.length > 0
        ? `; no Slack account found for ${notFound.join(', ')}`
        : ''
    }`,
  };
}
