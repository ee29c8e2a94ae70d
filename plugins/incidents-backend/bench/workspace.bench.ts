// Declare to workspace ready: with 100 ms of latency injected into every Slack and Google
// call (the loopback fake), how long from declaring an incident until every workspace
// step has succeeded, against
//   - the sum of the calls' latencies: what a bot that makes the calls one after another
//     takes (the CDS SRE bot does), and
//   - the critical path: the longest chain of calls that must wait for one another, the
//     floor for any implementation of the same steps.
// Target: within 1.2 times the critical path. Runs on SQLite, and on PostgreSQL when
// BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING is set.
import { LoggerService } from '@backstage/backend-plugin-api';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import createKnex, { Knex } from 'knex';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  startFakeWorkspace,
  workspaceCatalogEntities,
  workspaceConfig,
} from '../src/__testUtils__/workspaceTestBed';
import { FakeWorkspaceServer } from '../src/__testUtils__/fakes/FakeWorkspaceServer';
import { DatabaseIncidentsStore } from '../src/database/DatabaseIncidentsStore';
import { CatalogLookups } from '../src/service/catalogLookups';
import { IncidentsService } from '../src/service/IncidentsService';
import { readIncidentsConfig } from '../src/service/readIncidentsConfig';
import { createIncidentWorkspace } from '../src/workspace/createIncidentWorkspace';
import { DECLARE_STEPS } from '../src/workspace/WorkspacePlanner';

const LATENCY_MS = 100;
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const TARGET_RATIO = 1.2;
const GUEST = 'user:default/guest';

/**
 * The remote calls each step makes on a first attempt, as rounds: the calls of a round
 * go out together, a round waits for the one before. The benchmark checks that these
 * add up to the calls the fake actually received. Four people are looked up by email
 * (guest, alice, bob, carol; dave has no email).
 */
const ROUNDS: Record<string, string[][]> = {
  'slack.channel': [
    ['conversations.create'],
    ['conversations.setTopic', 'conversations.setPurpose'],
  ],
  'google.meet': [['spaces.create']],
  'google.doc': [['files.copy']],
  'google.doc-fill': [['documents.batchUpdate']],
  'slack.share': [
    ['chat.postMessage'],
    ['pins.add', 'bookmarks.add', 'bookmarks.add', 'bookmarks.add'],
  ],
  'slack.links': [], // nothing to share late when Google answered in time
  'google.sheet': [['values.append']],
  'slack.invite': [
    [
      'users.lookupByEmail',
      'users.lookupByEmail',
      'users.lookupByEmail',
      'users.lookupByEmail',
    ],
    ['conversations.invite'],
  ],
  'slack.announce': [['chat.postMessage']],
};

/** Longest chain of rounds through the step graph (hard and soft dependencies alike). */
function criticalRounds(): number {
  const memo = new Map<string, number>();
  const finish = (key: string): number => {
    if (!memo.has(key)) {
      const shape = DECLARE_STEPS[key as keyof typeof DECLARE_STEPS]!;
      const start = Math.max(
        0,
        ...[...shape.dependsOn, ...shape.waitsFor].map(finish),
      );
      memo.set(key, start + ROUNDS[key].length);
    }
    return memo.get(key)!;
  };
  return Math.max(...Object.keys(DECLARE_STEPS).map(finish));
}

const silentLogger: LoggerService = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  child() {
    return silentLogger;
  },
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Step changes, as the worker signals them to the frontend: the benchmark looks at the
 * database when told something changed, instead of polling it (which would compete
 * with the worker for the database).
 */
class StepChanges {
  private changed = false;
  private wake?: () => void;

  readonly signals = {
    publish: async () => {
      this.changed = true;
      this.wake?.();
    },
  };

  async waitUntilDone(knex: Knex, incidentId: string): Promise<number> {
    for (;;) {
      this.changed = false;
      const rows: { status: string }[] = await knex('incident_steps')
        .where({ incident_id: incidentId })
        .select('status');
      if (rows.length > 0 && rows.every(r => r.status === 'succeeded')) {
        return performance.now();
      }
      if (rows.some(r => r.status === 'failed')) {
        throw new Error(`A step failed: ${JSON.stringify(rows)}`);
      }
      if (!this.changed) {
        await new Promise<void>(resolve => {
          this.wake = resolve;
        });
      }
    }
  }
}

