// Incident list and TTD/TTR metrics at scale: 100,000 incidents over 3 years across
// 2,000 entities and 50 teams, on SQLite and on PostgreSQL. For each query it prints the
// p50/p95 latency of the HTTP API, of the same SQL statements run directly (the floor),
// and of fetching every matching row and computing in JavaScript (what a frontend-only
// plugin does), and checks the targets.
import { mockServices } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import express from 'express';
import createKnex, { Knex } from 'knex';
import { Agent, get } from 'node:http';
import { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildIncidentsContext } from '../src/buildIncidentsContext';
import { refreshMetricFacts } from '../src/metrics/metricFacts';
import { createRouter } from '../src/router';
import { freshPostgresDatabase } from './postgres';
import { ConfigReader } from '@backstage/config';

const INCIDENTS = Number(process.env.BENCH_INCIDENTS ?? 100_000);
const ENTITIES = 2_000;
const TEAMS = 50;
const YEARS = 3;
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 100);
const WARMUP = 10;
/** `sqlite`, `postgres` or both, comma-separated. */
const DATABASES = (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',');
// Fetching every row for the whole organisation takes seconds; fewer samples say enough.
const JS_ITERATIONS = Math.min(
  ITERATIONS,
  Number(process.env.BENCH_JS_ITERATIONS ?? 20),
);

const DAY = 24 * 60 * 60 * 1000;
const SEVERITIES = ['SEV1', 'SEV2', 'SEV3'];

type QueryKind =
  | 'list:entity'
  | 'metrics:entity'
  | 'metrics:team'
  | 'metrics:all';

const TARGET_P95_MS: Record<QueryKind, number> = {
  'list:entity': 25,
  'metrics:entity': 50,
  'metrics:team': 50,
  'metrics:all': 250,
};
/**
 * The API may cost at most this many times the SQL it runs, plus a fixed allowance for
 * what any request costs on top of its queries: a loopback HTTP round trip, request
 * validation and the JSON.
 */
const MAX_RATIO_TO_SQL = 1.5;
const FIXED_COST_MS = 3;

