import { NotImplementedError } from '@backstage/errors';
import {
  formatIncidentNumber,
  MetricBucket,
  metricBucketStart,
  nextMetricBucketStart,
} from '@incident-response/backstage-plugin-incidents-common';
import { Knex } from 'knex';
import {
  resolveIncidentCriteria,
  whereIncidentMatches,
} from '../database/incidentAccessSql';
import { IncidentCriteria } from '../lib/incidentAccess';
import { isPostgres } from '../database/dialect';
import { applySeverityAndTimeFilter } from '../database/filters';
import {
  IncidentMetricsStore,
  MetricsAggregates,
  MetricsFilter,
  StatsOf,
} from './IncidentMetricsStore';

/** Columns of durations in milliseconds (null: a milestone is missing). */
const DURATION_COLUMNS = {
  ttd: 'ttd_ms',
  ttm: 'ttm_ms',
  ttr: 'ttr_ms',
  time_to_declare: 'time_to_declare_ms',
} as const;

type DurationName = keyof typeof DURATION_COLUMNS;

/** The facts' indexes (migrations), by name without the table's prefix. */
type FactsIndex =
  | 'scope_idx'
  | `${(typeof DURATION_COLUMNS)[DurationName]}_idx`
  | `severity_${(typeof DURATION_COLUMNS)['ttd' | 'ttr']}_idx`;

type Row = Record<string, string | number | null | number[]>;

function toSeconds(
  milliseconds: string | number | null | undefined,
): number | null {
  return milliseconds === null || milliseconds === undefined
    ? null
    : Number(milliseconds) / 1000;
}

/** Aggregates TTD/TTR in the database: SQLite's percentile extension or PostgreSQL's. */
export class DatabaseIncidentMetricsStore implements IncidentMetricsStore {
  private percentileChecked = false;
  private readonly dialect: 'pg' | 'sqlite';

  constructor(private readonly db: Knex) {
    this.dialect = isPostgres(db) ? 'pg' : 'sqlite';
  }

