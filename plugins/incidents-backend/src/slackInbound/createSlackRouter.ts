import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import express, { Router } from 'express';
import { slackSignatureProblem } from './slackSignature';

/**
 * What Slack sends: an HTTP request once its signature is checked and its body parsed,
 * or a Socket Mode envelope.
 */
export type SlackEnvelope =
  | { kind: 'command'; command: Record<string, string> }
  | { kind: 'interaction'; payload: Record<string, any> }
  | { kind: 'event'; callback: Record<string, any>; retryNum?: number };

/**
 * The answer to Slack, sent at once (Slack waits three seconds at most), and work to do
 * after it.
 */
export type SlackAck = {
  body?: Record<string, unknown>;
  after?: () => Promise<void>;
};

/** Handles what Slack sends, whatever carried it (HTTP or Socket Mode). */
export interface SlackDispatcher {
  dispatch(envelope: SlackEnvelope): Promise<SlackAck>;
}

/** Slack's request bodies are small; anything bigger is not Slack's. */
const BODY_LIMIT = '1mb';

function notSlack(res: express.Response, status: number, message: string) {
  res.status(status).json({ error: { name: 'AuthenticationError', message } });
}

/**
 * Slack's requests to the plugin, at `/slack/commands`, `/slack/interactions` and
 * `/slack/events`: the only routes besides `/health` that take no Backstage token, so
 * every request must carry Slack's signature of its exact bytes. The body is read raw,
 * the signature checked (401 otherwise, before anything is parsed), then the body is
 * parsed and handed to the dispatcher; its answer goes back at once and its follow-up
 * work runs after.
 */
export function createSlackRouter(deps: {
  signingSecret: string;
  dispatcher: SlackDispatcher;
  logger: LoggerService;
  now?: () => number;
}): Router {
  const { logger } = deps;
  const router = Router();

  router.use(
    '/slack',
    express.raw({ type: () => true, limit: BODY_LIMIT }),
    (req, res, next) => {
      if (!Buffer.isBuffer(req.body)) {
        // Something parsed the body before this router: the signature cannot be checked.
        logger.error(
          'A Slack request arrived without its raw body; a body parser runs before the incidents plugin',
        );
        res.status(500).json({
          error: { name: 'Error', message: 'The raw body is not available' },
        });
        return;
      }
      const problem = slackSignatureProblem({
        signingSecret: deps.signingSecret,
        rawBody: req.body,
        timestamp: req.header('x-slack-request-timestamp'),
        signature: req.header('x-slack-signature'),
        nowMs: deps.now?.() ?? Date.now(),
      });
      if (problem) {
        logger.warn('Refused a request not signed by Slack', {
          path: req.path,
          problem,
        });
        notSlack(res, 401, 'Not a request signed by Slack');
        return;
      }
      next();
    },
  );

  const handle =
    (parse: (req: express.Request) => SlackEnvelope | undefined) =>
    async (req: express.Request, res: express.Response) => {
      let envelope: SlackEnvelope | undefined;
      try {
        envelope = parse(req);
      } catch {
        envelope = undefined;
      }
      if (!envelope) {
        res.status(400).json({
          error: { name: 'InputError', message: 'Not a Slack payload' },
        });
        return;
      }
      let ack: SlackAck;
      try {
        ack = await deps.dispatcher.dispatch(envelope);
      } catch (error) {
        // The dispatcher answers what it can; this is a bug or an outage.
        logger.error('Could not handle a Slack request', {
          kind: envelope.kind,
          error: stringifyError(error),
        });
        res.status(500).end();
        return;
      }
      if (ack.body) {
        res.status(200).json(ack.body);
      } else {
        res.status(200).end();
      }
      ack.after?.().catch(error =>
        logger.error('A Slack follow-up failed', {
          kind: envelope!.kind,
          error: stringifyError(error),
        }),
      );
    };

  const form = (req: express.Request) =>
    new URLSearchParams((req.body as Buffer).toString('utf8'));

  router.post(
    '/slack/commands',
    handle(req => {
      const command = Object.fromEntries(form(req));
      return command.command && command.user_id
        ? { kind: 'command', command }
        : undefined;
    }),
  );

  router.post(
    '/slack/interactions',
    handle(req => {
      const payload = JSON.parse(form(req).get('payload') ?? '');
      return payload && typeof payload.type === 'string'
        ? { kind: 'interaction', payload }
        : undefined;
    }),
  );

  router.post('/slack/events', (req, res) => {
    let body: Record<string, any> | undefined;
    try {
      body = JSON.parse((req.body as Buffer).toString('utf8'));
    } catch {
      body = undefined;
    }
    // Slack checks the events URL by asking for this challenge back.
    if (body?.type === 'url_verification') {
      res.json({ challenge: String(body.challenge ?? '') });
      return;
    }
    const retry = Number(req.header('x-slack-retry-num'));
    handle(() =>
      body?.type === 'event_callback'
        ? {
            kind: 'event',
            callback: body,
            ...(Number.isInteger(retry) && { retryNum: retry }),
          }
        : undefined,
    )(req, res);
  });

  return router;
}
