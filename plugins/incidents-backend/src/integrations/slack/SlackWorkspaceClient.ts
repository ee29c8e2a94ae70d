import { LoggerService } from '@backstage/backend-plugin-api';
import {
  Logger,
  LogLevel,
  WebAPIPlatformError,
  WebClient,
} from '@slack/web-api';
import type { View } from '@slack/types';
import { SlackSettings } from './readSlackSettings';

/** A channel as conversations.create and conversations.list describe it. */
export type SlackChannel = {
  id: string;
  name: string;
  creator?: string;
  /** Unix seconds. */
  created?: number;
  isPrivate: boolean;
  isArchived: boolean;
};

export type SlackMessage = {
  ts: string;
  text?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
};

/** A message people wrote, as the plugin reads it to put it on a timeline. */
export type SlackChannelMessage = {
  ts: string;
  text: string;
  /** Who wrote it; absent for bots and integrations. */
  user?: string;
  permalink?: string;
};

function toChannelMessage(message: {
  ts?: string;
  text?: string;
  user?: string;
  permalink?: string;
}): SlackChannelMessage {
  return {
    ts: String(message.ts),
    text: message.text ?? '',
    user: message.user,
    permalink: message.permalink,
  };
}

/** Metadata this plugin attaches to its messages, so a re-run finds what it posted. */
export const SLACK_MESSAGE_EVENT_TYPE = 'backstage_incident_step';

function isPlatformError(error: unknown, ...codes: string[]): boolean {
  return (
    error instanceof WebAPIPlatformError && codes.includes(error.data.error)
  );
}

