import {
  slackChannelUrl,
  StepContext,
  StepRun,
  StepSuccess,
} from '../StepContext';

/**
 * The channel's first message (what is wrong, roles, links, next steps), pinned, with
 * bookmarks to the incident, the Meet and the doc.
 */
export async function shareFirstMessage(
  run: StepRun,
  context: StepContext,
): Promise<StepSuccess> {
  const slack = context.slack;
  const channel = context.channelId(run);
  const links = context.links(run);
  const build = (shared: { sharedMeet: boolean; sharedDoc: boolean }) => {
    const meetUrl = shared.sharedMeet ? links.meetUrl : undefined;
    const docUrl = shared.sharedDoc ? links.docUrl : undefined;
    const comingLater = (['google.meet', 'google.doc'] as const)
      .filter(key => run.steps.get(key)?.status !== 'skipped')
      .map(key => (key === 'google.meet' ? 'meet' : 'doc'))
      .filter(link => (link === 'meet' ? !meetUrl : !docUrl));
    return { meetUrl, docUrl, comingLater };
  };
  // Which links the message carries travels with it (in its metadata and then the
  // result), so a re-run and slack.links know what is still to share.
  const intended = {
    sharedMeet: Boolean(links.meetUrl),
    sharedDoc: Boolean(links.docUrl),
  };
  const posted = await context.postOnce(
    run,
    channel,
    context.messages.firstMessage(run.incident, {
      ...links,
      ...build(intended),
    }),
    intended,
  );
  const { meetUrl, docUrl, comingLater } = build({
    sharedMeet: Boolean(posted.details.sharedMeet),
    sharedDoc: Boolean(posted.details.sharedDoc),
  });
  const bookmarks: [string, string, string][] = [
    [
      'Incident in Backstage',
      context.facts.incidentUrl(run.incident),
      ':rotating_light:',
    ],
  ];
  if (meetUrl) {
    bookmarks.push(['Google Meet', meetUrl, ':video_camera:']);
  }
  if (docUrl) {
    bookmarks.push(['Postmortem', docUrl, ':memo:']);
  }
  await Promise.all([
    posted.saved,
    slack.pin(channel, posted.ts),
    context.addBookmarks(run, channel, bookmarks),
  ]);
  return {
    result: { ...run.result, url: slackChannelUrl(channel) },
    summary: `Posted and pinned the first message in the channel${
      comingLater.length > 0
        ? '; the links not ready yet follow when they are'
        : ''
    }`,
  };
}
