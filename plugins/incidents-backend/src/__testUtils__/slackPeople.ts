import { Entity } from '@backstage/catalog-model';
import { createHmac } from 'node:crypto';

/** The signing secret the Slack entry point's tests configure. */
export const SLACK_SIGNING_SECRET = 'slack-signing-secret-for-tests';
export const SLACK_TEAM = 'T0NORTHWIND';

/** A catalog user found by the Slack id annotation, whose email differs from Slack's. */
export const amelie: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: {
    name: 'amelie',
    namespace: 'default',
    annotations: { 'slack.com/user_id': 'UAMELIE' },
  },
  spec: { profile: { email: 'amelie.tremblay@northwind.example' } },
};

/** Slack users besides the workspace test bed's: amelie (French) and someone unknown to the catalog. */
export const MORE_SLACK_USERS = [
  {
    id: 'UAMELIE',
    email: 'amelie@northwind.example',
    name: 'amelie',
    locale: 'fr-CA',
  },
  { id: 'UNOBODY', email: 'nobody@elsewhere.example', name: 'nobody' },
];

export const nowS = () => Math.floor(Date.now() / 1000);

/** Slack's v0 signature headers of a request body. */
export function slackSignature(
  body: string,
  timestampS: number = nowS(),
  secret = SLACK_SIGNING_SECRET,
) {
  return {
    'X-Slack-Request-Timestamp': String(timestampS),
    'X-Slack-Signature': `v0=${createHmac('sha256', secret)
      .update(`v0:${timestampS}:${body}`)
      .digest('hex')}`,
  };
}
