import { WorkspaceStepKind } from '@incident-response/backstage-plugin-incidents-common';

/** What each kind of step is, in the timeline and the logs. */
export const STEP_LABELS: Record<WorkspaceStepKind, string> = {
  'slack.channel': 'Slack channel',
  'google.meet': 'Google Meet',
  'google.doc': 'Postmortem document',
  'google.doc-fill': 'Postmortem placeholders',
  'slack.share': 'First channel message',
  'slack.links': 'Meet and doc links in the channel',
  'google.sheet': 'Tracking sheet row',
  'slack.invite': 'Channel invitations',
  'slack.announce': 'Announcement',
  'slack.status-update': 'Status change message',
  'slack.details-update': 'Severity or title change message',
  'slack.role-update': 'Role change message',
  'slack.close': 'Closing message',
  'slack.archive': 'Channel archiving',
  'google.sheet-update': 'Tracking sheet update',
  'google.doc-status': 'Postmortem status',
  'slack.known-errors': 'Known errors in the channel',
  'google.postmortem-render': 'Approved postmortem in its document',
};
