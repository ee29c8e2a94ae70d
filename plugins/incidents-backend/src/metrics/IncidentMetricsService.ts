import { InputError } from '@backstage/errors';
import {
  DurationStats,
  IncidentMetrics,
  IncidentMetricsQuery,
  MetricBucket,
  metricBucketStart,
  nextMetricBucketStart,
} from '@incident-response/backstage-plugin-incidents-common';
import { parseScopeFilter } from '../lib/http/parseEntityRefs';
import { withRefusal } from '../lib/http/refusal';
import { requestTimeRange } from '../lib/text/requestText';
import { IncidentCriteria } from '../lib/incidentAccess';
import {
  IncidentMetricsStore,
  MetricsAggregates,
} from './IncidentMetricsStore';

/** The charts show single incidents up to this many; the aggregates cover them all. */
const POINTS_LIMIT = 1000;

/** More buckets than this is unreadable on a chart and says the bucket is too small. */
const MAX_BUCKETS = 520;

const EMPTY_STATS: DurationStats = { n: 0, p50: null, p90: null, mean: null };

/** TTD/TTR for an entity, a team or everything, aggregated by the database. */
export class IncidentMetricsService {
  constructor(
    private readonly store: IncidentMetricsStore,
    private readonly severityIds: string[],
  ) {}

  /** The metrics of every incident; the points `visibleTo` hides carry no title. */
  async getMetrics(
    query: IncidentMetricsQuery,
    visibleTo: IncidentCriteria | undefined,
  ): Promise<IncidentMetrics> {
    const bucket = query.bucket ?? 'month';
    // An invalid or reversed range is refused before anything reads it.
    requestTimeRange(query);
    if (query.from && query.to) {
      // Refused before any query reads the range.
      this.bucketStarts(
        Date.parse(query.from),
        Date.parse(query.to) - 1,
        bucket,
        query,
      );
    }
    const aggregates = await this.store.getAggregates({
      filter: {
        ...parseScopeFilter(query),
        severities: query.severity,
        impactStartedFrom: query.from,
        impactStartedBefore: query.to,
      },
      bucket,
      pointsLimit: POINTS_LIMIT,
      expectedSeverities: this.severityIds,
      visibleTo,
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
    found: MetricsAggregates['buckets'],
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
    return this.bucketStarts(firstMillis, lastMillis, bucket, query).map(
      start => {
        const value = byStart.get(start);
        return {
          start: new Date(start).toISOString(),
          count: value?.count ?? 0,
          countBySeverity: value?.countBySeverity ?? {},
          countUnassessed: value?.countUnassessed ?? 0,
          ttd: value?.ttd ?? EMPTY_STATS,
          ttr: value?.ttr ?? EMPTY_STATS,
        };
      },
    );
  }

  /**
   * The start of every bucket from the one holding `firstMillis` to the one holding
   * `lastMillis`; more than a chart can show is a bad request.
   */
  private bucketStarts(
    firstMillis: number,
    lastMillis: number,
    bucket: MetricBucket,
    query: IncidentMetricsQuery,
  ): number[] {
    const first = metricBucketStart(firstMillis, bucket);
    const last = metricBucketStart(lastMillis, bucket);
    const starts: number[] = [];
    for (
      let start = first;
      start <= last;
      start = nextMetricBucketStart(start, bucket)
    ) {
      if (starts.length === MAX_BUCKETS) {
        throw withRefusal(
          new InputError(
            `bucket: from ${query.from ?? new Date(first).toISOString()} to ${
              query.to ?? new Date(last).toISOString()
            } makes more than ${MAX_BUCKETS} ${bucket}s; choose a larger bucket or a shorter range`,
          ),
          { code: 'too-many-buckets', values: { bucket, max: MAX_BUCKETS } },
        );
      }
      starts.push(start);
    }
    return starts;
  }
}
