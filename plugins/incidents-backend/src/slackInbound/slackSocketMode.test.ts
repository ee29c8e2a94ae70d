import { mockServices, TestBackend } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { FakeSlackSocket } from '../__testUtils__/fakes/FakeSlackSocket';
import { FakeWorkspaceServer } from '../__testUtils__/fakes/FakeWorkspaceServer';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import {
  startFakeWorkspace,
  startWorkspaceBackend,
  workspaceConfig,
} from '../__testUtils__/workspaceTestBed';
import { SlackAck, SlackEnvelope } from './createSlackRouter';
import { createSlackSocketMode, SlackSocketMode } from './slackSocketMode';

jest.setTimeout(60_000);

const TEAM = 'T0NORTHWIND';

/** A slash command's fields, as Socket Mode sends them (HTTP sends the same as a form). */
const slashCommand = (text: string) => ({
  token: 'verification-token',
  team_id: TEAM,
  channel_id: 'C0GENERAL',
  user_id: 'UGUEST',
  command: '/incident',
  text,
  api_app_id: 'A0INCIDENTS',
  is_enterprise_install: 'false',
  response_url: 'https://hooks.slack.com/commands/T0NORTHWIND/1/x',
  trigger_id: 'trigger-socket',
});

describe('Slack over Socket Mode', () => {
  let fake: FakeWorkspaceServer;
  let socket: FakeSlackSocket;
  let socketMode: SlackSocketMode;
  const logger = mockServices.logger.mock();
  const dispatch = jest.fn<Promise<SlackAck>, [SlackEnvelope]>();

  beforeAll(async () => {
    fake = await new FakeWorkspaceServer().start();
    socket = await new FakeSlackSocket().start();
    fake.socketMode.url = socket.url;
    socketMode = createSlackSocketMode({
      appToken: fake.socketMode.appToken,
      apiUrl: `${fake.url}/api/`,
      requestTimeoutMs: 5_000,
      dispatcher: { dispatch },
      logger,
    });
    await socketMode.start();
  });

  afterAll(async () => {
    await socketMode.stop();
    await socket.stop();
    await fake.stop();
  });

  beforeEach(() => {
    jest.clearAllMocks();
    dispatch.mockReset();
  });

  it('opens the socket Slack hands out for the app-level token', () => {
    expect(fake.calls('slack:apps.connections.open')).toEqual([
      expect.objectContaining({
        authorization: `Bearer ${fake.socketMode.appToken}`,
        status: 200,
      }),
    ]);
    expect(socket.connections).toBe(1);
  });

  it('hands a slash command to the dispatcher and acks with its answer', async () => {
    dispatch.mockResolvedValue({
      body: { response_type: 'ephemeral', text: 'How to use /incident' },
    });
    const ack = await socket.send({
      type: 'slash_commands',
      payload: slashCommand('help'),
    });
    expect(dispatch).toHaveBeenCalledWith({
      kind: 'command',
      command: slashCommand('help'),
    });
    expect(ack).toEqual({
      envelope_id: expect.any(String),
      payload: { response_type: 'ephemeral', text: 'How to use /incident' },
    });
  });

  it('hands an interaction over and acks with what it answers', async () => {
    const payload = {
      type: 'view_submission',
      user: { id: 'UGUEST', team_id: TEAM },
      view: { id: 'V1', callback_id: 'incident-declare' },
    };
    dispatch.mockResolvedValue({
      body: {
        response_action: 'errors',
        errors: { entity: 'Choose the affected service' },
      },
    });
    const ack = await socket.send({ type: 'interactive', payload });
    expect(dispatch).toHaveBeenCalledWith({ kind: 'interaction', payload });
    expect(ack.payload).toEqual({
      response_action: 'errors',
      errors: { entity: 'Choose the affected service' },
    });
  });

  it('hands an event over with the number of the retry, and acks it empty', async () => {
    const callback = {
      type: 'event_callback',
      team_id: TEAM,
      event_id: 'Ev1',
      event: { type: 'pin_added', channel_id: 'C1', user: 'UGUEST' },
    };
    dispatch.mockResolvedValue({});
    const ack = await socket.send({
      type: 'events_api',
      payload: callback,
      retry_attempt: 2,
      retry_reason: 'timeout',
    });
    expect(dispatch).toHaveBeenCalledWith({
      kind: 'event',
      callback,
      retryNum: 2,
    });
    expect(ack.payload).toEqual({});
  });

  it('runs the follow-up once the ack is sent', async () => {
    const acked = socket.acks.length;
    let ackArrivedFirst: boolean | undefined;
    dispatch.mockResolvedValue({
      body: { options: [] },
      // Were the follow-up run before the ack, the ack would never come: it waits for it.
      after: () =>
        socket
          .until(() => socket.acks.length > acked, 'the ack', 2_000)
          .then(
            () => {
              ackArrivedFirst = true;
            },
            () => {
              ackArrivedFirst = false;
            },
          ),
    });
    await socket.send({
      type: 'interactive',
      payload: { type: 'block_suggestion', action_id: 'entity', value: 'x' },
    });
    await socket.until(() => ackArrivedFirst !== undefined, 'the follow-up');
    expect(ackArrivedFirst).toBe(true);
  });

  it('acks with nothing when the dispatcher fails, and logs why', async () => {
    dispatch.mockRejectedValue(new Error('database is down'));
    const ack = await socket.send({
      type: 'slash_commands',
      payload: slashCommand('Checkout is down'),
    });
    expect(ack.payload).toEqual({});
    expect(logger.error).toHaveBeenCalledWith(
      'Could not handle a Slack request',
      {
        kind: 'command',
        error: expect.stringContaining('database is down'),
      },
    );
  });

  it('logs a follow-up that fails', async () => {
    dispatch.mockResolvedValue({
      after: async () => {
        throw new Error('Slack refused the message');
      },
    });
    await socket.send({
      type: 'slash_commands',
      payload: slashCommand('help'),
    });
    await socket.until(() => logger.error.mock.calls.length > 0, 'a log');
    expect(logger.error).toHaveBeenCalledWith('A Slack follow-up failed', {
      kind: 'command',
      error: expect.stringContaining('Slack refused the message'),
    });
  });

  it('acks what is not a Slack payload without dispatching it', async () => {
    const ack = await socket.send({
      type: 'interactive',
      payload: { no: 'type' },
    });
    expect(ack.payload).toEqual({});
    expect(dispatch).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledWith(
      'Ignored a Socket Mode envelope that is not a Slack payload',
      { type: 'interactive' },
    );
  });

  it('logs an app-level token Slack refuses, instead of throwing', async () => {
    const otherLogger = mockServices.logger.mock();
    const refused = createSlackSocketMode({
      appToken: 'xapp-revoked',
      apiUrl: `${fake.url}/api/`,
      requestTimeoutMs: 5_000,
      dispatcher: { dispatch },
      logger: otherLogger,
    });
    await expect(refused.start()).resolves.toBeUndefined();
    expect(otherLogger.error).toHaveBeenCalledWith(
      'Could not connect to Slack over Socket Mode',
      { error: expect.stringContaining('invalid_auth') },
    );
    expect(fake.calls('slack:apps.connections.open').at(-1)).toMatchObject({
      authorization: 'Bearer xapp-revoked',
    });
    expect(socket.connections).toBe(1);
    await refused.stop();
  });

  it('closes the socket when stopped', async () => {
    await socketMode.stop();
    await socket.until(() => socket.connections === 0, 'the socket to close');
    expect(socket.connections).toBe(0);
  });
});

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'the Slack entry point over Socket Mode on %s',
  databaseId => {
    let fake: FakeWorkspaceServer;
    let socket: FakeSlackSocket;
    let knex: Knex;
    let backend: TestBackend;

    beforeAll(async () => {
      fake = await startFakeWorkspace();
      socket = await new FakeSlackSocket().start();
      fake.socketMode.url = socket.url;
      knex = await databases.init(databaseId);
      // An app-level token and no signing secret: Slack cannot reach Backstage.
      backend = await startWorkspaceBackend({
        knex,
        config: workspaceConfig(fake, {
          slack: { appToken: fake.socketMode.appToken },
        }),
      });
      await socket.until(() => socket.connections === 1, 'the plugin');
    });

    afterAll(async () => {
      await backend.stop();
      await socket.stop();
      await fake.stop();
    });

    it('connects at startup, and takes no request over HTTP', async () => {
      expect(fake.calls('slack:apps.connections.open')).toHaveLength(1);
      const res = await request(backend.server)
        .post('/api/incidents/slack/commands')
        .type('form')
        .send(slashCommand('help'));
      // Without a signing secret the Slack routes are not mounted at all.
      expect(res.status).toBe(404);
    });

    it('answers /incident help in the ack', async () => {
      const ack = await socket.send({
        type: 'slash_commands',
        payload: slashCommand('help'),
      });
      expect(ack.payload).toEqual({
        response_type: 'ephemeral',
        text: expect.stringContaining('*/incident <what is wrong>*'),
      });
    });

    it('finds services in the catalog as one types in the declare modal', async () => {
      const ack = await socket.send({
        type: 'interactive',
        payload: {
          type: 'block_suggestion',
          action_id: 'entity',
          block_id: 'entity',
          value: 'checkout',
          user: { id: 'UGUEST', team_id: TEAM },
        },
      });
      expect(ack.payload).toEqual({
        options: [
          {
            text: {
              type: 'plain_text',
              text: 'checkout-web (component:default/checkout-web)',
            },
            value: 'component:default/checkout-web',
          },
        ],
      });
    });

    it('closes the socket when the backend stops', async () => {
      await backend.stop();
      await socket.until(() => socket.connections === 0, 'the socket to close');
      expect(socket.connections).toBe(0);
    });
  },
);
