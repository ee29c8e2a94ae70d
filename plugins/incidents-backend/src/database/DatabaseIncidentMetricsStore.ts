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
    { severity: string; count: number } & StatsOf<'ttd' | 'ttm' | 'ttr'>
  >;
  /** Non-empty buckets only, `start` as epoch milliseconds (UTC). */
  buckets: Array<{ start: number; count: number } & StatsOf<'ttd' | 'ttr'>>;
  points: IncidentMetricPoint[];
};

/**
 * Durations in milliseconds, integer arithmetic (a division in SQL would make
 * PostgreSQL compute in slow numerics); a missing milestone makes the duration null.
 * The keys are SQL column aliases, so lower case: PostgreSQL folds unquoted identifiers.
 */
const DURATIONS = {
  ttd: 'i.detected_at - i.impact_started_at',
  ttm: 'i.mitigated_at - i.impact_started_at',
  ttr: 'i.resolved_at - i.impact_started_at',
  // A retrospective incident is declared when it is recorded, long after detection.
  time_to_declare:
    "case when i.mode = 'live' then i.declared_at - i.detected_at end",
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
  }): Promise<MetricsAggregates> {
    await this.assertPercentileSupport();
    // Each query computes only the expressions it needs: at 100,000 incidents the
    // per-row work, not the index lookups, is what costs.
    const matching = () => {
      const query = this.db
        .queryBuilder()
        .from('incidents as i')
        .where('i.drill', false);
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
    const bucketStart = this.bucketStart(options.bucket);

    const [overall, bySeverity, buckets, points] = await Promise.all([
      matching()
        .select(
          this.db.raw('count(*) as count'),
          ...stats(['ttd', 'ttm', 'ttr', 'time_to_declare']),
        )
        .first() as Promise<Row>,
      matching()
        .select(
          'i.severity',
          this.db.raw('count(*) as count'),
          ...stats(['ttd', 'ttm', 'ttr']),
        )
        .groupBy('i.severity')
        .orderBy('i.severity') as Promise<Row[]>,
      matching()
        .select(
          this.db.raw(`${bucketStart} as bucket_start`),
          this.db.raw('count(*) as count'),
          ...stats(['ttd', 'ttr']),
        )
        .groupByRaw(bucketStart)
        .orderBy('bucket_start') as Promise<Row[]>,
      matching()
        .select(
          'i.id',
          'i.number',
          'i.title',
          'i.severity',
          'i.impact_started_at',
          this.db.raw(`${duration('ttd')} as ttd`),
          this.db.raw(`${duration('ttr')} as ttr`),
        )
        .orderBy([
          { column: 'i.impact_started_at', order: 'desc' },
          { column: 'i.number', order: 'desc' },
        ])
        .limit(options.pointsLimit) as Promise<Row[]>,
    ]);

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
        ...readStats(row, ['ttd', 'ttm', 'ttr']),
      })),
      buckets: buckets.map(row => ({
        start: Date.parse(`${row.bucket_start}T00:00:00Z`),
        count: Number(row.count),
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
    if (filter.entityRef) {
      query.join('incident_entities as e', join =>
        join
          .on('e.incident_id', 'i.id')
          .andOn('e.entity_ref', this.db.raw('?', [filter.entityRef!])),
      );
    }
    if (filter.ownerRef) {
      query.join('incident_owners as o', join =>
        join
          .on('o.incident_id', 'i.id')
          .andOn('o.owner_ref', this.db.raw('?', [filter.ownerRef!])),
      );
    }
    if (filter.severities?.length) {
      query.whereIn('i.severity', filter.severities);
    }
    if (filter.impactStartedFrom) {
      query.where(
        'i.impact_started_at',
        '>=',
        Date.parse(filter.impactStartedFrom),
      );
    }
    if (filter.impactStartedBefore) {
      query.where(
        'i.impact_started_at',
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

  /** The UTC date (YYYY-MM-DD) of the start of the bucket the impact started in. */
  private bucketStart(bucket: MetricBucket): string {
    if (this.dialect === 'pg') {
      // Timestamp arithmetic without time zones is UTC and cheaper than to_timestamp.
      return `to_char(date_trunc('${bucket}', timestamp '1970-01-01' + i.impact_started_at * interval '1 millisecond'), 'YYYY-MM-DD')`;
    }
    const at = `i.impact_started_at / 1000, 'unixepoch'`;
    if (bucket === 'week') {
      // the Monday on or before the day
      return `date(${at}, '-6 days', 'weekday 1')`;
    }
    if (bucket === 'month') {
      return `strftime('%Y-%m-01', ${at})`;
    }
    return `strftime('%Y-', ${at}) || printf('%02d', (cast(strftime('%m', ${at}) as integer) - 1) / 3 * 3 + 1) || '-01'`;
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