/** Passes the Slack client's own log lines to the plugin logger. */
export function slackLogger(logger: LoggerService): Logger {
  let level = LogLevel.WARN;
  const text = (msg: unknown[]) => msg.map(m => String(m)).join(' ');
  return {
    debug: () => {},
    info: () => {},
    warn: (...msg) => logger.warn(text(msg)),
    error: (...msg) => logger.error(text(msg)),
    setLevel: l => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

/**
 * The Slack Web API calls the workspace steps make, through the official client. Only
 * this plugin's config decides where requests go: `allowAbsoluteUrls: false` keeps the
 * bot token on `incidents.slack.apiUrl` whatever a method name says. Retries are the
 * worker's job (it persists them and honours Retry-After), so the client does not retry
 * and reports a 429 at once.
 */
export class SlackWorkspaceClient {
  private botUserId?: Promise<string>;

  private constructor(
    private readonly client: WebClient,
    readonly settings: SlackSettings,
  ) {}

  /** The client, or undefined when Slack is not configured. */
  static fromSettings(
    settings: SlackSettings | undefined,
    deps: { logger: LoggerService; requestTimeoutMs?: number },
  ): SlackWorkspaceClient | undefined {
    if (!settings) {
      return undefined;
    }
    const client = new WebClient(settings.botToken, {
      slackApiUrl: settings.apiUrl,
      allowAbsoluteUrls: false,
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 0 },
      timeout: deps.requestTimeoutMs ?? 10_000,
      logger: slackLogger(deps.logger),
    });
    return new SlackWorkspaceClient(client, settings);
  }

  /** The bot's own user id (channels it created name it as creator). */
  async getBotUserId(): Promise<string> {
    if (!this.botUserId) {
      this.botUserId = this.client.auth.test().then(r => String(r.user_id));
      this.botUserId.catch(() => {
        this.botUserId = undefined;
      });
    }
    return this.botUserId;
  }

  /** Creates a channel; resolves to undefined when the name is taken. */
  async createChannel(
    name: string,
    isPrivate: boolean,
  ): Promise<SlackChannel | undefined> {
    try {
      const { channel } = await this.client.conversations.create({
        name,
        is_private: isPrivate,
      });
      return {
        id: String(channel?.id),
        name: String(channel?.name ?? name),
        creator: channel?.creator,
        created: channel?.created,
        isPrivate,
        isArchived: false,
      };
    } catch (error) {
      if (isPlatformError(error, 'name_taken')) {
        return undefined;
      }
      throw error;
    }
  }

  /** The channels the bot can see (not archived) that match, reading every page. */
  async findChannels(
    matches: (channel: SlackChannel) => boolean,
  ): Promise<SlackChannel[]> {
    const found: SlackChannel[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.client.conversations.list({
        types: 'public_channel,private_channel',
        exclude_archived: true,
        limit: 1000,
        cursor,
      });
      for (const c of page.channels ?? []) {
        const channel: SlackChannel = {
          id: String(c.id),
          name: String(c.name),
          creator: c.creator,
          created: c.created,
          isPrivate: Boolean(c.is_private),
          isArchived: Boolean(c.is_archived),
        };
        if (matches(channel)) {
          found.push(channel);
        }
      }
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    return found;
  }

  async setTopic(channel: string, topic: string): Promise<void> {
    await this.client.conversations.setTopic({ channel, topic });
  }

  async setPurpose(channel: string, purpose: string): Promise<void> {
    await this.client.conversations.setPurpose({ channel, purpose });
  }

  /**
   * Posts a message tagged with metadata naming the incident and the step, plus
   * `details` the step wants back if it has to find the message again.
   */
  async postMessage(options: {
    channel: string;
    text: string;
    blocks?: object[];
    incidentId: string;
    stepKey: string;
    details?: Record<string, string | number | boolean>;
  }): Promise<{ channel: string; ts: string }> {
    const metadata = {
      event_type: SLACK_MESSAGE_EVENT_TYPE,
      event_payload: {
        ...options.details,
        incident_id: options.incidentId,
        step: options.stepKey,
      },
    };
    const response = await this.client.chat.postMessage({
      channel: options.channel,
      text: options.text,
      blocks: options.blocks as any,
      metadata,
      unfurl_links: false,
    });
    return { channel: String(response.channel), ts: String(response.ts) };
  }

  /**
   * The message a step posted earlier, found by its metadata among the channel's
   * latest messages (a re-run after a lost response must not post twice).
   */
  async findStepMessage(
    channel: string,
    incidentId: string,
    stepKey: string,
  ): Promise<
    | { channel: string; ts: string; details: Record<string, unknown> }
    | undefined
  > {
    const history = await this.client.conversations.history({
      channel,
      limit: 200,
      include_all_metadata: true,
    });
    const found = (history.messages ?? []).find(m => {
      const payload = (m as SlackMessage).metadata?.event_payload;
      return (
        (m as SlackMessage).metadata?.event_type === SLACK_MESSAGE_EVENT_TYPE &&
        payload?.incident_id === incidentId &&
        payload?.step === stepKey
      );
    });
    if (!found?.ts) {
      return undefined;
    }
    const {
      incident_id: _incident,
      step: _step,
      ...details
    } = (found as SlackMessage).metadata?.event_payload ?? {};
    return { channel, ts: found.ts, details };
  }

  /**
   * A message of a channel, a thread reply included: the history holds top-level
   * messages only, so a message not found there is looked for in its thread.
   */
  async findMessage(
    channel: string,
    ts: string,
  ): Promise<SlackChannelMessage | undefined> {
    const window = {
      channel,
      latest: ts,
      oldest: ts,
      inclusive: true,
      limit: 1,
    };
    const history = await this.client.conversations.history(window);
    const inChannel = history.messages?.find(m => m.ts === ts);
    if (inChannel) {
      return toChannelMessage(inChannel);
    }
    try {
      const replies = await this.client.conversations.replies({
        ...window,
        ts,
      });
      const reply = replies.messages?.find(m => m.ts === ts);
      return reply ? toChannelMessage(reply) : undefined;
    } catch (error) {
      if (isPlatformError(error, 'thread_not_found')) {
        return undefined;
      }
      throw error;
    }
  }

  async permalink(channel: string, ts: string): Promise<string | undefined> {
    const { permalink } = await this.client.chat.getPermalink({
      channel,
      message_ts: ts,
    });
    return permalink;
  }

  /** A message only `user` sees, in a channel they are in. */
  async postEphemeral(
    channel: string,
    user: string,
    text: string,
  ): Promise<void> {
    await this.client.chat.postEphemeral({ channel, user, text });
  }

  async pin(channel: string, ts: string): Promise<void> {
    try {
      await this.client.pins.add({ channel, timestamp: ts });
    } catch (error) {
      if (!isPlatformError(error, 'already_pinned')) {
        throw error;
      }
    }
  }

  async listBookmarkLinks(channel: string): Promise<string[]> {
    const { bookmarks } = await this.client.bookmarks.list({
      channel_id: channel,
    });
    return (bookmarks ?? []).map(b => String(b.link));
  }

  async addBookmark(
    channel: string,
    title: string,
    link: string,
    emoji?: string,
  ): Promise<string> {
    const { bookmark } = await this.client.bookmarks.add({
      channel_id: channel,
      title,
      type: 'link',
      link,
      emoji,
    });
    return String(bookmark?.id);
  }

  /** The Slack user with this email, or undefined when there is none. */
  async lookupUserByEmail(email: string): Promise<string | undefined> {
    try {
      const { user } = await this.client.users.lookupByEmail({ email });
      return user?.deleted ? undefined : user?.id;
    } catch (error) {
      if (isPlatformError(error, 'users_not_found')) {
        return undefined;
      }
      throw error;
    }
  }

  /** Who a Slack user is: their email (to find them in the catalog) and their locale. */
  async userInfo(
    userId: string,
  ): Promise<{ email?: string; locale?: string; name?: string }> {
    const { user } = await this.client.users.info({
      user: userId,
      include_locale: true,
    });
    return {
      email: user?.profile?.email,
      locale: user?.locale,
      name: user?.real_name ?? user?.name,
    };
  }

  /** Opens a modal for the person who ran a command (its `trigger_id` lives 3 seconds). */
  async openView(triggerId: string, view: View): Promise<string> {
    const opened = await this.client.views.open({
      trigger_id: triggerId,
      view,
    });
    return String(opened.view?.id);
  }

  async listMembers(channel: string): Promise<string[]> {
    const members: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.client.conversations.members({
        channel,
        limit: 1000,
        cursor,
      });
      members.push(...(page.members ?? []));
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    return members;
  }

  /** Invites users; those already in the channel count as invited. */
  async invite(channel: string, userIds: string[]): Promise<void> {
    // Slack takes up to 1000 users per call.
    for (let i = 0; i < userIds.length; i += 1000) {
      try {
        await this.client.conversations.invite({
          channel,
          users: userIds.slice(i, i + 1000).join(','),
          force: true,
        });
      } catch (error) {
        if (!isPlatformError(error, 'already_in_channel')) {
          throw error;
        }
      }
    }
  }

  async archive(channel: string): Promise<void> {
    try {
      await this.client.conversations.archive({ channel });
    } catch (error) {
      if (!isPlatformError(error, 'already_archived')) {
        throw error;
      }
    }
  }
}
