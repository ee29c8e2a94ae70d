import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far a request's timestamp may be from now, either way: Slack's replay window. */
export const SLACK_TIMESTAMP_TOLERANCE_S = 5 * 60;

/** Why a request is not taken as Slack's, for the log; never the secret or the body. */
export type SlackSignatureProblem =
  | 'missing-headers'
  | 'stale-timestamp'
  | 'bad-signature';

/**
 * Checks Slack's v0 signature of a request: the HMAC-SHA256 of `v0:<timestamp>:<raw
 * body>` with the app's signing secret, compared in constant time, with a timestamp
 * within five minutes of now. Returns what is wrong, or undefined when the request is
 * Slack's.
 */
export function slackSignatureProblem(request: {
  signingSecret: string;
  rawBody: Buffer;
  timestamp: string | undefined;
  signature: string | undefined;
  nowMs: number;
}): SlackSignatureProblem | undefined {
  const { timestamp, signature } = request;
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) {
    return 'missing-headers';
  }
  if (
    Math.abs(request.nowMs / 1000 - Number(timestamp)) >
    SLACK_TIMESTAMP_TOLERANCE_S
  ) {
    return 'stale-timestamp';
  }
  const expected = Buffer.from(
    `v0=${createHmac('sha256', request.signingSecret)
      .update(`v0:${timestamp}:`)
      .update(request.rawBody)
      .digest('hex')}`,
  );
  const given = Buffer.from(signature);
  // timingSafeEqual throws on buffers of different lengths.
  return expected.length === given.length && timingSafeEqual(expected, given)
    ? undefined
    : 'bad-signature';
}
