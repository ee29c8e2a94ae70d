/**
 * Summary statistics of one duration metric, in seconds. `n` is how many incidents had
 * both milestones; incidents missing one are left out. Percentiles are interpolated
 * (`percentile_cont`): the median of an even count is the mean of the middle two.
 *
 * @public
 */
export type DurationStats = {
  n: number;
  p50: number | null;
  p90: number | null;
  mean: number | null;
};

/**
 * The duration metrics of the CDS handbook's performance indicators and their
 * definitions, as the backend computes them.
 *
 * @public
 */
export const INCIDENT_METRICS = {
  ttd: {
    name: 'Time to detect',
    from: 'impactStartedAt',
    to: 'detectedAt',
  },
  ttm: {
    name: 'Time to mitigate',
    from: 'impactStartedAt',
    to: 'mitigatedAt',
  },
  ttr: {
    name: 'Time to recover',
    from: 'impactStartedAt',
    to: 'resolvedAt',
  },
  timeToDeclare: {
    name: 'Time to declare',
    from: 'detectedAt',
    to: 'declaredAt',
  },
} as const;

/** @public */
export type IncidentMetricId = keyof typeof INCIDENT_METRICS;

/**
 * Calendar buckets for metrics over time, in UTC. Weeks start on Monday.
 *
 * @public
 */
export const METRIC_BUCKETS = ['week', 'month', 'quarter'] as const;

/** @public */
export type MetricBucket = (typeof METRIC_BUCKETS)[number];

/**
 * Filters of `GET /metrics`; the same meaning as for the incident list. Drills are
 * always left out.
 *
 * @public
 */
export type IncidentMetricsQuery = {
  entityRef?: string;
  /** Incidents on any entity the team owned when the incident was declared. */
  ownerRef?: string;
  /** Severity ids; `UNASSESSED_SEVERITY_FILTER` matches the incidents still to be assessed. */
  severity?: string[];
  /** Impact started at or after this time. */
  from?: string;
  /** Impact started before this time. */
  to?: string;
  bucket?: MetricBucket;
};

/**
 * One incident on the TTD/TTR charts. Durations in seconds, null when a milestone is
 * missing.
 *
 * @public
 */
export type IncidentMetricPoint = {
  id: string;
  number: string;
  /** Empty when `restricted`. */
  title: string;
  /**
   * The reader may not see this incident (a security incident): it is counted and
   * drawn, without its title.
   */
  restricted: boolean;
  /** Null while the severity is to be assessed. */
  severity: string | null;
  impactStartedAt: string;
  ttd: number | null;
  ttr: number | null;
};

/**
 * Response of `GET /metrics`. Time to declare counts live incidents only: a
 * retrospective incident is declared when it is recorded.
 *
 * @public
 */
export type IncidentMetrics = {
  /** Incidents matching the filters, drills excluded. */
  count: number;
  ttd: DurationStats;
  ttm: DurationStats;
  ttr: DurationStats;
  timeToDeclare: DurationStats;
  /** Per severity, the durations the severity table shows. */
  bySeverity: Array<{
    /** Null: the incidents whose severity is still to be assessed. */
    severity: string | null;
    count: number;
    ttd: DurationStats;
    ttr: DurationStats;
  }>;
  bucket: MetricBucket;
  /** Every bucket from the first to the last, empty ones included; `start` in UTC. */
  buckets: Array<{
    start: string;
    count: number;
    /** Incidents per severity id; severities without incidents are absent. */
    countBySeverity: Record<string, number>;
    /** Incidents whose severity is still to be assessed. */
    countUnassessed: number;
    ttd: DurationStats;
    ttr: DurationStats;
  }>;
  /**
   * Each incident, oldest first; when there are more than the backend's limit, the most
   * recent ones (compare with `count`).
   */
  points: IncidentMetricPoint[];
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The start of the UTC bucket that contains a time, both in epoch milliseconds.
 *
 * @public
 */
export function metricBucketStart(
  millis: number,
  bucket: MetricBucket,
): number {
  const date = new Date(millis);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  if (bucket === 'month') {
    return Date.UTC(year, month, 1);
  }
  if (bucket === 'quarter') {
    return Date.UTC(year, month - (month % 3), 1);
  }
  const daysSinceMonday = (date.getUTCDay() + 6) % 7;
  return Date.UTC(year, month, date.getUTCDate() - daysSinceMonday);
}

/**
 * The start of the bucket after the one starting at `start`, in epoch milliseconds.
 *
 * @public
 */
export function nextMetricBucketStart(
  start: number,
  bucket: MetricBucket,
): number {
  if (bucket === 'week') {
    return start + 7 * DAY_MS;
  }
  const date = new Date(start);
  return Date.UTC(
    date.getUTCFullYear(),
    date.getUTCMonth() + (bucket === 'month' ? 1 : 3),
    1,
  );
}
