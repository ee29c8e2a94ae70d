import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import { SocketModeClient } from '@slack/socket-mode';
import { slackLogger } from '../integrations/slack/SlackWorkspaceClient';
import { SlackAck, SlackDispatcher, SlackEnvelope } from './createSlackRouter';

/** Slack's requests over Socket Mode, started and stopped with the plugin. */
export type SlackSocketMode = {
  /**
   * Connects to Slack: resolves once Slack has said hello, or once connecting has failed
   * for good, which is logged. The client reopens a dropped connection by itself.
   */
  start(): Promise<void>;
  /** Closes the connection, and stops reopening it. */
  stop(): Promise<void>;
};

/** What the client emits as `slack_event`: every envelope but `hello` and `disconnect`. */
type SocketModeEvent = {
  type: string;
  body: unknown;
  ack(payload?: Record<string, unknown>): Promise<void>;
  retry_num?: number;
};

/** The envelope the HTTP routes would have made of the same request. */
function toEnvelope(event: SocketModeEvent): SlackEnvelope | undefined {
  if (!event.body || typeof event.body !== 'object') {
    return undefined;
  }
  const body = event.body as Record<string, any>;
  switch (event.type) {
    case 'slash_commands':
      // The command's fields, as JSON, with the names and string values of HTTP's form.
      return body.command && body.user_id
        ? { kind: 'command', command: body }
        : undefined;
    case 'interactive':
      return typeof body.type === 'string'
        ? { kind: 'interaction', payload: body }
        : undefined;
    case 'events_api':
      return body.type === 'event_callback'
        ? {
            kind: 'event',
            callback: body,
            ...(Number.isInteger(event.retry_num) && {
              retryNum: event.retry_num,
            }),
          }
        : undefined;
    default:
      return undefined;
  }
}

/**
 * Slack's requests over a WebSocket the backend opens (Socket Mode), for installations
 * Slack cannot reach: the app-level token asks `apps.connections.open` for the socket's
 * URL, at `incidents.slack.apiUrl` like every other call. Each envelope goes to the same
 * dispatcher as the HTTP routes; its answer is the ack's payload, and its follow-up work
 * runs once the ack is sent.
 */
export function createSlackSocketMode(deps: {
  appToken: string;
  apiUrl: string;
  requestTimeoutMs: number;
  dispatcher: SlackDispatcher;
  logger: LoggerService;
}): SlackSocketMode {
  const { logger } = deps;
  const client = new SocketModeClient({
    appToken: deps.appToken,
    clientOptions: {
      slackApiUrl: deps.apiUrl,
      timeout: deps.requestTimeoutMs,
    },
    logger: slackLogger(logger),
  });

  async function handle(event: SocketModeEvent) {
    const envelope = toEnvelope(event);
    let answer: SlackAck = {};
    if (!envelope) {
      logger.warn(
        'Ignored a Socket Mode envelope that is not a Slack payload',
        {
          type: event.type,
        },
      );
    } else {
      try {
        answer = await deps.dispatcher.dispatch(envelope);
      } catch (error) {
        // A bug or an outage. Socket Mode has no error status to answer with, and an
        // envelope left without an ack is only sent again, to fail again.
        logger.error('Could not handle a Slack request', {
          kind: envelope.kind,
          error: stringifyError(error),
        });
      }
    }
    try {
      await event.ack(answer.body);
    } catch (error) {
      // Slack counts the request as failed (and sends events again): its follow-up would
      // act on something the user was told did not work.
      logger.error('Could not acknowledge a Slack request over Socket Mode', {
        type: event.type,
        error: stringifyError(error),
      });
      return;
    }
    try {
      await answer.after?.();
    } catch (error) {
      logger.error('A Slack follow-up failed', {
        kind: envelope?.kind,
        error: stringifyError(error),
      });
    }
  }

  // The client does not wait for its listeners: handle() never throws.
  client.on('slack_event', (event: SocketModeEvent) => handle(event));

  let stopping = false;
  return {
    async start() {
      stopping = false;
      try {
        await client.start();
        logger.info('Connected to Slack over Socket Mode');
      } catch (error) {
        // Stopping while connecting makes start() fail; that is no failure to report.
        if (!stopping) {
          logger.error('Could not connect to Slack over Socket Mode', {
            error: stringifyError(error),
          });
        }
      }
    },
    async stop() {
      stopping = true;
      await client.disconnect();
    },
  };
}
