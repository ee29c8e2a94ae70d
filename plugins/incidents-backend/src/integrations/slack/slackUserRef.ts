/**
 * How a Slack user with no catalog user is recorded (declarer, role holder, author):
 * `slack:<team>/<user>`.
 */
export function slackUserRef(teamId: string, userId: string): string {
  return `slack:${teamId}/${userId}`;
}

/** The Slack user id of such a reference; undefined for any other reference. */
export function slackUserIdOfRef(ref: string): string | undefined {
  return /^slack:[A-Z0-9]+\/([A-Z0-9]+)$/.exec(ref)?.[1];
}
