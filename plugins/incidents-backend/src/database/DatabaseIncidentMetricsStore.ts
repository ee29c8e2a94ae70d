import { DatabaseService } from '@backstage/backend-plugin-api';
import { NotImplementedError } from '@backstage/errors';
import {
  DurationStats,
  formatIncidentNumber,
  IncidentMetricPoint,
  MetricBucket,
} from '@incident-response/backstage-plugin-incidents-common';
import { Knex } from 'knex';

export type MetricsFilter = {
  entityRef?: string;
  ownerRef?: string;
  severities?: string[];
  impactStartedFrom?: string;
  impactStartedBefore?: string;
};

type StatsOf<K extends string> = Record<K, DurationStats>;

export type MetricsAggregates = {
  count: number;
  overall: StatsOf<'ttd' | 'ttm' | 'ttr' | 'time_to_declare'>;
  bySeverity: Array<
    { severity: string; count: number } & StatsOf<'ttd' | 'ttr'>
  >;
  /** Non-empty buckets only, `start` as epoch milliseconds (UTC). */
  buckets: Array<
    {
      start: number;
      count: number;
      countBySeverity: Record<string, number>;
    } & StatsOf<'ttd' | 'ttr'>
  >;
  points: IncidentMetricPoint[];
};

/** Durations in milliseconds, as the metric facts hold them (null: a milestone is missing). */
const DURATIONS = {
  ttd: 'f.ttd_ms',
  ttm: 'f.ttm_ms',
  ttr: 'f.ttr_ms',
  time_to_declare: 'f.time_to_declare_ms',
} as const;

type DurationName = keyof typeof DURATIONS;

type Row = Record<string, string | number | null | number[]>;

function toSeconds(
  milliseconds: string | number | null | undefined,
): number | null {
  return milliseconds === null || milliseconds === undefined
    ? null
    : Number(milliseconds) / 1000;
}

/** Aggregates TTD/TTR in the database: SQLite's percentile extension or PostgreSQL's. */
export class DatabaseIncidentMetricsStore {
  private percentileChecked = false;

  private constructor(
    private readonly db: Knex,
    private readonly dialect: 'pg' | 'sqlite',
  ) {}

  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseIncidentMetricsStore> {
    const db = await options.database.getClient();
    const client = String(db.client.config.client);
    return new DatabaseIncidentMetricsStore(
      db,
      client === 'pg' ? 'pg' : 'sqlite',
    );
  }

