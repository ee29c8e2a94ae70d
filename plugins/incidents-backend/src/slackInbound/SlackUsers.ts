import { AuthService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { SlackWorkspaceClient } from '../integrations/slack/SlackWorkspaceClient';
import { slackUserRef } from '../integrations/slack/slackUserRef';

/** The catalog annotation that names a user's Slack id. */
export const SLACK_USER_ID_ANNOTATION = 'slack.com/user_id';

/** A Slack user as the plugin sees them. */
export type SlackPerson = {
  /** Their catalog user, when one is found. */
  userRef?: string;
  /** How they are recorded when they have no catalog user: `slack:<team>/<user>`. */
  slackRef: string;
  /** Their Slack locale, e.g. `fr-CA`. */
  locale?: string;
  /** Their name in Slack. */
  name?: string;
};

/** How long what Slack and the catalog say about a user is kept. */
const CACHE_TTL_MS = 10 * 60 * 1000;

/**
 * Finds the catalog user behind a Slack user: the user annotated with their Slack id
 * (`slack.com/user_id`), else the user whose `spec.profile.email` is their Slack email
 * (`+tag` ignored). Answers are kept for ten minutes: a command must be acknowledged
 * within three seconds.
 */
export class SlackUsers {
  private readonly cache = new Map<
    string,
    { at: number; person: Promise<SlackPerson> }
  >();

  constructor(
    private readonly deps: {
      slack: Pick<SlackWorkspaceClient, 'userInfo'>;
      catalog: CatalogService;
      auth: AuthService;
      now?: () => number;
    },
  ) {}

  lookup(teamId: string, userId: string): Promise<SlackPerson> {
    const now = this.deps.now?.() ?? Date.now();
    const key = `${teamId}/${userId}`;
    const cached = this.cache.get(key);
    if (cached && now - cached.at < CACHE_TTL_MS) {
      return cached.person;
    }
    const person = this.find(teamId, userId);
    this.cache.set(key, { at: now, person });
    // A failed lookup is not kept.
    person.catch(() => this.cache.delete(key));
    return person;
  }

  private async find(teamId: string, userId: string): Promise<SlackPerson> {
    const [info, credentials] = await Promise.all([
      this.deps.slack.userInfo(userId),
      this.deps.auth.getOwnServiceCredentials(),
    ]);
    const fields = ['kind', 'metadata.name', 'metadata.namespace'];
    const byAnnotation = await this.deps.catalog.getEntities(
      {
        filter: {
          kind: 'user',
          [`metadata.annotations.${SLACK_USER_ID_ANNOTATION}`]: userId,
        },
        fields,
      },
      { credentials },
    );
    let user = byAnnotation.items[0];
    if (!user && info.email) {
      const [local, domain] = info.email.split('@');
      const email = `${local.replace(/\+.*$/, '')}@${domain}`;
      const byEmail = await this.deps.catalog.getEntities(
        { filter: { kind: 'user', 'spec.profile.email': email }, fields },
        { credentials },
      );
      user = byEmail.items[0];
    }
    return {
      userRef: user ? stringifyEntityRef(user) : undefined,
      slackRef: slackUserRef(teamId, userId),
      locale: info.locale,
      name: info.name,
    };
  }
}
