import { createPublicKey, KeyObject, randomBytes, verify } from 'node:crypto';
import {
  createServer,
  IncomingMessage,
  Server,
  ServerResponse,
} from 'node:http';
import { AddressInfo } from 'node:net';

/**
 * A loopback stand-in for Slack and Google Workspace that speaks the wire formats the
 * official clients send (see shared/research/integration-reliability.md), keeps state in
 * memory (channels, messages, files, sheets, Meet spaces) and can misbehave on demand.
 *
 * - Slack: `POST /api/<method>`, form-encoded, `Authorization: Bearer <bot token>`;
 *   answers 200 `{ ok, ... }`, `{ ok: false, error }`, or 429 with Retry-After.
 * - Google: `POST /token` (JWT bearer grant, signature checked), and the API paths at
 *   the root, which is where the clients send them when `rootUrl` is this server:
 *   `/drive/v3/files...`, `/v1/documents/{id}[:batchUpdate]`,
 *   `/v4/spreadsheets/{id}/values/{range}[:append]`, `/v2/spaces`.
 *
 * A Google Doc is modelled as its text (`content`), which the real API indexes from 1
 * and ends with a newline the fake does not store, one paragraph per line, with the
 * named ranges and paragraph styles that batchUpdate keeps in step with the text.
 */

/** `slack:<method>` or `google:<api call>`, e.g. `slack:conversations.create`, `google:drive.files.copy`. */
export type FakeRoute = string;

/**
 * How a call misbehaves. With `status`, `retryAfter`, `slackError` or `googleReason` it
 * fails; with only `delayMs` (or `dropResponse`) it does its work normally.
 */
export type FakeFault = {
  /** Answer with this HTTP status (Slack: body `{ ok: false }`; Google: an error object). */
  status?: number;
  /** Seconds, sent as Retry-After (with status 429 by default). */
  retryAfter?: number;
  /** Slack: answer 200 `{ ok: false, error: slackError }`. */
  slackError?: string;
  /** Google: the error reason (`notFound`, `forbidden`, `rateLimitExceeded`...). */
  googleReason?: string;
  message?: string;
  /** Wait this long before answering (or failing). */
  delayMs?: number;
  /** Do the work, then close the connection without answering: a lost response. */
  dropResponse?: boolean;
};

type FaultRule = {
  match: string;
  /** Matching calls still to let through before misbehaving. */
  skip: number;
  remaining: number;
  fault: FakeFault;
};

export type FakeRequest = {
  route: FakeRoute;
  method: string;
  path: string;
  /** Form fields (Slack, nested JSON decoded) or the JSON body (Google). */
  body: Record<string, any>;
  query: Record<string, string>;
  authorization?: string;
  status?: number;
  startedAt: number;
  endedAt?: number;
};

export type FakeSlackUser = {
  id: string;
  email: string;
  name: string;
  /** What `users.info` says with `include_locale`; `en-US` when not given. */
  locale?: string;
};

/** A modal opened through `views.open`, as the fake keeps it. */
export type FakeSlackView = {
  id: string;
  triggerId: string;
  view: Record<string, any>;
};

export type FakeSlackMessage = {
  ts: string;
  text: string;
  blocks?: any[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  user: string;
  /** The thread it is a reply in. */
  thread_ts?: string;
};

/** A message only one user saw (`chat.postEphemeral`). */
export type FakeSlackEphemeral = {
  channel: string;
  user: string;
  text: string;
};

export type FakeSlackChannel = {
  id: string;
  name: string;
  is_private: boolean;
  is_archived: boolean;
  creator: string;
  created: number;
  topic: string;
  purpose: string;
  members: string[];
  messages: FakeSlackMessage[];
  pins: string[];
  bookmarks: { id: string; title: string; link: string; emoji?: string }[];
};

export type FakeNamedRange = {
  namedRangeId: string;
  name: string;
  ranges: { startIndex: number; endIndex: number }[];
};

export type FakeDriveFile = {
  id: string;
  name: string;
  parents: string[];
  mimeType: string;
  appProperties: Record<string, string>;
  /** The document's text, where replaceAllText applies; without the body's final newline. */
  content: string;
  namedRanges: FakeNamedRange[];
  /** The named style of each paragraph (line of `content`); NORMAL_TEXT when unset. */
  paragraphStyles: string[];
  /** Every batchUpdate makes a new revision. */
  revision: number;
  trashed: boolean;
};

export type FakeMeetSpace = {
  name: string;
  meetingUri: string;
  meetingCode: string;
  config: Record<string, unknown>;
};

export type FakeWorkspaceOptions = {
  slackToken?: string;
  slackUsers?: FakeSlackUser[];
  /** Channels that exist before the test (their names are taken). */
  existingChannels?: string[];
  /** The Google service account's public key: the token endpoint checks assertions with it. */
  googlePublicKey?: string | KeyObject;
  /** Files in Drive, e.g. the postmortem template. */
  driveFiles?: Partial<FakeDriveFile>[];
  /** Spreadsheets: id -> sheet name -> rows. */
  spreadsheets?: Record<string, Record<string, string[][]>>;
};

const BOT_USER_ID = 'UBOTINCIDENTS';

const GOOGLE_STATUS_NAMES: Record<number, string> = {
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
};

function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters) {
    n = n * 26 + (c.charCodeAt(0) - 64);
  }
  return n;
}

function parseA1(range: string): {
  sheet: string;
  firstColumn: string;
  firstRow?: number;
  lastColumn: string;
  lastRow?: number;
} {
  const match =
    /^(?:'((?:[^']|'')+)'|([^!']+))!([A-Z]+)(\d*)(?::([A-Z]+)(\d*))?$/.exec(
      range,
    );
  if (!match) {
    throw new Error(`Unable to parse range: ${range}`);
  }
  return {
    sheet: match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2],
    firstColumn: match[3],
    firstRow: match[4] ? Number(match[4]) : undefined,
    lastColumn: match[5] ?? match[3],
    lastRow: match[6] ? Number(match[6]) : undefined,
  };
}