  async getAggregates(options: {
    filter: MetricsFilter;
    bucket: MetricBucket;
    pointsLimit: number;
    expectedSeverities: string[];
    visibleTo?: IncidentCriteria;
  }): Promise<MetricsAggregates> {
    await this.assertPercentileSupport();
    // Each query computes only the expressions it needs: at 100,000 incidents the
    // per-row work, not the index lookups, is what costs.
    const matching = (index?: FactsIndex) => {
      const query = this.db.queryBuilder().from(this.facts(index));
      this.applyFilter(query, options.filter);
      return query;
    };
    const stats = (names: DurationName[]) =>
      names.flatMap(name => {
        const column = `f.${DURATION_COLUMNS[name]}`;
        return [
          this.db.raw(`count(${column}) as ${name}_n`),
          ...this.percentiles(column, name),
          this.db.raw(`avg(${column}) as ${name}_mean`),
        ];
      });

    // SQLite: one query per duration, each reading an index in that duration's order
    // so that its percentiles need no sort (migration
    // 20261123000000_metric_sorted_indexes). PostgreSQL: one query, one scan.
    const queriesOf = <K extends DurationName>(names: K[]): K[][] =>
      this.dialect === 'pg' ? [names] : names.map(name => [name]);
    const overallOf = (names: DurationName[]) =>
      matching(`${DURATION_COLUMNS[names[0]]}_idx`)
        .select(...stats(names))
        .first() as Promise<Row | undefined>;
    const bySeverityOf = (names: Array<'ttd' | 'ttr'>) =>
      matching(`severity_${DURATION_COLUMNS[names[0]]}_idx`)
        .select('f.severity', this.db.raw('count(*) as count'), ...stats(names))
        .groupBy('f.severity')
        .orderBy('f.severity') as Promise<Row[]>;

    // Counting each severity with a condition costs far less than grouping by bucket
    // and severity again, but needs the severities up front: the configured ones, and
    // the ones found when older incidents have a severity no longer configured.
    const bucketsCounting = (severities: string[]) =>
      this.bucketRows(
        matching,
        options.bucket,
        severities,
        stats(['ttd', 'ttr']),
      );

    const [overallRows, bySeverityRows, bucketsOfExpected, points] =
      await Promise.all([
        Promise.all(
          queriesOf<DurationName>(['ttd', 'ttm', 'ttr', 'time_to_declare']).map(
            overallOf,
          ),
        ),
        Promise.all(queriesOf<'ttd' | 'ttr'>(['ttd', 'ttr']).map(bySeverityOf)),
        bucketsCounting(options.expectedSeverities),
        this.latestPoints(matching(), options.pointsLimit),
      ]);

    const overall: Row = Object.assign({}, ...overallRows);
    const bySeverityMerged = new Map<string | null, Row>();
    for (const row of bySeverityRows.flat()) {
      const severity = severityOf(row);
      bySeverityMerged.set(severity, {
        ...bySeverityMerged.get(severity),
        ...row,
      });
    }
    // The databases sort null apart (SQLite first, PostgreSQL last): the incidents to
    // be assessed come last on both.
    const bySeverity = [...bySeverityMerged.values()].sort(
      (a, b) => Number(a.severity === null) - Number(b.severity === null),
    );
    const unexpected = bySeverity
      .map(severityOf)
      .filter(
        (severity): severity is string =>
          severity !== null && !options.expectedSeverities.includes(severity),
      );
    const severities = [...options.expectedSeverities, ...unexpected];
    const buckets =
      unexpected.length === 0
        ? bucketsOfExpected
        : await bucketsCounting(severities);

    const readStats = <K extends DurationName>(row: Row, names: K[]) =>
      Object.fromEntries(
        names.map(name => {
          const [p50, p90] = this.readPercentiles(row, name);
          return [
            name,
            {
              n: Number(row[`${name}_n`] ?? 0),
              p50: toSeconds(p50),
              p90: toSeconds(p90),
              mean: toSeconds(row[`${name}_mean`] as number | null),
            },
          ];
        }),
      ) as StatsOf<K>;

    return {
      count: bySeverity.reduce((sum, row) => sum + Number(row.count), 0),
      overall: readStats(overall, ['ttd', 'ttm', 'ttr', 'time_to_declare']),
      bySeverity: bySeverity.map(row => ({
        severity: severityOf(row),
        count: Number(row.count),
        ...readStats(row, ['ttd', 'ttr']),
      })),
      buckets: buckets.map(row => ({
        start: Number(row.bucket_start),
        count: Number(row.count),
        countBySeverity: Object.fromEntries(
          severities
            .map((severity, index) => ({
              severity,
              count: Number(row[`severity_${index}`]),
            }))
            .filter(({ count }) => count > 0)
            .map(({ severity, count }) => [severity, count]),
        ),
        countUnassessed: Number(row.unassessed),
        ...readStats(row, ['ttd', 'ttr']),
      })),
      points: (await this.markRestricted(points, options.visibleTo)).map(
        ({ row, restricted }) => ({
          id: String(row.id),
          number: formatIncidentNumber(Number(row.number)),
          title: restricted ? '' : String(row.title),
          restricted,
          severity: severityOf(row),
          impactStartedAt: new Date(
            Number(row.impact_started_at),
          ).toISOString(),
          ttd: toSeconds(row.ttd as number | null),
          ttr: toSeconds(row.ttr as number | null),
        }),
      ),
    };
  }

  /** Which points the caller may not see: they keep their numbers but lose their titles. */
  private async markRestricted(
    points: Row[],
    visibleTo: IncidentCriteria | undefined,
  ): Promise<{ row: Row; restricted: boolean }[]> {
    const resolved = await resolveIncidentCriteria(this.db, visibleTo);
    if (resolved === undefined || points.length === 0) {
      return points.map(row => ({ row, restricted: false }));
    }
    const visible = new Set(
      (
        await whereIncidentMatches(
          this.db,
          this.db('incidents as i')
            .whereIn(
              'i.id',
              points.map(row => String(row.id)),
            )
            .select('i.id'),
          resolved,
          'i.id',
          'i.security',
        )
      ).map((row: { id: string }) => row.id),
    );
    return points.map(row => ({
      row,
      restricted: !visible.has(String(row.id)),
    }));
  }

