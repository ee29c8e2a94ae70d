// What the benchmarks share: the seeded data set (incidents over years across entities
// and teams), statistics, an HTTP client on one kept-alive connection, and the recording
// of the statements a request ran, to replay them straight to the database.
import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import express from 'express';
import createKnex, { Knex } from 'knex';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, get } from 'node:http';
import { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import {
  buildIncidentsContext,
  IncidentsContext,
} from '../src/buildIncidentsContext';
import { refreshMetricFacts } from '../src/metrics/metricFacts';
import { createRouter } from '../src/router';
import { freshPostgresDatabase } from './postgres';

export const INCIDENTS = Number(process.env.BENCH_INCIDENTS ?? 100_000);
export const ENTITIES = 2_000;
export const TEAMS = 50;
export const YEARS = 3;
export const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 100);
export const WARMUP = 10;
/** `sqlite`, `postgres` or both, comma-separated. */
export const DATABASES = (
  process.env.BENCH_DATABASES ?? 'sqlite,postgres'
).split(',');

export const DAY = 24 * 60 * 60 * 1000;
const SEVERITIES = ['SEV1', 'SEV2', 'SEV3'];

/** A small seeded generator, so every run measures the same data. */
export function random(initial: number) {
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

export const entityRef = (i: number) =>
  `component:default/service-${String(i).padStart(4, '0')}`;
export const teamRef = (i: number) =>
  `group:default/team-${String(i).padStart(2, '0')}`;

/**
 * The incidents of the metrics benchmark: INCIDENTS closed incidents over YEARS years,
 * some services with many more than others, a fifth affecting two services, owned by
 * TEAMS teams, with their metric facts. The same every run.
 */
export async function seedIncidents(knex: Knex) {
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

export function percentile(sorted: number[], fraction: number): number {
  const position = fraction * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
}

export function summarize(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

/**
 * Requests to the plugin's router over Node's own HTTP client on one kept-alive
 * connection: the figures are the server's, not a client library's (fetch adds about
 * half a millisecond per request).
 */
export function apiClient(base: string) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const call = (url: string) =>
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
  return {
    call,
    /** What any request costs before it does anything: round trips to /health. */
    async roundTrip() {
      const samples: number[] = [];
      for (let i = 0; i < WARMUP + ITERATIONS; i++) {
        const started = performance.now();
        await call('/health');
        if (i >= WARMUP) {
          samples.push(performance.now() - started);
        }
      }
      return summarize(samples);
    },
    close: () => agent.destroy(),
  };
}

/** A statement as knex ran it, to run it again straight to the database. */
export type RecordedStatement = { sql: string; bindings: readonly unknown[] };

/** Runs `action` and returns the statements it made `knex` run. */
export async function recordStatements(
  knex: Knex,
  action: () => Promise<void>,
): Promise<RecordedStatement[]> {
  const statements: RecordedStatement[] = [];
  // PostgreSQL statements arrive with native $1 placeholders; knex.raw wants ?.
  const record = (query: { sql: string; bindings?: readonly unknown[] }) =>
    statements.push({
      sql: query.sql.replace(/\$\d+/g, '?'),
      bindings: query.bindings ?? [],
    });
  knex.on('query', record);
  try {
    await action();
  } finally {
    knex.off('query', record);
  }
  return statements;
}

/**
 * The API may cost at most this many times the SQL it runs, plus a fixed allowance for
 * what any request costs on top of its queries: a loopback HTTP round trip, request
 * validation and the JSON.
 */
export const MAX_RATIO_TO_SQL = 1.5;
export const FIXED_COST_MS = 3;

/** The API p95 a query is allowed, given its SQL p95. */
export function allowedApiP95(sqlP95: number): number {
  return MAX_RATIO_TO_SQL * sqlP95 + FIXED_COST_MS;
}

/** Benchmarks print their own figures; the plugin's logs would only be in the way. */
export const silentLogger: LoggerService = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  child() {
    return silentLogger;
  },
};

/** An auditor that records nothing (mockServices.auditor needs Jest). */
export const silentAuditor: AuditorService = {
  createEvent: async () => ({
    success: async () => {},
    fail: async () => {},
  }),
};

/**
 * The plugin as plugin.ts builds it (migrations run on `knex`), with test doubles for
 * the Backstage services around it, its router served on a loopback port, and a client.
 */
export async function startBenchPlugin(
  knex: Knex,
  options: { catalog?: CatalogService } = {},
): Promise<{
  context: IncidentsContext;
  api: ReturnType<typeof apiClient>;
  stop(): Promise<void>;
}> {
  const context = await buildIncidentsContext({
    config: new ConfigReader({}),
    database: mockServices.database({ knex }),
    logger: silentLogger,
    auth: mockServices.auth(),
    catalog: options.catalog ?? catalogServiceMock(),
    signals: { publish: async () => {} },
    notifications: { send: async () => {} },
    permissions: mockServices.permissions(),
    userInfo: mockServices.userInfo(),
  });
  const router = await createRouter(context, {
    httpAuth: mockServices.httpAuth(),
    auditor: silentAuditor,
  });
  const server = express().use('/api/incidents', router).listen(0, '127.0.0.1');
  // Between requests the benches replay SQL and compute in JS for a while; keep the
  // connection open so no request races a server-side keep-alive close.
  server.keepAliveTimeout = 120_000;
  await new Promise(ready => server.once('listening', ready));
  const api = apiClient(
    `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/incidents`,
  );
  return {
    context,
    api,
    async stop() {
      api.close();
      await new Promise(resolve => server.close(resolve));
    },
  };
}

/**
 * Runs `bench` on a temporary SQLite file and on a fresh PostgreSQL database named
 * `postgresName` (those of BENCH_DATABASES), and returns the rows it gave for each.
 */
export async function onEachDatabase(
  postgresName: string,
  bench: (name: string, knex: Knex) => Promise<string[][]>,
): Promise<string[][]> {
  const rows: string[][] = [];
  if (DATABASES.includes('sqlite')) {
    const directory = mkdtempSync(join(tmpdir(), 'incidents-bench-'));
    const sqlite = createKnex({
      client: 'better-sqlite3',
      connection: { filename: join(directory, 'incidents.sqlite') },
      useNullAsDefault: true,
    });
    try {
      rows.push(...(await bench('SQLite', sqlite)));
    } finally {
      await sqlite.destroy();
      rmSync(directory, { recursive: true, force: true });
    }
  }
  const pg = DATABASES.includes('postgres')
    ? await freshPostgresDatabase(postgresName)
    : undefined;
  if (pg) {
    try {
      rows.push(...(await bench('PostgreSQL', pg)));
    } finally {
      await pg.destroy();
    }
  }
  return rows;
}

/** Prints a Markdown table, as the README's Performance section shows it. */
export function printMarkdownTable(header: string[], rows: string[][]) {
  console.log(`\n| ${header.join(' | ')} |`);
  console.log(`| ${header.map(() => '---').join(' | ')} |`);
  for (const row of rows) {
    console.log(`| ${row.join(' | ')} |`);
  }
}
