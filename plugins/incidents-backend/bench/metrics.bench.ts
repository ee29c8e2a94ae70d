// Incident list and TTD/TTR metrics at scale: 100,000 incidents over 3 years across
// 2,000 entities and 50 teams, on SQLite and on PostgreSQL. For each query it prints the
// p50/p95 latency of the HTTP API, of the same SQL statements run directly (the floor),
// and of fetching every matching row and computing in JavaScript (what a frontend-only
// plugin does), and checks the targets.
import { Knex } from 'knex';
import { performance } from 'node:perf_hooks';
import {
  allowedApiP95,
  ENTITIES,
  FIXED_COST_MS,
  INCIDENTS,
  ITERATIONS,
  MAX_RATIO_TO_SQL,
  onEachDatabase,
  printMarkdownTable,
  percentile,
  random,
  recordStatements,
  seedIncidents,
  startBenchPlugin,
  summarize,
  TEAMS,
  teamRef,
  entityRef,
  WARMUP,
  YEARS,
} from './benchKit';

// Fetching every row for the whole organisation takes seconds; fewer samples say enough.
const JS_ITERATIONS = Math.min(
  ITERATIONS,
  Number(process.env.BENCH_JS_ITERATIONS ?? 20),
);

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
  // The plugin as plugin.ts builds it (migrations run here); the seed then writes
  // straight to the migrated tables.
  const plugin = await startBenchPlugin(knex);
  const seedStart = performance.now();
  await seedIncidents(knex);
  console.log(
    `${name}: seeded ${INCIDENTS} incidents in ${(
      (performance.now() - seedStart) /
      1000
    ).toFixed(1)} s`,
  );

  const callApi = plugin.api.call;
  const roundTrip = await plugin.api.roundTrip();
  console.log(
    `${name}: HTTP round trip of GET /health p50 ${roundTrip.p50.toFixed(
      1,
    )} ms, p95 ${roundTrip.p95.toFixed(1)} ms`,
  );

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
      const replay = await recordStatements(knex, () => callApi(url));
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
    const allowed = allowedApiP95(s.p95);
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
  await plugin.stop();
  return rows;
}

export async function run() {
  console.log(
    `${INCIDENTS} incidents over ${YEARS} years, ${ENTITIES} entities, ${TEAMS} teams; ${ITERATIONS} timed requests per query after ${WARMUP} warm-up (${JS_ITERATIONS} for all rows + JS). Times in ms.\n`,
  );
  const rows = await onEachDatabase('incidents_bench', benchDatabase);
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
  printMarkdownTable(header, rows);
}
