import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  DurationStats,
  IncidentMetrics,
  IncidentMetricsQuery,
  MetricBucket,
  metricBucketStart,
  nextMetricBucketStart,
} from '@incident-response/backstage-plugin-incidents-common';
import { DatabaseIncidentMetricsStore } from '../database/DatabaseIncidentMetricsStore';
import { parseRequestEntityRef } from './catalogLookups';

/** The charts show single incidents up to this many; the aggregates cover them all. */
const POINTS_LIMIT = 1000;

/** More buckets than this is unreadable on a chart and says the bucket is too small. */
const MAX_BUCKETS = 520;

const EMPTY_STATS: DurationStats = { n: 0, p50: null, p90: null, mean: null };

/** TTD/TTR for an entity, a team or everything, aggregated by the database. */
export class IncidentMetricsService {
  constructor(
    private readonly store: DatabaseIncidentMetricsStore,
    private readonly severityIds: string[],
  ) {}

  async getMetrics(query: IncidentMetricsQuery): Promise<IncidentMetrics> {
    const bucket = query.bucket ?? 'month';
    const aggregates = await this.store.getAggregates({
      filter: {
        entityRef: query.entityRef
          ? stringifyEntityRef(
              parseRequestEntityRef(query.entityRef, 'entityRef'),
            )
          : undefined,
        ownerRef: query.ownerRef
          ? stringifyEntityRef(
              parseRequestEntityRef(query.ownerRef, 'ownerRef', 'group'),
            )
          : undefined,
        severities: query.severity,
        impactStartedFrom: query.from,
        impactStartedBefore: query.to,
      },
      bucket,
      pointsLimit: POINTS_LIMIT,
      expectedSeverities: this.severityIds,
    });

    const { time_to_declare: timeToDeclare, ...overall } = aggregates.overall;
    return {
      count: aggregates.count,
      ...overall,
      timeToDeclare,
      bySeverity: aggregates.bySeverity,
      bucket,
      buckets: this.fillBuckets(aggregates.buckets, bucket, query),
      points: aggregates.points,
    };
  }

  /** Every bucket of the range, so charts have an even time axis; empty ones have count 0. */
  private fillBuckets(
    found: Awaited<
      ReturnType<DatabaseIncidentMetricsStore['getAggregates']>
    >['buckets'],
    bucket: MetricBucket,
    query: IncidentMetricsQuery,
  ): IncidentMetrics['buckets'] {
    const byStart = new Map(found.map(b => [b.start, b]));
    const firstFound = found.length > 0 ? found[0].start : undefined;
    const lastFound =
      found.length > 0 ? found[found.length - 1].start : undefined;
    const firstMillis = query.from ? Date.parse(query.from) : firstFound;
    const lastMillis = query.to ? Date.parse(query.to) - 1 : lastFound;
    if (firstMillis === undefined || lastMillis === undefined) {
      return [];
    }
    const first = metricBucketStart(firstMillis, bucket);
    const last = metricBucketStart(lastMillis, bucket);
    const buckets: IncidentMetrics['buckets'] = [];
    for (
      let start = first;
      start <= last;
      start = nextMetricBucketStart(start, bucket)
    ) {
      if (buckets.length === MAX_BUCKETS) {
        throw new InputError(
          `bucket: from ${query.from ?? new Date(first).toISOString()} to ${
            query.to ?? new Date(last).toISOString()
          } makes more than ${MAX_BUCKETS} ${bucket}s; choose a larger bucket or a shorter range`,
        );
      }
      const value = byStart.get(start);
      buckets.push({
        start: new Date(start).toISOString(),
        count: value?.count ?? 0,
        countBySeverity: value?.countBySeverity ?? {},
        ttd: value?.ttd ?? EMPTY_STATS,
        ttr: value?.ttr ?? EMPTY_STATS,
      });
    }
    return buckets;
  }
}