  /**
   * The latest `limit` matching incidents, oldest first. The facts are limited before
   * the join: joined first, PostgreSQL's planner hashes every incident when it
   * underestimates a team's rows (21 instead of 5 ms for a team of 2,400 incidents).
   */
  private latestPoints(matching: Knex.QueryBuilder, limit: number) {
    const latest = matching
      .select(
        'f.incident_id',
        'f.severity',
        'f.impact_started_at',
        'f.ttd_ms',
        'f.ttr_ms',
      )
      .orderBy([
        { column: 'f.impact_started_at', order: 'desc' },
        { column: 'f.incident_id', order: 'desc' },
      ])
      .limit(limit)
      .as('latest');
    return this.db
      .from(latest)
      .join('incidents as i', 'i.id', 'latest.incident_id')
      .select(
        'i.id',
        'i.number',
        'i.title',
        'latest.severity',
        'latest.impact_started_at',
        'latest.ttd_ms as ttd',
        'latest.ttr_ms as ttr',
      )
      .orderBy([
        { column: 'latest.impact_started_at', order: 'asc' },
        { column: 'latest.incident_id', order: 'asc' },
      ]) as Promise<Row[]>;
  }

  /**
   * The facts table. SQLite reads it through the index named: the one in time order
   * unless a duration's sorted one is asked for. Naming it keeps the plan independent
   * of whether the database was ever analyzed: its planner, seeing several indexes on
   * the same scope, may otherwise pick one that has to sort every row.
   */
  private facts(index: FactsIndex = 'scope_idx'): string | Knex.Raw {
    if (this.dialect === 'pg') {
      return 'incident_metric_facts as f';
    }
    return this.db.raw('incident_metric_facts as f indexed by ??', [
      `incident_metric_facts_${index}`,
    ]);
  }

  /**
   * The non-empty buckets, in order, with `bucket_start` in epoch milliseconds, the
   * count of each severity (`severity_<index in severities>`), of those to be assessed
   * (`unassessed`) and the given stats.
   */
  private async bucketRows(
    matching: () => Knex.QueryBuilder,
    bucket: MetricBucket,
    severities: string[],
    stats: Knex.Raw[],
  ): Promise<Row[]> {
    const aggregates = [
      this.db.raw('count(*) as count'),
      ...severities.map((severity, index) =>
        this.db.raw(
          `sum(case when f.severity = ? then 1 else 0 end) as severity_${index}`,
          [severity],
        ),
      ),
      this.db.raw(
        'sum(case when f.severity is null then 1 else 0 end) as unassessed',
      ),
      ...stats,
    ];
    if (this.dialect === 'pg') {
      // Timestamp arithmetic without time zones is UTC and cheaper than to_timestamp.
      const start = `date_trunc('${bucket}', timestamp '1970-01-01' + f.impact_started_at * interval '1 millisecond')`;
      return matching()
        .select(
          this.db.raw(
            `(extract(epoch from ${start}) * 1000)::bigint as bucket_start`,
          ),
          ...aggregates,
        )
        .groupByRaw(start)
        .orderBy('bucket_start');
    }
    // SQLite: one range read of the time index per bucket. Grouping by a date
    // computed for every row sorts all rows and costs half again as much.
    // Two queries: SQLite reads a lone min() or max() off the end of the index.
    const [first, last] = (await Promise.all([
      matching().min({ at: 'f.impact_started_at' }).first(),
      matching().max({ at: 'f.impact_started_at' }).first(),
    ])) as Array<{ at: number | null } | undefined>;
    if (
      first?.at === null ||
      first?.at === undefined ||
      last?.at === null ||
      last?.at === undefined
    ) {
      return [];
    }
    const ranges: Array<{ start: number; end: number }> = [];
    for (
      let start = metricBucketStart(Number(first.at), bucket);
      start <= Number(last.at);
      start = nextMetricBucketStart(start, bucket)
    ) {
      ranges.push({ start, end: nextMetricBucketStart(start, bucket) });
    }
    // One bucket's select, compiled once: its first binding is the bucket's start and
    // its last two are the range, as the SQL text has them.
    const branch = matching()
      .select(this.db.raw('? as bucket_start', [0]), ...aggregates)
      .where('f.impact_started_at', '>=', 0)
      .where('f.impact_started_at', '<', 0)
      .toSQL();
    const common = branch.bindings.slice(1, -2);
    const rows: Row[] = [];
    // SQLite allows at most 500 terms in a compound SELECT.
    for (let offset = 0; offset < ranges.length; offset += 400) {
      const chunk = ranges.slice(offset, offset + 400);
      rows.push(
        ...((await this.db.raw(
          chunk.map(() => branch.sql).join(' union all '),
          chunk.flatMap(({ start, end }) => [start, ...common, start, end]),
        )) as Row[]),
      );
    }
    return rows
      .filter(row => Number(row.count) > 0)
      .sort((a, b) => Number(a.bucket_start) - Number(b.bucket_start));
  }

