// Slack as an entry point: how long the plugin takes to answer `/incident` over HTTP, and
// how long from the command until the fake Slack receives `views.open`.
//   - Acknowledgement: a signed `POST /slack/commands` (Slack's v0 signature) to the
//     plugin's Slack router on a loopback port, timed until its 200 answer has arrived.
//     Rows: `/incident <what is wrong>` by a cold user (their first command: users.info
//     and the catalog lookups), by a warm user (cached), and `/incident note <text>` in
//     an incident's channel (a timeline entry written). Target: p95 under 300 ms.
//   - Time to views.open: from sending the command until the fake Slack has received
//     `views.open` with its trigger id (the fake's clock, the same machine's). Target:
//     p95 under 3 s, the life of Slack's trigger id.
// The fake Slack runs in a process of its own (remoteFake.ts), as for the workspace
// benchmark. Without injected latency the figures are the plugin's own; with it (100 ms
// by default, as the workspace benchmark) they include the Slack calls a real command
// waits for. The catalog is catalogServiceMock's in-memory one, so a real catalog's
// round trips come on top of the cold user's figures. Runs on the databases of
// BENCH_DATABASES; alone with `npm run bench -- slackEntryPoint`. Knobs: BENCH_ITERATIONS
// (commands per row without latency), BENCH_SLACK_LATENCY_MS (comma-separated, `0,100`)
// and BENCH_SLACK_LATENCY_ITERATIONS (commands per row with latency, 40).
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import express from 'express';
import { Knex } from 'knex';
import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';
import { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import {
  GUEST,
  member,
  workspaceCatalogEntities,
  workspaceConfig,
} from '../src/__testUtils__/workspaceTestBed';
import {
  FakeRequest,
  FakeSlackUser,
} from '../src/__testUtils__/fakes/FakeWorkspaceServer';
import {
  buildIncidentsContext,
  IncidentsContext,
} from '../src/buildIncidentsContext';
import { createSlackInbound } from '../src/slackInbound/createSlackInbound';
import { SLACK_TEXTS } from '../src/slackInbound/slackTexts';
import {
  ITERATIONS,
  onEachDatabase,
  percentile,
  printMarkdownTable,
  silentAuditor,
  silentLogger,
  WARMUP,
} from './benchKit';
import { RemoteFake } from './remoteFake';

const SIGNING_SECRET = 'slack-signing-secret-for-the-benchmark';
const TEAM = 'T0NORTHWIND';
const ACK_TARGET_P95_MS = 300;
const VIEWS_OPEN_TARGET_P95_MS = 3000;
/** Latencies injected into every fake Slack call, one set of rows each. */
const LATENCIES_MS = (process.env.BENCH_SLACK_LATENCY_MS ?? '0,100')
  .split(',')
  .map(Number);
/** Commands per row with injected latency (each waits for Slack; keep the run short). */
const LATENCY_ITERATIONS = Number(
  process.env.BENCH_SLACK_LATENCY_ITERATIONS ?? 40,
);
const iterationsAt = (latencyMs: number) =>
  latencyMs > 0 ? LATENCY_ITERATIONS : ITERATIONS;

/** Slack users, each with a catalog user of the same email, who ran no command yet. */
const COLD_USERS = Array.from(
  { length: WARMUP + Math.max(...LATENCIES_MS.map(iterationsAt)) },
  (_, i) => {
    const name = `cold-${String(i).padStart(4, '0')}`;
    return {
      slack: {
        id: `UCOLD${String(i).padStart(4, '0')}`,
        email: `${name}@northwind.example`,
        name,
      } as FakeSlackUser,
      catalog: member(name, 'storefront-team', `${name}@northwind.example`),
    };
  },
);
/** user:default/guest, the incident's reporter. */
const WARM_USER = 'UGUEST';
/** user:default/alice, of payments-team, which owns payments-gateway: no role. */
const RESPONDER = 'UALICE';

type Row = {
  command: string;
  user: string;
  /** The command's text and who runs it, for the i-th command of the row. */
  nth(i: number): { text: string; userId: string; channelId: string };
  /** views.open is expected (the declare modal). */
  opensView: boolean;
  /** users.info calls expected per command. */
  usersInfo: number;
  /** The answer the command must get (the body of the 200). */
  answer: string;
};

type Sample = { ackMs: number; sentAt: number; triggerId: string };

/** Signed Slack commands over one kept-alive connection, timed to the whole answer. */
function slackClient(url: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  let triggers = 0;
  return {
    nextTriggerId: () => `bench-trigger-${process.pid}-${++triggers}`,
    async command(fields: Record<string, string>) {
      const body = new URLSearchParams({
        command: '/incident',
        team_id: TEAM,
        ...fields,
      }).toString();
      // Slack signs before sending: not part of the plugin's time.
      const timestamp = String(Math.floor(Date.now() / 1000));
      const signature = `v0=${createHmac('sha256', SIGNING_SECRET)
        .update(`v0:${timestamp}:${body}`)
        .digest('hex')}`;
      const sentAt = Date.now();
      const started = performance.now();
      const answer = await new Promise<{ status: number; text: string }>(
        (resolve, reject) => {
          const req = request(
            `${url}/api/incidents/slack/commands`,
            {
              method: 'POST',
              agent,
              headers: {
                'content-type': 'application/x-www-form-urlencoded',
                'content-length': Buffer.byteLength(body),
                'x-slack-request-timestamp': timestamp,
                'x-slack-signature': signature,
              },
            },
            response => {
              const chunks: Buffer[] = [];
              response.on('data', chunk => chunks.push(chunk));
              response.on('end', () =>
                resolve({
                  status: response.statusCode ?? 0,
                  text: Buffer.concat(chunks).toString('utf8'),
                }),
              );
            },
          );
          req.on('error', reject);
          req.end(body);
        },
      );
      const ackMs = performance.now() - started;
      return { ...answer, ackMs, sentAt };
    },
    close: () => agent.destroy(),
  };
}

/** Polls until the incident's workspace steps are settled; returns its channel id. */
async function waitForChannel(
  context: IncidentsContext,
  incidentId: string,
): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { steps } = await context.incidents.get(incidentId);
    if (
      steps.every(s => ['succeeded', 'failed', 'skipped'].includes(s.status))
    ) {
      const channel = steps.find(s => s.key === 'slack.channel');
      const channelId = channel?.result?.channelId;
      if (channel?.status !== 'succeeded' || typeof channelId !== 'string') {
        throw new Error(`No Slack channel: ${JSON.stringify(channel)}`);
      }
      return channelId;
    }
    if (Date.now() > deadline) {
      throw new Error('The workspace steps did not settle in 30 s');
    }
    await new Promise(resolve => setTimeout(resolve, 50));
  }
}