async function benchDatabase(
  name: string,
  knex: Knex,
  fake: FakeWorkspaceServer,
): Promise<string[][]> {
  const config = new ConfigReader(
    workspaceConfig(fake, {
      workspace: { initialRetryDelay: '1s' },
    }),
  );
  const database = mockServices.database({ knex });
  const store = await DatabaseIncidentsStore.create({ database });
  const incidentsConfig = readIncidentsConfig(config);
  const catalog = catalogServiceMock({ entities: workspaceCatalogEntities });
  const shutdownHooks: (() => Promise<void> | void)[] = [];
  const changes = new StepChanges();
  const workspace = await createIncidentWorkspace({
    config,
    database,
    logger: silentLogger,
    // The scheduled task is the safety net; this measures the in-process kick.
    scheduler: { scheduleTask: async () => {} } as any,
    lifecycle: {
      addShutdownHook: (hook: any) => shutdownHooks.push(hook),
    } as any,
    auth: mockServices.auth(),
    catalog,
    signals: changes.signals,
    incidents: store,
    severities: incidentsConfig.severities,
  });
  const incidents = new IncidentsService(
    store,
    new CatalogLookups(catalog),
    incidentsConfig,
    workspace,
  );
  const actor = { credentials: mockCredentials.user(GUEST), userRef: GUEST };
  const rounds = criticalRounds();
  const expectedCalls = Object.values(ROUNDS).flat(2).length;
  const rows: string[][] = [];
  const ratios: number[] = [];

  try {
    // Run 0 warms up connections and the Google token; it is not counted.
    for (let runIndex = 0; runIndex <= RUNS; runIndex++) {
      const since = fake.requests.length;
      const started = performance.now();
      const { incident } = await incidents.declare(
        {
          title: `Checkout returns 502 on ${name}, run ${runIndex}`,
          severity: 'SEV2',
          entityRefs: [
            'component:default/checkout-web',
            'component:default/payments-gateway',
          ],
        },
        actor,
      );
      const answered = performance.now();
      const done = await changes.waitUntilDone(knex, incident.id);
      const calls = fake.requests
        .slice(since)
        .filter(r => r.route !== 'google:token');
      if (process.env.BENCH_TRACE) {
        // When each call reached the fake and was answered, from the declare.
        const t0 = Date.now() - (performance.now() - started);
        for (const c of fake.requests.slice(since)) {
          console.log(
            `${String(Math.round(c.startedAt - t0)).padStart(5)} ${String(
              Math.round((c.endedAt ?? c.startedAt) - t0),
            ).padStart(5)} ${c.route}`,
          );
        }
      }
      if (runIndex === 0) {
        continue;
      }
      if (calls.length !== expectedCalls) {
        throw new Error(
          `Expected ${expectedCalls} remote calls, the fake got ${
            calls.length
          }: ${calls.map(c => c.route).join(', ')}`,
        );
      }
      const sequential = calls.reduce(
        (sum, c) => sum + ((c.endedAt ?? c.startedAt) - c.startedAt),
        0,
      );
      const floor = rounds * LATENCY_MS;
      const total = done - started;
      ratios.push(total / floor);
      rows.push([
        name,
        String(runIndex),
        (answered - started).toFixed(1),
        total.toFixed(0),
        String(calls.length),
        sequential.toFixed(0),
        floor.toFixed(0),
        (total / floor).toFixed(2),
        (sequential / total).toFixed(1),
      ]);
    }
  } finally {
    for (const hook of shutdownHooks) {
      await hook();
    }
  }
  const worst = Math.max(...ratios);
  console.log(
    `${name}: median ${median(ratios).toFixed(2)}x, worst ${worst.toFixed(
      2,
    )}x the critical path (target <= ${TARGET_RATIO}x): ${
      worst <= TARGET_RATIO ? 'PASS' : 'FAIL'
    }`,
  );
  if (worst > TARGET_RATIO) {
    process.exitCode = 1;
  }
  return rows;
}

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map(r => r[i].length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map(w => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) {
    console.log(line(row));
  }
}

export async function run() {
  console.log(
    `${LATENCY_MS} ms injected into every Slack and Google call; ${RUNS} declares after one warm-up, one at a time. Times in ms.`,
  );
  console.log(
    `Critical path: ${criticalRounds()} rounds of calls (channel create -> topic and purpose -> first message -> pin and bookmarks).\n`,
  );
  const fake = await startFakeWorkspace();
  fake.latencyMs = LATENCY_MS;
  const rows: string[][] = [];
  const directory = mkdtempSync(join(tmpdir(), 'incidents-workspace-bench-'));
  try {
    const only = process.env.BENCH_DATABASE; // SQLite or PostgreSQL, to run one
    const sqlite = createKnex({
      client: 'better-sqlite3',
      connection: { filename: join(directory, 'incidents.sqlite') },
      useNullAsDefault: true,
    });
    try {
      if (!only || only === 'SQLite') {
        rows.push(...(await benchDatabase('SQLite', sqlite, fake)));
      }
    } finally {
      await sqlite.destroy();
    }

    const connection =
      process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
    if (connection && (!only || only === 'PostgreSQL')) {
      const admin = createKnex({ client: 'pg', connection });
      await admin.raw('drop database if exists incidents_workspace_bench');
      await admin.raw('create database incidents_workspace_bench');
      await admin.destroy();
      const url = new URL(connection);
      url.pathname = '/incidents_workspace_bench';
      const pg = createKnex({ client: 'pg', connection: url.toString() });
      try {
        rows.push(...(await benchDatabase('PostgreSQL', pg, fake)));
      } finally {
        await pg.destroy();
      }
    } else {
      console.log(
        'PostgreSQL: SKIPPED (set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING; see scripts/start-test-postgres.sh)',
      );
    }
  } finally {
    await fake.stop();
    rmSync(directory, { recursive: true, force: true });
  }
  console.log('');
  printTable(
    [
      'database',
      'run',
      'declare answered',
      'all steps done',
      'calls',
      'sum of call latencies (sequential bot)',
      'critical path',
      'done / critical path',
      'sequential / done',
    ],
    rows,
  );
}