  private applyFilter(query: Knex.QueryBuilder, filter: MetricsFilter) {
    // Each incident has one fact per scope: all incidents, each entity, each owner.
    if (filter.entityRef) {
      query.where({
        'f.scope_type': 'entity',
        'f.scope_ref': filter.entityRef,
      });
      if (filter.ownerRef) {
        query.whereIn(
          'f.incident_id',
          this.db('incident_metric_facts')
            .select('incident_id')
            .where({ scope_type: 'owner', scope_ref: filter.ownerRef }),
        );
      }
    } else if (filter.ownerRef) {
      query.where({ 'f.scope_type': 'owner', 'f.scope_ref': filter.ownerRef });
    } else {
      query.where({ 'f.scope_type': 'all', 'f.scope_ref': '' });
    }
    applySeverityAndTimeFilter(query, 'f', filter);
  }

  /** The median and p90 of `expression`, interpolated like percentile_cont. */
  private percentiles(expression: string, name: string): Knex.Raw[] {
    if (this.dialect === 'pg') {
      // One sort for both fractions.
      return [
        this.db.raw(
          `percentile_cont(array[0.5, 0.9]) within group (order by ${expression}) as ${name}_pct`,
        ),
      ];
    }
    return [
      this.db.raw(`percentile_cont(${expression}, 0.5) as ${name}_p50`),
      this.db.raw(`percentile_cont(${expression}, 0.9) as ${name}_p90`),
    ];
  }

  private readPercentiles(
    row: Row,
    name: string,
  ): [number | null, number | null] {
    if (this.dialect === 'pg') {
      const values = row[`${name}_pct`] as Array<number | null> | null;
      return values ? [values[0], values[1]] : [null, null];
    }
    return [
      row[`${name}_p50`] as number | null,
      row[`${name}_p90`] as number | null,
    ];
  }

  private async assertPercentileSupport() {
    if (this.dialect === 'pg' || this.percentileChecked) {
      return;
    }
    try {
      await this.db.raw('select percentile_cont(1, 0.5) as p');
      this.percentileChecked = true;
    } catch {
      throw new NotImplementedError(
        'Incident metrics on SQLite need its percentile functions: use better-sqlite3 12.10 or newer (the first built with SQLITE_ENABLE_PERCENTILE), or PostgreSQL',
      );
    }
  }
}

/** A row's severity: null while it is to be assessed. */
function severityOf(row: Row): string | null {
  return row.severity === null ? null : String(row.severity);
}
