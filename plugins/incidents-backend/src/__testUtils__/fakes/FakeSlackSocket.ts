import { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

/** An envelope as Slack sends it over Socket Mode; the fake gives it its id. */
export type FakeSocketEnvelope = {
  type: 'slash_commands' | 'interactive' | 'events_api';
  payload: Record<string, unknown>;
  retry_attempt?: number;
  retry_reason?: string;
};

/** What the app sends back for an envelope. */
export type FakeSocketAck = {
  envelope_id: string;
  payload?: Record<string, any>;
};

/**
 * A loopback stand-in for the WebSocket of Slack's Socket Mode: it says hello to each
 * connection, sends envelopes to the latest one and keeps the acks that come back. Set
 * FakeWorkspaceServer's `socketMode.url` to `url` so `apps.connections.open` hands it out.
 */
export class FakeSlackSocket {
  readonly acks: FakeSocketAck[] = [];
  url = '';

  private server?: WebSocketServer;
  private readonly sockets: WebSocket[] = [];
  private counter = 0;

  async start(): Promise<this> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    server.on('connection', socket => {
      this.sockets.push(socket);
      socket.on('message', data => this.acks.push(JSON.parse(String(data))));
      socket.on('close', () =>
        this.sockets.splice(this.sockets.indexOf(socket), 1),
      );
      // The client counts itself connected on hello, not when the socket opens.
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1 }));
    });
    this.server = server;
    const { port } = server.address() as AddressInfo;
    this.url = `ws://127.0.0.1:${port}/`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) {
      return;
    }
    for (const socket of this.sockets) {
      socket.terminate();
    }
    await new Promise<void>(resolve => server.close(() => resolve()));
    this.server = undefined;
  }

  /** Open connections. */
  get connections(): number {
    return this.sockets.length;
  }

  /** Resolves once `condition` holds, or fails after `timeoutMs`. */
  async until(condition: () => boolean, what: string, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) {
        throw new Error(
          `The fake Slack socket waited ${timeoutMs}ms for ${what}`,
        );
      }
      await new Promise(resolve => setTimeout(resolve, 10));
    }
  }

  /** Sends an envelope to the latest connection and resolves to its ack. */
  async send(envelope: FakeSocketEnvelope): Promise<FakeSocketAck> {
    const socket = this.sockets[this.sockets.length - 1];
    if (!socket) {
      throw new Error('No Socket Mode connection to send an envelope to');
    }
    const envelopeId = `envelope-${++this.counter}`;
    socket.send(
      JSON.stringify({
        envelope_id: envelopeId,
        // Slack takes an answer in the ack for commands and interactions, not events.
        accepts_response_payload: envelope.type !== 'events_api',
        ...envelope,
      }),
    );
    const ackOf = () => this.acks.find(a => a.envelope_id === envelopeId);
    await this.until(() => ackOf() !== undefined, `the ack of ${envelopeId}`);
    return ackOf()!;
  }
}