/** What a batchUpdate changes in a document: it works on a copy, kept only if every request succeeds. */
type FakeDocument = Pick<
  FakeDriveFile,
  'content' | 'namedRanges' | 'paragraphStyles'
>;

class DocsRequestError extends Error {}

const NAMED_STYLE_TYPES = [
  'NORMAL_TEXT',
  'TITLE',
  'SUBTITLE',
  'HEADING_1',
  'HEADING_2',
  'HEADING_3',
  'HEADING_4',
  'HEADING_5',
  'HEADING_6',
];

/** The body's end index: one past its final newline. */
function bodyEnd(doc: FakeDocument): number {
  return doc.content.length + 2;
}

/** The paragraph (line of `content`) holding the character at `index`. */
function paragraphAt(doc: FakeDocument, index: number): number {
  return doc.content.slice(0, index - 1).split('\n').length - 1;
}

function checkRange(
  doc: FakeDocument,
  range: { startIndex?: number; endIndex?: number; segmentId?: string } = {},
): { startIndex: number; endIndex: number } {
  const { startIndex, endIndex, segmentId } = range;
  if (segmentId) {
    throw new DocsRequestError(`The fake has no segment ${segmentId}.`);
  }
  if (
    !Number.isInteger(startIndex) ||
    !Number.isInteger(endIndex) ||
    startIndex! < 1 ||
    startIndex! >= endIndex! ||
    endIndex! > bodyEnd(doc)
  ) {
    throw new DocsRequestError(
      `The range [${startIndex}, ${endIndex}) must be within [1, ${bodyEnd(
        doc,
      )}) and not empty.`,
    );
  }
  return { startIndex: startIndex!, endIndex: endIndex! };
}

/**
 * Moves the named ranges' indices as text changes under them; `isEnd` tells an end
 * index, so text inserted where a range starts or ends stays outside it.
 */
function moveRanges(
  doc: FakeDocument,
  move: (index: number, isEnd: boolean) => number,
) {
  for (const named of doc.namedRanges) {
    named.ranges = named.ranges
      .map(r => ({
        startIndex: move(r.startIndex, false),
        endIndex: move(r.endIndex, true),
      }))
      .filter(r => r.startIndex < r.endIndex);
  }
  doc.namedRanges = doc.namedRanges.filter(named => named.ranges.length > 0);
}

