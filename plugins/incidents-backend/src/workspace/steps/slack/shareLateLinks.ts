import { StepContext, StepRun, StepSuccess } from '../StepContext';

/** The Meet and doc links that were not ready for the first message, once they are. */
export async function shareLateLinks(
  run: StepRun,
  context: StepContext,
): Promise<StepSuccess> {
  const share = context.succeeded(run, 'slack.share') ?? {};
  const links = context.links(run);
  const late = {
    meetUrl: share.sharedMeet ? undefined : links.meetUrl,
    docUrl: share.sharedDoc ? undefined : links.docUrl,
  };
  if (!late.meetUrl && !late.docUrl) {
    return {
      result: { late: false },
      summary:
        links.meetUrl || links.docUrl
          ? 'The first message already had the Meet and doc links'
          : 'No Meet or doc links to share',
    };
  }
  const channel = context.channelId(run);
  await (
    await context.postOnce(run, channel, {
      text: context.messages.lateLinksMessage(run.incident, late),
    })
  ).saved;
  const bookmarks: [string, string, string][] = [];
  if (late.meetUrl)
    bookmarks.push(['Google Meet', late.meetUrl, ':video_camera:']);
  if (late.docUrl) bookmarks.push(['Postmortem', late.docUrl, ':memo:']);
  await context.addBookmarks(run, channel, bookmarks);
  return {
    result: { ...run.result, late: true },
    summary: `Shared the ${[late.meetUrl && 'Meet', late.docUrl && 'doc']
      .filter(Boolean)
      .join(' and ')} link${
      late.meetUrl && late.docUrl ? 's' : ''
    } in the channel`,
  };
}