/** A small seeded generator, so every run measures the same data. */
function random(initial: number) {
  let state = initial >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** One in ten incidents is a SEV1, about a third SEV2, the rest SEV3. */
function pickSeverity(chance: number): string {
  if (chance < 0.1) {
    return SEVERITIES[0];
  }
  return chance < 0.4 ? SEVERITIES[1] : SEVERITIES[2];
}

const entityRef = (i: number) =>
  `component:default/service-${String(i).padStart(4, '0')}`;
const teamRef = (i: number) =>
  `group:default/team-${String(i).padStart(2, '0')}`;

async function seed(knex: Knex) {
  const rand = random(42);
  const now = Date.UTC(2026, 10, 1);
  const start = now - YEARS * 365 * DAY;
  const incidents: Record<string, unknown>[] = [];
  const entities: Record<string, unknown>[] = [];
  const owners: Record<string, unknown>[] = [];
  const roles: Record<string, unknown>[] = [];
  for (let n = 1; n <= INCIDENTS; n++) {
    const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    // Some services have many more incidents than others.
    const primary = Math.floor(ENTITIES * rand() ** 2);
    const affected = [primary];
    if (rand() < 0.2) {
      affected.push((primary + 1 + Math.floor(rand() * 50)) % ENTITIES);
    }
    const impactStartedAt = Math.floor(start + rand() * (now - start));
    const ttd =
      rand() < 0.05 ? null : Math.floor(60_000 + rand() ** 3 * 4 * 3600_000);
    const ttr = Math.floor((ttd ?? 0) + 600_000 + rand() ** 2 * 48 * 3600_000);
    incidents.push({
      id,
      number: n,
      title: `Incident ${n} on ${entityRef(primary)}`,
      description: null,
      summary: null,
      impact: null,
      severity: pickSeverity(rand()),
      status: 'closed',
      mode: rand() < 0.3 ? 'retrospective' : 'live',
      security: false,
      drill: rand() < 0.02,
      reporter_ref: 'user:default/bench',
      impact_started_at: impactStartedAt,
      detected_at: ttd === null ? null : impactStartedAt + ttd,
      declared_at: impactStartedAt + (ttd ?? 0) + 120_000,
      mitigated_at: impactStartedAt + Math.floor(ttr * 0.7),
      resolved_at: impactStartedAt + ttr,
      closed_at: impactStartedAt + ttr + DAY,
      updated_at: impactStartedAt + ttr + DAY,
    });
    affected.forEach((entity, position) => {
      entities.push({
        incident_id: id,
        entity_ref: entityRef(entity),
        position,
      });
    });
    for (const team of new Set(affected.map(e => e % TEAMS))) {
      owners.push({ incident_id: id, owner_ref: teamRef(team) });
    }
    for (const role of ['reporter', 'incident-commander', 'operations-lead']) {
      roles.push({
        incident_id: id,
        role,
        user_ref: 'user:default/bench',
        assigned_by_ref: 'user:default/bench',
        note: null,
        assigned_at: impactStartedAt,
        ended_at: null,
      });
    }
  }
  for (const [table, rows] of [
    ['incidents', incidents],
    ['incident_entities', entities],
    ['incident_owners', owners],
    ['incident_role_assignments', roles],
  ] as const) {
    // SQLite allows at most 500 terms in the compound SELECT knex builds for a batch.
    await knex.batchInsert(table, rows as any[], 400);
  }
  await knex('incident_counters')
    .where({ name: 'incident_number' })
    .update({ value: INCIDENTS });
  await refreshMetricFacts(knex);
  await knex.raw('analyze');
}

function percentile(sorted: number[], fraction: number): number {
  const position = fraction * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
}

function summarize(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

/** What a frontend-only plugin does: fetch every matching incident, then compute. */
async function computeInJavaScript(
  knex: Knex,
  kind: QueryKind,
  ref: string | undefined,
) {
  const query = knex('incidents as i').select('i.*');
  if (kind === 'list:entity' || kind === 'metrics:entity') {
    query
      .join('incident_entities as e', 'e.incident_id', 'i.id')
      .where('e.entity_ref', ref!);
  } else if (kind === 'metrics:team') {
    query
      .join('incident_owners as o', 'o.incident_id', 'i.id')
      .where('o.owner_ref', ref!);
  }
  // The rows travel to the browser as JSON.
  const rows: any[] = JSON.parse(JSON.stringify(await query));
  if (kind === 'list:entity') {
    rows.sort(
      (a, b) => Number(b.impact_started_at) - Number(a.impact_started_at),
    );
    return rows.slice(0, 20);
  }
  const counted = rows.filter(r => !r.drill);
  const seconds = (from: string, to: string) =>
    counted
      .filter(r => r[from] !== null && r[to] !== null)
      .map(r => (Number(r[to]) - Number(r[from])) / 1000)
      .sort((a, b) => a - b);
  const groups = new Map<string, any[]>();
  for (const row of counted) {
    const month = new Date(Number(row.impact_started_at))
      .toISOString()
      .slice(0, 7);
    for (const key of [row.severity, month]) {
      const group = groups.get(key) ?? [];
      group.push(row);
      groups.set(key, group);
    }
  }
  const durations = [
    seconds('impact_started_at', 'detected_at'),
    seconds('impact_started_at', 'resolved_at'),
    seconds('impact_started_at', 'mitigated_at'),
  ];
  return durations
    .map(d => [percentile(d, 0.5), percentile(d, 0.9)])
    .concat([...groups.values()].map(g => [g.length]));
}

async function benchDatabase(name: string, knex: Knex) {
  // The plugin as plugin.ts builds it (migrations run here), with test doubles for the
  // Backstage services; the seed then writes straight to the migrated tables.
  const context = await buildIncidentsContext({
    config: new ConfigReader({}),
    database: mockServices.database({ knex }),
    logger: mockServices.logger.mock(),
    auth: mockServices.auth(),
    catalog: catalogServiceMock(),
    signals: { publish: async () => {} },
    permissions: mockServices.permissions(),
    userInfo: mockServices.userInfo(),
  });
  const seedStart = performance.now();
  await seed(knex);
  console.log(
    `${name}: seeded ${INCIDENTS} incidents in ${(
      (performance.now() - seedStart) /
      1000
    ).toFixed(1)} s`,
  );

  const router = await createRouter(context, {
    httpAuth: mockServices.httpAuth(),
    auditor: {
      createEvent: async () => ({
        success: async () => {},
        fail: async () => {},
      }),
    },
  });
  const app = express().use('/api/incidents', router);
  const server = app.listen(0, '127.0.0.1');
  // Between requests the bench replays SQL and computes in JS for a while; keep the
  // connection open so no request races a server-side keep-alive close.
  server.keepAliveTimeout = 120_000;
  await new Promise(ready => server.once('listening', ready));
  const base = `http://127.0.0.1:${
    (server.address() as AddressInfo).port
  }/api/incidents`;

  // Node's own HTTP client on one kept-alive connection: the figures are the server's,
  // not a client library's (fetch adds about half a millisecond per request).
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const callApi = (url: string) =>
    new Promise<void>((resolve, reject) => {
      get(
        `${base}${url}`,
        { agent, headers: { authorization: 'Bearer mock-user-token' } },
        response => {
          const chunks: Buffer[] = [];
          response.on('data', chunk => chunks.push(chunk));
          response.on('end', () => {
            JSON.parse(Buffer.concat(chunks).toString('utf8'));
            if (response.statusCode !== 200) {
              reject(new Error(`${url} answered ${response.statusCode}`));
            } else {
              resolve();
            }
          });
        },
      ).on('error', reject);
    });

  // What any request costs before it does anything: a loopback round trip to /health.
  const roundTrips: number[] = [];
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    const started = performance.now();
    await callApi('/health');
    if (i >= WARMUP) {
      roundTrips.push(performance.now() - started);
    }
  }
  const roundTrip = summarize(roundTrips);
  console.log(
    `${name}: HTTP round trip of GET /health p50 ${roundTrip.p50.toFixed(
      1,
    )} ms, p95 ${roundTrip.p95.toFixed(1)} ms`,
  );

  const statements: Array<{ sql: string; bindings: readonly unknown[] }> = [];
  // PostgreSQL statements arrive with native $1 placeholders; knex.raw wants ?.
  const record = (query: { sql: string; bindings?: readonly unknown[] }) =>
    statements.push({
      sql: query.sql.replace(/\$\d+/g, '?'),
      bindings: query.bindings ?? [],
    });

  const rand = random(7);
  const urls: Record<QueryKind, () => { url: string; ref?: string }> = {
    'list:entity': () => {
      const ref = entityRef(Math.floor(ENTITIES * rand() ** 2));
      return {
        url: `/incidents?entityRef=${encodeURIComponent(ref)}&limit=20`,
        ref,
      };
    },
    'metrics:entity': () => {
      const ref = entityRef(Math.floor(ENTITIES * rand() ** 2));
      return {
        url: `/metrics?entityRef=${encodeURIComponent(ref)}&bucket=month`,
        ref,
      };
    },
    'metrics:team': () => {
      const ref = teamRef(Math.floor(TEAMS * rand()));
      return {
        url: `/metrics?ownerRef=${encodeURIComponent(ref)}&bucket=month`,
        ref,
      };
    },
    'metrics:all': () => ({ url: '/metrics?bucket=month' }),
  };

  const rows: string[][] = [];
  for (const kind of Object.keys(urls) as QueryKind[]) {
    const api: number[] = [];
    const sql: number[] = [];
    const js: number[] = [];
    const jsRefs: Array<string | undefined> = [];
    for (let i = 0; i < WARMUP + ITERATIONS; i++) {
      const { url, ref } = urls[kind]();
      // An untimed first request records the statements the API runs and warms the
      // caches for these parameters, so neither timed side pays for a cold start.
      statements.length = 0;
      knex.on('query', record);
      await callApi(url);
      knex.off('query', record);
      const replay = [...statements];
      const timeApi = async () => {
        const started = performance.now();
        await callApi(url);
        return performance.now() - started;
      };
      // The floor: the very statements the API ran, straight to the database, with the
      // same concurrency (the metrics queries run in parallel, the list's in sequence).
      const timeSql = async () => {
        const started = performance.now();
        if (kind.startsWith('metrics')) {
          await Promise.all(
            replay.map(s => knex.raw(s.sql, s.bindings as any)),
          );
        } else {
          for (const s of replay) {
            await knex.raw(s.sql, s.bindings as any);
          }
        }
        return performance.now() - started;
      };
      // Alternating which side goes first cancels any advantage of going second.
      let apiMs: number;
      let sqlMs: number;
      if (i % 2 === 0) {
        apiMs = await timeApi();
        sqlMs = await timeSql();
      } else {
        sqlMs = await timeSql();
        apiMs = await timeApi();
      }
      if (i >= WARMUP) {
        api.push(apiMs);
        sql.push(sqlMs);
        jsRefs.push(ref);
      }
    }
    // Afterwards: the garbage of fetching every row would slow the timings above.
    for (const ref of jsRefs.slice(0, JS_ITERATIONS)) {
      const started = performance.now();
      await computeInJavaScript(knex, kind, ref);
      js.push(performance.now() - started);
    }
    const a = summarize(api);
    const s = summarize(sql);
    const j = summarize(js);
    const ratio = a.p95 / s.p95;
    const allowed = MAX_RATIO_TO_SQL * s.p95 + FIXED_COST_MS;
    const meets = a.p95 <= TARGET_P95_MS[kind] && a.p95 <= allowed;
    if (!meets) {
      process.exitCode = 1;
    }
    rows.push([
      name,
      kind,
      a.p50.toFixed(1),
      a.p95.toFixed(1),
      s.p50.toFixed(1),
      s.p95.toFixed(1),
      ratio.toFixed(2),
      j.p50.toFixed(1),
      j.p95.toFixed(1),
      allowed.toFixed(1),
      `p95 < ${
        TARGET_P95_MS[kind]
      } ms, <= ${MAX_RATIO_TO_SQL}x SQL + ${FIXED_COST_MS} ms: ${
        meets ? 'met' : 'MISSED'
      }`,
    ]);
  }
  agent.destroy();
  server.close();
  return rows;
}

export async function run() {
  console.log(
    `${INCIDENTS} incidents over ${YEARS} years, ${ENTITIES} entities, ${TEAMS} teams; ${ITERATIONS} timed requests per query after ${WARMUP} warm-up (${JS_ITERATIONS} for all rows + JS). Times in ms.\n`,
  );
  const rows: string[][] = [];

  if (DATABASES.includes('sqlite')) {
    const directory = mkdtempSync(join(tmpdir(), 'incidents-bench-'));
    const sqlite = createKnex({
      client: 'better-sqlite3',
      connection: { filename: join(directory, 'incidents.sqlite') },
      useNullAsDefault: true,
    });
    try {
      rows.push(...(await benchDatabase('SQLite', sqlite)));
    } finally {
      await sqlite.destroy();
      rmSync(directory, { recursive: true, force: true });
    }
  }

  const pg = DATABASES.includes('postgres')
    ? await freshPostgresDatabase('incidents_bench')
    : undefined;
  if (pg) {
    try {
      rows.push(...(await benchDatabase('PostgreSQL', pg)));
    } finally {
      await pg.destroy();
    }
  }

  const header = [
    'database',
    'query',
    'API p50',
    'API p95',
    'SQL p50',
    'SQL p95',
    'API/SQL p95',
    'all rows + JS p50',
    'all rows + JS p95',
    'allowed API p95',
    'target',
  ];
  console.log(`\n| ${header.join(' | ')} |`);
  console.log(`| ${header.map(() => '---').join(' | ')} |`);
  for (const row of rows) {
    console.log(`| ${row.join(' | ')} |`);
  }
}