/** Inserted text splits the paragraph it lands in; every part keeps its style. */
function insertDocText(doc: FakeDocument, index: number, raw: string) {
  if (!Number.isInteger(index) || index < 1 || index >= bodyEnd(doc)) {
    throw new DocsRequestError(
      `Index ${index} must be less than the end index of the referenced segment, ${bodyEnd(
        doc,
      )}.`,
    );
  }
  // Like the real API: control characters (but tab, newline, vertical tab) and the
  // private use area are stripped.
  // eslint-disable-next-line no-control-regex
  const text = raw.replace(/[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g, '');
  const paragraph = paragraphAt(doc, index);
  const style = doc.paragraphStyles[paragraph];
  doc.paragraphStyles.splice(
    paragraph + 1,
    0,
    ...Array(text.split('\n').length - 1).fill(style),
  );
  doc.content =
    doc.content.slice(0, index - 1) + text + doc.content.slice(index - 1);
  moveRanges(doc, (i, isEnd) =>
    i > index || (i === index && !isEnd) ? i + text.length : i,
  );
}

/** Deleting across paragraphs merges them; the merged one keeps the first one's style. */
function deleteDocText(
  doc: FakeDocument,
  startIndex: number,
  endIndex: number,
) {
  if (endIndex === bodyEnd(doc)) {
    throw new DocsRequestError(
      'The range cannot include the newline character at the end of the segment.',
    );
  }
  const paragraph = paragraphAt(doc, startIndex);
  const removed = doc.content.slice(startIndex - 1, endIndex - 1);
  doc.paragraphStyles.splice(paragraph + 1, removed.split('\n').length - 1);
  doc.content =
    doc.content.slice(0, startIndex - 1) + doc.content.slice(endIndex - 1);
  moveRanges(doc, i => {
    if (i <= startIndex) return i;
    return i >= endIndex ? i - (endIndex - startIndex) : startIndex;
  });
}

function base64UrlDecode(text: string): Buffer {
  return Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

export class FakeWorkspaceServer {
  readonly requests: FakeRequest[] = [];
  /** Added to every answer, to measure how the worker overlaps calls. */
  latencyMs = 0;

  readonly slack = {
    token: 'xoxb-test-token',
    users: [] as FakeSlackUser[],
    channels: [] as FakeSlackChannel[],
    views: [] as FakeSlackView[],
    /** Trigger ids `views.open` accepts once, as Slack does (they come with commands). */
    triggerIds: new Set<string>(),
    ephemerals: [] as FakeSlackEphemeral[],
  };

  readonly google = {
    files: [] as FakeDriveFile[],
    spreadsheets: {} as Record<string, Record<string, string[][]>>,
    spaces: [] as FakeMeetSpace[],
    issuedTokens: new Set<string>(),
    /** Claims of the assertions the token endpoint accepted. */
    assertions: [] as Record<string, unknown>[],
    publicKey: undefined as KeyObject | undefined,
    /** Answer the token endpoint like an un-approved domain-wide delegation grant. */
    rejectTokens: false,
  };

  /**
   * Socket Mode: `apps.connections.open` takes the app-level token and hands out `url`
   * (a FakeSlackSocket's); without a URL it refuses, as for an app without Socket Mode.
   */
  readonly socketMode = { appToken: 'xapp-test-token', url: '' };

  private rules: FaultRule[] = [];
  private outages = new Set<'slack' | 'google'>();
  private server?: Server;
  private counter = 0;
  url = '';

  constructor(options: FakeWorkspaceOptions = {}) {
    if (options.slackToken) {
      this.slack.token = options.slackToken;
    }
    this.slack.users = options.slackUsers ?? [];
    for (const name of options.existingChannels ?? []) {
      this.addChannel(name, 'UOTHERPERSON');
    }
    if (options.googlePublicKey) {
      this.google.publicKey =
        typeof options.googlePublicKey === 'string'
          ? createPublicKey(options.googlePublicKey)
          : options.googlePublicKey;
    }
    for (const file of options.driveFiles ?? []) {
      this.google.files.push({
        id: file.id ?? this.nextId('file'),
        name: file.name ?? 'Untitled',
        parents: file.parents ?? [],
        mimeType: file.mimeType ?? 'application/vnd.google-apps.document',
        appProperties: file.appProperties ?? {},
        content: file.content ?? '',
        namedRanges: file.namedRanges ?? [],
        paragraphStyles: file.paragraphStyles ?? [],
        revision: file.revision ?? 1,
        trashed: file.trashed ?? false,
      });
    }
    this.google.spreadsheets = structuredClone(options.spreadsheets ?? {});
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch(error => {
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'text/plain' });
        }
        res.end(String(error?.stack ?? error));
      });
    });
    // The worker keeps connections alive; close them with the server.
    this.server.keepAliveTimeout = 1000;
    await new Promise<void>(resolve =>
      this.server!.listen(0, '127.0.0.1', () => resolve()),
    );
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) {
      return;
    }
    this.server.closeAllConnections();
    await new Promise<void>(resolve => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  // ---- knobs -------------------------------------------------------------------------

  /**
   * Makes the next `times` calls matching `match` misbehave, after letting `after` of
   * them through. `match` is a route (`slack:conversations.create`), a prefix ending in
   * `*` (`slack:*`, `google:drive.*`), or `*` for everything.
   */
  fail(
    match: string,
    times: number,
    fault: FakeFault,
    options: { after?: number } = {},
  ): this {
    this.rules.push({
      match,
      skip: options.after ?? 0,
      remaining: times,
      fault,
    });
    return this;
  }

  /** Every Slack (or Google) call answers 503 until `restore`. */
  outage(service: 'slack' | 'google'): this {
    this.outages.add(service);
    return this;
  }

  restore(service?: 'slack' | 'google'): this {
    if (service) {
      this.outages.delete(service);
    } else {
      this.outages.clear();
    }
    return this;
  }

  clearFaults(): this {
    this.rules = [];
    this.outages.clear();
    return this;
  }

  // ---- inspection --------------------------------------------------------------------

  calls(route: FakeRoute, options?: { succeeded?: boolean }): FakeRequest[] {
    return this.requests.filter(
      r =>
        r.route === route &&
        (!options?.succeeded || (r.status !== undefined && r.status < 300)),
    );
  }

  channelByName(name: string): FakeSlackChannel | undefined {
    return this.slack.channels.find(c => c.name === name);
  }

  channelById(id: string): FakeSlackChannel | undefined {
    return this.slack.channels.find(c => c.id === id);
  }

  /** Channels created through the API (not the pre-existing ones). */
  createdChannels(): FakeSlackChannel[] {
    return this.slack.channels.filter(c => c.creator === BOT_USER_ID);
  }

  file(id: string): FakeDriveFile | undefined {
    return this.google.files.find(f => f.id === id);
  }

  /** The document's paragraphs with their named styles. */
  paragraphs(documentId: string): { text: string; style: string }[] {
    const doc = this.file(documentId);
    return (doc?.content.split('\n') ?? []).map((text, p) => ({
      text,
      style: doc?.paragraphStyles[p] ?? 'NORMAL_TEXT',
    }));
  }

  /** The text under each range named `name` in the document. */
  namedRangeTexts(documentId: string, name: string): string[] {
    const doc = this.file(documentId);
    const text = `${doc?.content ?? ''}\n`;
    return (doc?.namedRanges ?? [])
      .filter(named => named.name === name)
      .flatMap(named => named.ranges)
      .map(r => text.slice(r.startIndex - 1, r.endIndex - 1));
  }

  sheetRows(spreadsheetId: string, sheet: string): string[][] {
    return this.google.spreadsheets[spreadsheetId]?.[sheet] ?? [];
  }

  addChannel(name: string, creator = BOT_USER_ID): FakeSlackChannel {
    const channel: FakeSlackChannel = {
      id: `C${String(++this.counter).padStart(8, '0')}`,
      name,
      is_private: false,
      is_archived: false,
      creator,
      created: Math.floor(Date.now() / 1000),
      topic: '',
      purpose: '',
      members: [creator],
      messages: [],
      pins: [],
      bookmarks: [],
    };
    this.slack.channels.push(channel);
    return channel;
  }

  /** A message a person writes in a channel (or in a thread when `threadTs` is given). */
  postAs(
    channelId: string,
    user: string,
    text: string,
    threadTs?: string,
  ): FakeSlackMessage {
    const channel = this.channelById(channelId);
    if (!channel) {
      throw new Error(`The fake has no channel ${channelId}`);
    }
    const message: FakeSlackMessage = {
      ts: this.nextTs(),
      text,
      user,
      ...(threadTs && { thread_ts: threadTs }),
    };
    channel.messages.push(message);
    return message;
  }

  permalink(channelId: string, ts: string): string {
    return `https://northwind.slack.com/archives/${channelId}/p${ts.replace(
      '.',
      '',
    )}`;
  }

  private nextTs(): string {
    return `${Math.floor(Date.now() / 1000)}.${String(++this.counter).padStart(
      6,
      '0',
    )}`;
  }

  // ---- plumbing ----------------------------------------------------------------------

  private nextId(prefix: string): string {
    return `${prefix}-${++this.counter}`;
  }

  private takeFault(route: FakeRoute): FakeFault | undefined {
    const service = route.split(':')[0] as 'slack' | 'google';
    if (this.outages.has(service)) {
      return { status: 503, message: `${service} is down (fake outage)` };
    }
    for (const rule of this.rules) {
      const matches =
        rule.match === '*' ||
        rule.match === route ||
        (rule.match.endsWith('*') && route.startsWith(rule.match.slice(0, -1)));
      if (matches && rule.skip > 0) {
        rule.skip -= 1;
      } else if (matches && rule.remaining > 0) {
        rule.remaining -= 1;
        return rule.fault;
      }
    }
    return undefined;
  }

  private async readBody(req: IncomingMessage): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) {
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fake');
    const raw = await this.readBody(req);
    const contentType = String(req.headers['content-type'] ?? '');
    let body: Record<string, any> = {};
    if (contentType.includes('application/x-www-form-urlencoded')) {
      for (const [key, value] of new URLSearchParams(raw)) {
        // The Slack client sends nested values (blocks, metadata) as JSON strings.
        body[key] =
          /^[[{]/.test(value) && ['blocks', 'metadata'].includes(key)
            ? JSON.parse(value)
            : value;
      }
    } else if (raw) {
      body = JSON.parse(raw);
    }
    const route = this.routeOf(req.method ?? 'GET', url.pathname);
    const entry: FakeRequest = {
      route,
      method: req.method ?? 'GET',
      path: url.pathname,
      body,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization,
      startedAt: Date.now(),
    };
    this.requests.push(entry);

    const fault = this.takeFault(route);
    const delay = this.latencyMs + (fault?.delayMs ?? 0);
    if (delay > 0) {
      await new Promise(resolve => setTimeout(resolve, delay));
    }
    const send = (status: number, payload: unknown, headers = {}) => {
      entry.status = status;
      entry.endedAt = Date.now();
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(payload));
    };

    const failing =
      fault !== undefined &&
      (fault.status !== undefined ||
        fault.retryAfter !== undefined ||
        fault.slackError !== undefined ||
        fault.googleReason !== undefined);
    if (fault && failing) {
      const service = route.split(':')[0];
      let status = fault.status ?? 500;
      if (fault.status === undefined && fault.retryAfter !== undefined) {
        status = 429;
      } else if (fault.status === undefined && fault.slackError) {
        status = 200; // Slack reports its errors in a 200 answer
      }
      const headers: Record<string, string> =
        fault.retryAfter !== undefined
          ? { 'retry-after': String(fault.retryAfter) }
          : {};
      if (service === 'slack') {
        send(
          status,
          {
            ok: false,
            error:
              fault.slackError ??
              (status === 429 ? 'ratelimited' : 'fatal_error'),
            ...(fault.slackError === 'missing_scope' && {
              needed: fault.message ?? 'channels:manage',
              provided: 'chat:write',
            }),
          },
          headers,
        );
      } else if (route === 'google:token') {
        send(status, {
          error: fault.googleReason ?? 'internal_failure',
          error_description: fault.message ?? 'Token endpoint failure (fake)',
        });
      } else {
        send(
          status,
          {
            error: {
              code: status,
              message: fault.message ?? `Fake Google error ${status}`,
              errors: [
                {
                  reason: fault.googleReason ?? 'backendError',
                  domain: 'global',
                  message: fault.message ?? `Fake Google error ${status}`,
                },
              ],
            },
          },
          headers,
        );
      }
      return;
    }

    let status = 200;
    let payload: unknown;
    let headers = {};
    if (route.startsWith('slack:')) {
      payload = this.slackMethod(route.slice('slack:'.length), body, req);
    } else {
      const result = this.googleCall(route, url, body, req);
      status = result.status;
      payload = result.payload;
      headers = result.headers ?? {};
    }
    if (fault?.dropResponse) {
      // The work is done, but the caller never hears about it.
      entry.status = 599;
      entry.endedAt = Date.now();
      req.socket.destroy();
      return;
    }
    send(status, payload, headers);
  }

  private routeOf(method: string, path: string): FakeRoute {
    if (path.startsWith('/api/')) {
      return `slack:${path.slice('/api/'.length)}`;
    }
    if (path === '/token') {
      return 'google:token';
    }
    if (/^\/drive\/v3\/files\/[^/]+\/copy$/.test(path)) {
      return 'google:drive.files.copy';
    }
    if (path === '/drive/v3/files' && method === 'GET') {
      return 'google:drive.files.list';
    }
    if (/^\/v1\/documents\/[^/]+:batchUpdate$/.test(path)) {
      return 'google:docs.documents.batchUpdate';
    }
    if (/^\/v1\/documents\/[^/:]+$/.test(path) && method === 'GET') {
      return 'google:docs.documents.get';
    }
    if (/^\/v4\/spreadsheets\/[^/]+\/values\/[^/]+:append$/.test(path)) {
      return 'google:sheets.values.append';
    }
    if (/^\/v4\/spreadsheets\/[^/]+\/values\/[^/]+$/.test(path)) {
      return method === 'PUT'
        ? 'google:sheets.values.update'
        : 'google:sheets.values.get';
    }
    if (path === '/v2/spaces' && method === 'POST') {
      return 'google:meet.spaces.create';
    }
    return `unknown:${method} ${path}`;
  }

  // ---- Slack -------------------------------------------------------------------------

  private slackMethod(
    method: string,
    args: Record<string, any>,
    req: IncomingMessage,
  ): Record<string, unknown> {
    if (method === 'apps.connections.open') {
      // The one method that takes the app-level token instead of the bot's.
      const { appToken, url } = this.socketMode;
      return req.headers.authorization === `Bearer ${appToken}` && url
        ? { ok: true, url }
        : { ok: false, error: 'invalid_auth' };
    }
    if (req.headers.authorization !== `Bearer ${this.slack.token}`) {
      return { ok: false, error: 'invalid_auth' };
    }
    const channelArg = (value: unknown) => {
      const text = String(value ?? '').replace(/^#/, '');
      return (
        this.channelById(text) ?? this.slack.channels.find(c => c.name === text)
      );
    };
    const notFound = { ok: false, error: 'channel_not_found' };
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://northwind.slack.com/',
          team: 'Northwind',
          user: 'incidents',
          team_id: 'T0NORTHWIND',
          user_id: BOT_USER_ID,
          bot_id: 'B0INCIDENTS',
        };
      case 'conversations.create': {
        const name = String(args.name ?? '');
        if (!name) {
          return { ok: false, error: 'invalid_name_required' };
        }
        if (name.length > 80) {
          return { ok: false, error: 'invalid_name_maxlength' };
        }
        if (!/^[a-z0-9_-]+$/.test(name)) {
          return { ok: false, error: 'invalid_name_specials' };
        }
        if (this.channelByName(name)) {
          return { ok: false, error: 'name_taken' };
        }
        const channel = this.addChannel(name);
        channel.is_private = args.is_private === 'true';
        return { ok: true, channel: this.describeChannel(channel) };
      }
      case 'conversations.setTopic':
      case 'conversations.setPurpose': {
        const channel = channelArg(args.channel);
        if (!channel) return notFound;
        if (method === 'conversations.setTopic') {
          channel.topic = String(args.topic ?? '');
        } else {
          channel.purpose = String(args.purpose ?? '');
        }
        return { ok: true, channel: this.describeChannel(channel) };
      }
      case 'conversations.list': {
        const limit = Number(args.limit ?? 100);
        const start = Number(args.cursor || 0);
        const visible = this.slack.channels.filter(
          c => !(args.exclude_archived === 'true' && c.is_archived),
        );
        const page = visible.slice(start, start + limit);
        const next =
          start + limit < visible.length ? String(start + limit) : '';
        return {
          ok: true,
          channels: page.map(c => this.describeChannel(c)),
          response_metadata: { next_cursor: next },
        };
      }
      case 'conversations.history':
      case 'conversations.replies': {
        const channel = channelArg(args.channel);
        if (!channel) return notFound;
        const withMetadata = args.include_all_metadata === 'true';
        const inclusive = args.inclusive === 'true';
        const after = (ts: string, bound: unknown) =>
          bound === undefined ||
          (inclusive ? ts >= String(bound) : ts > String(bound));
        const before = (ts: string, bound: unknown) =>
          bound === undefined ||
          (inclusive ? ts <= String(bound) : ts < String(bound));
        let messages: FakeSlackMessage[];
        if (method === 'conversations.replies') {
          const asked = channel.messages.find(m => m.ts === args.ts);
          if (!asked) return { ok: false, error: 'thread_not_found' };
          const parent = asked.thread_ts ?? asked.ts;
          messages = channel.messages.filter(
            m => m.ts === parent || m.thread_ts === parent,
          );
        } else {
          messages = [...channel.messages].filter(m => !m.thread_ts).reverse();
        }
        return {
          ok: true,
          messages: messages
            .filter(m => after(m.ts, args.oldest) && before(m.ts, args.latest))
            .slice(0, Number(args.limit ?? 100))
            .map(m => ({
              type: 'message',
              ts: m.ts,
              text: m.text,
              user: m.user,
              ...(m.thread_ts && { thread_ts: m.thread_ts }),
              ...(withMetadata && m.metadata && { metadata: m.metadata }),
            })),
          has_more: false,
        };
      }
      case 'chat.getPermalink': {
        const channel = channelArg(args.channel);
        if (!channel) return notFound;
        if (!channel.messages.some(m => m.ts === args.message_ts)) {
          return { ok: false, error: 'message_not_found' };
        }
        return {
          ok: true,
          channel: channel.id,
          permalink: this.permalink(channel.id, String(args.message_ts)),
        };
      }
      case 'chat.postEphemeral': {
        const channel = channelArg(args.channel);
        if (!channel) return notFound;
        if (!channel.members.includes(String(args.user))) {
          return { ok: false, error: 'user_not_in_channel' };
        }
        this.slack.ephemerals.push({
          channel: channel.id,
          user: String(args.user),
          text: String(args.text ?? ''),
        });
        return { ok: true, message_ts: this.nextTs() };
      }
      case 'conversations.members': {
        const channel = channelArg(args.channel);
        if (!channel) return notFound;
        return {
          ok: true,
          members: channel.members,
          response_metadata: { next_cursor: '' },
        };
      }
      case 'conversations.invite': {
        const channel = channelArg(args.channel);
        if (!channel) return notFound;
        if (channel.is_archived) return { ok: false, error: 'is_archived' };
        const users = String(args.users ?? '')
          .split(',')
          .filter(Boolean);
        const errors: { user: string; ok: false; error: string }[] = [];
        let invited = 0;
        for (const user of users) {
          if (!this.slack.users.some(u => u.id === user)) {
            errors.push({ user, ok: false, error: 'user_not_found' });
          } else if (channel.members.includes(user)) {
            errors.push({ user, ok: false, error: 'already_in_channel' });
          } else {
            channel.members.push(user);
            invited += 1;
          }
        }
        if (errors.length > 0 && (args.force !== 'true' || invited === 0)) {
          return { ok: false, error: errors[0].error, errors };
        }
        return {
          ok: true,
          channel: this.describeChannel(channel),
          ...(errors.length > 0 && { errors }),
        };
      }
      case 'conversations.archive': {
        const channel = channelArg(args.channel);
        if (!channel) return notFound;
        if (channel.is_archived)
          return { ok: false, error: 'already_archived' };
        channel.is_archived = true;
        return { ok: true };
      }
      case 'chat.postMessage': {
        const channel = channelArg(args.channel);
        if (!channel) return notFound;
        if (channel.is_archived) return { ok: false, error: 'is_archived' };
        if (!args.text && !args.blocks) return { ok: false, error: 'no_text' };
        const ts = this.nextTs();
        const message: FakeSlackMessage = {
          ts,
          text: String(args.text ?? ''),
          blocks: args.blocks,
          metadata: args.metadata,
          user: BOT_USER_ID,
        };
        channel.messages.push(message);
        return {
          ok: true,
          channel: channel.id,
          ts,
          message: {
            type: 'message',
            text: message.text,
            ts,
            bot_id: 'B0INCIDENTS',
          },
        };
      }
      case 'pins.add': {
        const channel = channelArg(args.channel);
        if (!channel) return notFound;
        if (!channel.messages.some(m => m.ts === args.timestamp)) {
          return { ok: false, error: 'message_not_found' };
        }
        if (channel.pins.includes(args.timestamp)) {
          return { ok: false, error: 'already_pinned' };
        }
        channel.pins.push(args.timestamp);
        return { ok: true };
      }
      case 'bookmarks.add': {
        const channel = channelArg(args.channel_id);
        if (!channel) return notFound;
        const bookmark = {
          id: `Bk${String(++this.counter).padStart(8, '0')}`,
          title: String(args.title),
          link: String(args.link),
          emoji: args.emoji,
        };
        channel.bookmarks.push(bookmark);
        return {
          ok: true,
          bookmark: { ...bookmark, channel_id: channel.id, type: 'link' },
        };
      }
      case 'bookmarks.list': {
        const channel = channelArg(args.channel_id);
        if (!channel) return notFound;
        return {
          ok: true,
          bookmarks: channel.bookmarks.map(b => ({
            ...b,
            channel_id: channel.id,
            type: 'link',
          })),
        };
      }
      case 'users.info': {
        const user = this.slack.users.find(u => u.id === args.user);
        if (!user) return { ok: false, error: 'user_not_found' };
        return {
          ok: true,
          user: {
            id: user.id,
            name: user.name,
            deleted: false,
            is_bot: false,
            profile: { email: user.email, real_name: user.name },
            ...(String(args.include_locale) === 'true' && {
              locale: user.locale ?? 'en-US',
            }),
          },
        };
      }
      case 'views.open': {
        const triggerId = String(args.trigger_id ?? '');
        if (!this.slack.triggerIds.delete(triggerId)) {
          return { ok: false, error: 'expired_trigger_id' };
        }
        const view = {
          id: `V${String(++this.counter).padStart(8, '0')}`,
          triggerId,
          view:
            typeof args.view === 'string' ? JSON.parse(args.view) : args.view,
        };
        this.slack.views.push(view);
        return { ok: true, view: { id: view.id, ...view.view } };
      }
      case 'users.lookupByEmail': {
        const user = this.slack.users.find(
          u => u.email.toLowerCase() === String(args.email).toLowerCase(),
        );
        if (!user) return { ok: false, error: 'users_not_found' };
        return {
          ok: true,
          user: {
            id: user.id,
            name: user.name,
            deleted: false,
            is_bot: false,
            profile: { email: user.email, real_name: user.name },
          },
        };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  private describeChannel(channel: FakeSlackChannel) {
    return {
      id: channel.id,
      name: channel.name,
      name_normalized: channel.name,
      created: channel.created,
      creator: channel.creator,
      is_channel: true,
      is_private: channel.is_private,
      is_archived: channel.is_archived,
      is_member: channel.members.includes(BOT_USER_ID),
      topic: { value: channel.topic, creator: '', last_set: 0 },
      purpose: { value: channel.purpose, creator: '', last_set: 0 },
      previous_names: [],
    };
  }

  // ---- Google ------------------------------------------------------------------------

  private googleError(status: number, reason: string, message: string) {
    return {
      status,
      payload: {
        error: {
          code: status,
          message,
          errors: [{ reason, domain: 'global', message }],
          status: GOOGLE_STATUS_NAMES[status] ?? 'INVALID_ARGUMENT',
        },
      },
    };
  }

  private googleCall(
    route: FakeRoute,
    url: URL,
    body: Record<string, any>,
    req: IncomingMessage,
  ): { status: number; payload: unknown; headers?: Record<string, string> } {
    if (route === 'google:token') {
      return this.issueToken(body);
    }
    const bearer = String(req.headers.authorization ?? '').replace(
      /^Bearer /,
      '',
    );
    if (!this.google.issuedTokens.has(bearer)) {
      return this.googleError(
        401,
        'authError',
        'Request had invalid authentication credentials.',
      );
    }
    const path = url.pathname;
    switch (route) {
      case 'google:drive.files.copy': {
        const fileId = decodeURIComponent(path.split('/')[4]);
        const source = this.file(fileId);
        if (!source || source.trashed) {
          return this.googleError(
            404,
            'notFound',
            `File not found: ${fileId}.`,
          );
        }
        const copy: FakeDriveFile = {
          id: this.nextId('doc'),
          name: body.name ?? `Copy of ${source.name}`,
          parents: body.parents ?? [],
          mimeType: source.mimeType,
          appProperties: body.appProperties ?? {},
          content: source.content,
          namedRanges: structuredClone(source.namedRanges),
          paragraphStyles: [...source.paragraphStyles],
          revision: 1,
          trashed: false,
        };
        this.google.files.push(copy);
        const fields = (url.searchParams.get('fields') ?? '').split(',');
        return {
          status: 200,
          payload: {
            kind: 'drive#file',
            id: copy.id,
            name: copy.name,
            mimeType: copy.mimeType,
            ...(fields.includes('webViewLink') && {
              webViewLink: `https://docs.google.com/document/d/${copy.id}/edit?usp=drivesdk`,
            }),
          },
        };
      }
      case 'google:drive.files.list': {
        const q = url.searchParams.get('q') ?? '';
        const property =
          /appProperties has \{ key='((?:[^'\\]|\\.)*)' and value='((?:[^'\\]|\\.)*)' \}/.exec(
            q,
          );
        const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
        const files = this.google.files.filter(
          f =>
            (!q.includes('trashed = false') || !f.trashed) &&
            (!property ||
              f.appProperties[unescape(property[1])] === unescape(property[2])),
        );
        return {
          status: 200,
          payload: {
            files: files.map(f => ({
              id: f.id,
              name: f.name,
              webViewLink: `https://docs.google.com/document/d/${f.id}/edit?usp=drivesdk`,
            })),
          },
        };
      }
      case 'google:docs.documents.get': {
        const doc = this.file(
          decodeURIComponent(path.slice('/v1/documents/'.length)),
        );
        if (!doc) {
          return this.googleError(
            404,
            'notFound',
            'Requested entity was not found.',
          );
        }
        return { status: 200, payload: this.describeDocument(doc) };
      }
      case 'google:docs.documents.batchUpdate': {
        const documentId = decodeURIComponent(
          path.slice('/v1/documents/'.length, -':batchUpdate'.length),
        );
        const doc = this.file(documentId);
        if (!doc) {
          return this.googleError(
            404,
            'notFound',
            `Requested entity was not found.`,
          );
        }
        const { requiredRevisionId, targetRevisionId } =
          body.writeControl ?? {};
        const revision = (id: string) =>
          id.startsWith(`${doc.id}.r`)
            ? Number(id.slice(`${doc.id}.r`.length))
            : NaN;
        if (
          (requiredRevisionId &&
            revision(requiredRevisionId) !== doc.revision) ||
          (targetRevisionId && !(revision(targetRevisionId) <= doc.revision))
        ) {
          return this.googleError(
            400,
            'badRequest',
            'The revision of the write control does not match the document.',
          );
        }
        // Atomic like the real API: the requests apply to a copy, kept if all succeed.
        const edited: FakeDocument = structuredClone({
          content: doc.content,
          namedRanges: doc.namedRanges,
          paragraphStyles: doc.paragraphStyles,
        });
        const replies: unknown[] = [];
        for (const [index, request] of (body.requests ?? []).entries()) {
          const kind = Object.keys(request)[0];
          try {
            replies.push(this.docsRequest(edited, kind, request[kind]));
          } catch (error) {
            if (!(error instanceof DocsRequestError)) {
              throw error;
            }
            return this.googleError(
              400,
              'badRequest',
              `Invalid requests[${index}].${kind}: ${error.message}`,
            );
          }
        }
        Object.assign(doc, edited);
        doc.revision += 1;
        return {
          status: 200,
          payload: {
            documentId,
            replies,
            writeControl: { requiredRevisionId: `${doc.id}.r${doc.revision}` },
          },
        };
      }
      case 'google:sheets.values.get':
      case 'google:sheets.values.append':
      case 'google:sheets.values.update': {
        const parts = path.split('/');
        const spreadsheetId = decodeURIComponent(parts[3]);
        // The client percent-encodes the range ('!' and ':').
        const range = decodeURIComponent(parts[5]).replace(/:append$/, '');
        const book = this.google.spreadsheets[spreadsheetId];
        if (!book) {
          return this.googleError(
            404,
            'notFound',
            'Requested entity was not found.',
          );
        }
        let a1;
        try {
          a1 = parseA1(range);
        } catch {
          return this.googleError(
            400,
            'badRequest',
            `Unable to parse range: ${range}`,
          );
        }
        const rows = book[a1.sheet];
        if (!rows) {
          return this.googleError(
            400,
            'badRequest',
            `Unable to parse range: ${range}`,
          );
        }
        if (
          route !== 'google:sheets.values.get' &&
          !url.searchParams.get('valueInputOption')
        ) {
          return this.googleError(
            400,
            'badRequest',
            "'valueInputOption' is required but not specified",
          );
        }
        const first = columnNumber(a1.firstColumn) - 1;
        const last = columnNumber(a1.lastColumn) - 1;
        if (route === 'google:sheets.values.get') {
          return {
            status: 200,
            payload: {
              range,
              majorDimension: 'ROWS',
              values: rows.map(r => r.slice(first, last + 1)),
            },
          };
        }
        const values: string[][] = body.values ?? [];
        if (route === 'google:sheets.values.append') {
          const start = rows.length + 1;
          for (const row of values) {
            const full: string[] = [];
            row.forEach((v, i) => {
              full[first + i] = String(v);
            });
            rows.push(Array.from(full, v => v ?? ''));
          }
          const updatedRange = `${a1.sheet}!${a1.firstColumn}${start}:${
            a1.lastColumn
          }${start + values.length - 1}`;
          return {
            status: 200,
            payload: {
              spreadsheetId,
              tableRange: `${a1.sheet}!${a1.firstColumn}1:${a1.lastColumn}${
                start - 1
              }`,
              updates: {
                spreadsheetId,
                updatedRange,
                updatedRows: values.length,
                updatedColumns: last - first + 1,
                updatedCells: values.length * (last - first + 1),
              },
            },
          };
        }
        const rowIndex = (a1.firstRow ?? 1) - 1;
        values.forEach((row, offset) => {
          const target = rows[rowIndex + offset] ?? [];
          row.forEach((v, i) => {
            target[first + i] = String(v);
          });
          rows[rowIndex + offset] = Array.from(target, v => v ?? '');
        });
        return {
          status: 200,
          payload: {
            spreadsheetId,
            updatedRange: range,
            updatedRows: values.length,
            updatedColumns: last - first + 1,
            updatedCells: values.length * (last - first + 1),
          },
        };
      }
      case 'google:meet.spaces.create': {
        const code = `${randomBytes(2)
          .toString('hex')
          .slice(0, 3)}-${randomBytes(2).toString('hex')}-${randomBytes(2)
          .toString('hex')
          .slice(0, 3)}`;
        const space: FakeMeetSpace = {
          name: `spaces/${randomBytes(6).toString('base64url')}`,
          meetingUri: `https://meet.google.com/${code}`,
          meetingCode: code,
          config: body.config ?? {},
        };
        this.google.spaces.push(space);
        return { status: 200, payload: space };
      }
      default:
        return this.googleError(404, 'notFound', `No fake for ${route}`);
    }
  }

  /** One request of a documents.batchUpdate, applied to `doc`; returns its reply. */
  private docsRequest(
    doc: FakeDocument,
    kind: string,
    request: Record<string, any>,
  ): unknown {
    switch (kind) {
      case 'replaceAllText': {
        const text: string = request.containsText.text;
        const occurrences: number[] = [];
        for (
          let at = doc.content.indexOf(text);
          at >= 0;
          at = doc.content.indexOf(text, at + text.length)
        ) {
          occurrences.push(at + 1);
        }
        for (const index of occurrences.reverse()) {
          deleteDocText(doc, index, index + text.length);
          if (request.replaceText) {
            insertDocText(doc, index, request.replaceText);
          }
        }
        // Like the real API, occurrencesChanged is left out when it is 0.
        return {
          replaceAllText:
            occurrences.length > 0
              ? { occurrencesChanged: occurrences.length }
              : {},
        };
      }
      case 'insertText': {
        if (
          request.location?.segmentId ||
          request.endOfSegmentLocation?.segmentId
        ) {
          throw new DocsRequestError('The fake has only the body segment.');
        }
        const index = request.endOfSegmentLocation
          ? bodyEnd(doc) - 1
          : request.location?.index;
        insertDocText(doc, index, String(request.text ?? ''));
        return {};
      }
      case 'deleteContentRange': {
        const range = checkRange(doc, request.range);
        deleteDocText(doc, range.startIndex, range.endIndex);
        return {};
      }
      case 'createNamedRange': {
        const name = String(request.name ?? '');
        if (name.length < 1 || name.length > 256) {
          throw new DocsRequestError(
            'The name must be between 1 and 256 characters.',
          );
        }
        const namedRangeId = `kix.${++this.counter}`;
        doc.namedRanges.push({
          namedRangeId,
          name,
          ranges: [checkRange(doc, request.range)],
        });
        return { createNamedRange: { namedRangeId } };
      }
      case 'deleteNamedRange': {
        const kept = doc.namedRanges.filter(
          named =>
            named.name !== request.name &&
            named.namedRangeId !== request.namedRangeId,
        );
        if (kept.length === doc.namedRanges.length) {
          throw new DocsRequestError('No named range matches.');
        }
        doc.namedRanges = kept;
        return {};
      }
      case 'updateParagraphStyle': {
        const range = checkRange(doc, request.range);
        const style = request.paragraphStyle?.namedStyleType;
        if (request.fields !== 'namedStyleType') {
          throw new DocsRequestError(
            'The fake updates only fields: namedStyleType.',
          );
        }
        if (!NAMED_STYLE_TYPES.includes(style)) {
          throw new DocsRequestError(`Unknown named style type ${style}.`);
        }
        const last = paragraphAt(doc, range.endIndex - 1);
        for (let p = paragraphAt(doc, range.startIndex); p <= last; p++) {
          doc.paragraphStyles[p] = style;
        }
        return {};
      }
      default:
        throw new DocsRequestError(`The fake does not support ${kind}.`);
    }
  }

  /** A document as documents.get answers (every field; the fake ignores `fields`). */
  private describeDocument(doc: FakeDriveFile) {
    let index = 1;
    const paragraphs = doc.content.split('\n').map((line, p) => {
      const startIndex = index;
      index += line.length + 1;
      return {
        startIndex,
        endIndex: index,
        paragraph: {
          elements: [
            {
              startIndex,
              endIndex: index,
              textRun: { content: `${line}\n`, textStyle: {} },
            },
          ],
          paragraphStyle: {
            namedStyleType: doc.paragraphStyles[p] ?? 'NORMAL_TEXT',
          },
        },
      };
    });
    const namedRanges: Record<string, unknown> = {};
    for (const name of new Set(doc.namedRanges.map(n => n.name))) {
      namedRanges[name] = {
        name,
        namedRanges: doc.namedRanges.filter(n => n.name === name),
      };
    }
    return {
      documentId: doc.id,
      title: doc.name,
      revisionId: `${doc.id}.r${doc.revision}`,
      // The section break before the first paragraph has no start index (it is 0).
      body: { content: [{ endIndex: 1, sectionBreak: {} }, ...paragraphs] },
      namedRanges,
    };
  }

  /** The OAuth 2.0 JWT bearer grant that google-auth-library's JWT client makes. */
  private issueToken(form: Record<string, any>) {
    if (form.grant_type !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') {
      return {
        status: 400,
        payload: {
          error: 'unsupported_grant_type',
          error_description: 'Invalid grant_type',
        },
      };
    }
    const [header, claims, signature] = String(form.assertion ?? '').split('.');
    if (this.google.publicKey) {
      const valid = verify(
        'RSA-SHA256',
        Buffer.from(`${header}.${claims}`),
        this.google.publicKey,
        base64UrlDecode(signature ?? ''),
      );
      if (!valid) {
        return {
          status: 400,
          payload: {
            error: 'invalid_grant',
            error_description: 'Invalid JWT Signature.',
          },
        };
      }
    }
    if (this.google.rejectTokens) {
      return {
        status: 401,
        payload: {
          error: 'unauthorized_client',
          error_description:
            'Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested.',
        },
      };
    }
    const decoded = JSON.parse(base64UrlDecode(claims).toString('utf8'));
    this.google.assertions.push(decoded);
    const token = `ya29.fake-${randomBytes(8).toString('hex')}`;
    this.google.issuedTokens.add(token);
    return {
      status: 200,
      payload: { access_token: token, expires_in: 3599, token_type: 'Bearer' },
    };
  }
}