  async getAggregates(options: {
    filter: MetricsFilter;
    bucket: MetricBucket;
    pointsLimit: number;
    /** The configured severity ids: the ones counted per bucket without a second pass. */
    expectedSeverities: string[];
  }): Promise<MetricsAggregates> {
    await this.assertPercentileSupport();
    // Each query computes only the expressions it needs: at 100,000 incidents the
    // per-row work, not the index lookups, is what costs.
    const matching = () => {
      const query = this.db.queryBuilder().from('incident_metric_facts as f');
      this.applyFilter(query, options.filter);
      return query;
    };
    const duration = (name: DurationName) => DURATIONS[name];
    const stats = (names: DurationName[]) =>
      names.flatMap(name => [
        this.db.raw(`count(${duration(name)}) as ${name}_n`),
        ...this.percentiles(duration(name), name),
        this.db.raw(`avg(${duration(name)}) as ${name}_mean`),
      ]);
    const bucket = this.bucketStart(options.bucket);

    // Counting each severity with a condition costs far less than grouping by bucket
    // and severity again, but needs the severities up front: the configured ones, and
    // the ones found when older incidents have a severity no longer configured.
    const bucketsCounting = async (severities: string[]) => {
      const rows: Row[] = await matching()
        .select(
          this.db.raw(`${bucket.label} as bucket_start`),
          this.db.raw('count(*) as count'),
          ...severities.map((severity, index) =>
            this.db.raw(
              `sum(case when f.severity = ? then 1 else 0 end) as severity_${index}`,
              [severity],
            ),
          ),
          ...stats(['ttd', 'ttr']),
        )
        .groupByRaw(bucket.key)
        .orderBy('bucket_start');
      return rows.map(row => ({
        row,
        countBySeverity: Object.fromEntries(
          severities
            .map((severity, index) => ({
              severity,
              count: Number(row[`severity_${index}`]),
            }))
            .filter(({ count }) => count > 0)
            .map(({ severity, count }) => [severity, count]),
        ),
      }));
    };

    const [overall, bySeverity, bucketsOfExpected, points] = await Promise.all([
      matching()
        .select(
          this.db.raw('count(*) as count'),
          ...stats(['ttd', 'ttm', 'ttr', 'time_to_declare']),
        )
        .first() as Promise<Row>,
      matching()
        .select(
          'f.severity',
          this.db.raw('count(*) as count'),
          ...stats(['ttd', 'ttr']),
        )
        .groupBy('f.severity')
        .orderBy('f.severity') as Promise<Row[]>,
      bucketsCounting(options.expectedSeverities),
      matching()
        .join('incidents as i', 'i.id', 'f.incident_id')
        .select(
          'i.id',
          'i.number',
          'i.title',
          'f.severity',
          'f.impact_started_at',
          'f.ttd_ms as ttd',
          'f.ttr_ms as ttr',
        )
        .orderBy([
          { column: 'f.impact_started_at', order: 'desc' },
          { column: 'f.incident_id', order: 'desc' },
        ])
        .limit(options.pointsLimit) as Promise<Row[]>,
    ]);

    const found = bySeverity.map(row => String(row.severity));
    const buckets = found.every(severity =>
      options.expectedSeverities.includes(severity),
    )
      ? bucketsOfExpected
      : await bucketsCounting(found);

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
      count: Number(overall?.count ?? 0),
      overall: readStats(overall ?? {}, [
        'ttd',
        'ttm',
        'ttr',
        'time_to_declare',
      ]),
      bySeverity: bySeverity.map(row => ({
        severity: String(row.severity),
        count: Number(row.count),
        ...readStats(row, ['ttd', 'ttr']),
      })),
      buckets: buckets.map(({ row, countBySeverity }) => ({
        start: Date.parse(`${row.bucket_start}T00:00:00Z`),
        count: Number(row.count),
        countBySeverity,
        ...readStats(row, ['ttd', 'ttr']),
      })),
      points: points.reverse().map(row => ({
        id: String(row.id),
        number: formatIncidentNumber(Number(row.number)),
        title: String(row.title),
        severity: String(row.severity),
        impactStartedAt: new Date(Number(row.impact_started_at)).toISOString(),
        ttd: toSeconds(row.ttd as number | null),
        ttr: toSeconds(row.ttr as number | null),
      })),
    };
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
    if (filter.severities?.length) {
      query.whereIn('f.severity', filter.severities);
    }
    if (filter.impactStartedFrom) {
      query.where(
        'f.impact_started_at',
        '>=',
        Date.parse(filter.impactStartedFrom),
      );
    }
    if (filter.impactStartedBefore) {
      query.where(
        'f.impact_started_at',
        '<',
        Date.parse(filter.impactStartedBefore),
      );
    }
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

  /**
   * What to group by for the bucket an impact started in, and its start as a UTC date
   * (YYYY-MM-DD) computed from that key.
   */
  private bucketStart(bucket: MetricBucket): { key: string; label: string } {
    if (this.dialect === 'pg') {
      // Timestamp arithmetic without time zones is UTC and cheaper than to_timestamp;
      // formatting the key once per bucket instead of once per row halves the query.
      const key = `date_trunc('${bucket}', timestamp '1970-01-01' + f.impact_started_at * interval '1 millisecond')`;
      return { key, label: `to_char(${key}, 'YYYY-MM-DD')` };
    }
    const at = `f.impact_started_at / 1000, 'unixepoch'`;
    let key: string;
    if (bucket === 'week') {
      // the Monday on or before the day
      key = `date(${at}, '-6 days', 'weekday 1')`;
    } else if (bucket === 'month') {
      key = `strftime('%Y-%m-01', ${at})`;
    } else {
      key = `strftime('%Y-', ${at}) || printf('%02d', (cast(strftime('%m', ${at}) as integer) - 1) / 3 * 3 + 1) || '-01'`;
    }
    return { key, label: key };
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