const ms = (value: number) => value.toFixed(1);

async function runRow(
  row: Row,
  iterations: number,
  client: ReturnType<typeof slackClient>,
  fake: RemoteFake,
): Promise<{ samples: Sample[]; received: FakeRequest[] }> {
  const triggerIds = Array.from({ length: WARMUP + iterations }, () =>
    client.nextTriggerId(),
  );
  // Slack sends a trigger id with every command; views.open takes each once.
  await fake.configure({ triggerIds });
  const samples: Sample[] = [];
  for (let i = 0; i < WARMUP + iterations; i++) {
    if (i === WARMUP) {
      // The warm-up's calls (a warm user's first lookup among them) are not counted.
      await fake.newRequests();
    }
    const { text, userId, channelId } = row.nth(i);
    const answer = await client.command({
      text,
      user_id: userId,
      channel_id: channelId,
      trigger_id: triggerIds[i],
    });
    if (answer.status !== 200 || answer.text !== row.answer) {
      throw new Error(
        `${row.command} by ${userId} answered ${answer.status} ${answer.text}`,
      );
    }
    if (i >= WARMUP) {
      samples.push({ ...answer, triggerId: triggerIds[i] });
    }
  }
  return { samples, received: await fake.newRequests() };
}

async function benchDatabase(
  name: string,
  knex: Knex,
  fake: RemoteFake,
): Promise<string[][]> {
  await fake.configure({ latencyMs: 0 });
  const catalog = catalogServiceMock({
    entities: [...workspaceCatalogEntities, ...COLD_USERS.map(u => u.catalog)],
  });
  const context = await buildIncidentsContext({
    config: new ConfigReader(
      workspaceConfig(fake, { slack: { signingSecret: SIGNING_SECRET } }),
    ),
    database: mockServices.database({ knex }),
    logger: silentLogger,
    auth: mockServices.auth(),
    catalog,
    signals: { publish: async () => {} },
    notifications: { send: async () => {} },
    permissions: mockServices.permissions(),
    userInfo: mockServices.userInfo(),
  });
  const rows: string[][] = [];
  try {
    // The incident whose channel the in-channel commands run in: its workspace is
    // ready before anything is measured, so the worker is idle meanwhile.
    const { incident } = await context.incidents.declare(
      {
        title: `Checkout returns 502 on ${name}`,
        severity: 'SEV2',
        entityRefs: [
          'component:default/checkout-web',
          'component:default/payments-gateway',
        ],
      },
      { credentials: mockCredentials.user(GUEST), userRef: GUEST },
    );
    const incidentChannel = await waitForChannel(context, incident.id);
    const general = 'C0GENERAL';
    const benchRows: Row[] = [
      {
        command: '/incident <text>',
        user: 'cold (first command)',
        nth: i => ({
          text: `Checkout returns 502, report ${i}`,
          userId: COLD_USERS[i].slack.id,
          channelId: general,
        }),
        opensView: true,
        usersInfo: 1,
        answer: '',
      },
      {
        command: '/incident <text>',
        user: 'warm (cached)',
        nth: i => ({
          text: `Checkout returns 502, report ${i}`,
          userId: WARM_USER,
          channelId: general,
        }),
        opensView: true,
        usersInfo: 0,
        answer: '',
      },
      {
        command: '/incident note <text>, in the channel',
        user: 'warm, team member',
        nth: i => ({
          text: `note Rolled back the gateway, try ${i}`,
          userId: RESPONDER,
          channelId: incidentChannel,
        }),
        opensView: false,
        usersInfo: 0,
        answer: JSON.stringify({
          response_type: 'ephemeral',
          text: SLACK_TEXTS.en.entryAdded('note'),
        }),
      },
    ];

    for (const latencyMs of LATENCIES_MS) {
      await fake.configure({ latencyMs });
      // A fresh entry point per latency: its users' cache starts empty, so the cold
      // users are cold again.
      const { router } = createSlackInbound({
        settings: context.settings,
        incidents: context.incidents,
        steps: context.workspace.steps,
        catalog,
        auth: mockServices.auth(),
        auditor: silentAuditor,
        listeners: context.listeners,
        timelineStore: context.slackTimelineStore,
        logger: silentLogger,
      });
      const server = express()
        .use('/api/incidents', router!)
        .listen(0, '127.0.0.1');
      server.keepAliveTimeout = 120_000;
      await new Promise(ready => server.once('listening', ready));
      const client = slackClient(
        `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      );
      try {
        for (const row of benchRows) {
          const iterations = iterationsAt(latencyMs);
          const { samples, received } = await runRow(
            row,
            iterations,
            client,
            fake,
          );
          const viewsOpen = new Map(
            received
              .filter(r => r.route === 'slack:views.open' && r.status === 200)
              .map(r => [String(r.body.trigger_id), r.startedAt]),
          );
          const usersInfo = received.filter(
            r => r.route === 'slack:users.info',
          ).length;
          const expectedUsersInfo = row.usersInfo * iterations;
          if (usersInfo !== expectedUsersInfo) {
            throw new Error(
              `${row.user}: expected ${expectedUsersInfo} users.info calls, the fake got ${usersInfo}`,
            );
          }
          const toViewsOpen = row.opensView
            ? samples.map(sample => {
                const at = viewsOpen.get(sample.triggerId);
                if (at === undefined) {
                  throw new Error(`No views.open for ${sample.triggerId}`);
                }
                return at - sample.sentAt;
              })
            : [];
          const ack = samples.map(s => s.ackMs).sort((a, b) => a - b);
          const open = toViewsOpen.sort((a, b) => a - b);
          const ackP95 = percentile(ack, 0.95);
          const openP95 = open.length ? percentile(open, 0.95) : 0;
          const pass =
            ackP95 < ACK_TARGET_P95_MS && openP95 < VIEWS_OPEN_TARGET_P95_MS;
          if (!pass) {
            process.exitCode = 1;
          }
          rows.push([
            name,
            String(latencyMs),
            row.command,
            row.user,
            String(iterations),
            ms(percentile(ack, 0.5)),
            ms(ackP95),
            ms(ack[ack.length - 1]),
            open.length ? ms(percentile(open, 0.5)) : '-',
            open.length ? ms(openP95) : '-',
            open.length ? ms(open[open.length - 1]) : '-',
            [
              row.usersInfo ? 'users.info' : '',
              row.opensView ? 'views.open' : '',
            ]
              .filter(Boolean)
              .join(' + ') || 'none',
            pass ? 'PASS' : 'FAIL',
          ]);
        }
      } finally {
        client.close();
        await new Promise(resolve => server.close(resolve));
      }
    }
  } finally {
    await context.workspace.worker.stop();
  }
  return rows;
}

export async function run() {
  console.log(
    `Signed POST /slack/commands to the plugin's Slack router on a loopback port, one at a time; ${WARMUP} warm-up commands per row, not counted. The fake Slack runs in a process of its own, with ${LATENCIES_MS.join(
      ' and ',
    )} ms injected into every call (${ITERATIONS} commands per row without latency, ${LATENCY_ITERATIONS} with). The catalog is an in-memory mock. Times in ms; time to views.open on the fake's clock (1 ms resolution).`,
  );
  console.log(
    `Targets: acknowledgement p95 < ${ACK_TARGET_P95_MS} ms; views.open p95 < ${VIEWS_OPEN_TARGET_P95_MS} ms (the trigger id's life).`,
  );
  const fake = await RemoteFake.start(0);
  await fake.configure({ slackUsers: COLD_USERS.map(u => u.slack) });
  try {
    const rows = await onEachDatabase('incidents_slack_bench', (name, knex) =>
      benchDatabase(name, knex, fake),
    );
    printMarkdownTable(
      [
        'database',
        'Slack latency',
        'command',
        'user',
        'commands',
        'ack p50',
        'ack p95',
        'ack max',
        'to views.open p50',
        'to views.open p95',
        'to views.open max',
        'Slack calls before the answer',
        'verdict',
      ],
      rows,
    );
  } finally {
    await fake.stop();
  }
}
