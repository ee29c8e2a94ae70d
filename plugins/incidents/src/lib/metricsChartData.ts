import {
  IncidentMetricPoint,
  IncidentMetrics,
  MetricBucket,
  metricBucketStart,
  nextMetricBucketStart,
  UNASSESSED_SEVERITY_FILTER,
} from '@incident-response/backstage-plugin-incidents-common';

/** The per-incident durations the charts plot. */
export type PlottedMetric = 'ttd' | 'ttr';

/** Where a bucket ends (the next one's start), in milliseconds. */
export function bucketEndMillis(start: string, bucket: MetricBucket): number {
  return nextMetricBucketStart(
    metricBucketStart(Date.parse(start), bucket),
    bucket,
  );
}

/** The time axis of a chart: from the first bucket's start to the last one's end. */
export function timeDomain(metrics: IncidentMetrics): [number, number] {
  const { buckets, bucket } = metrics;
  if (buckets.length === 0) {
    const now = Date.now();
    return [now, now];
  }
  return [
    Date.parse(buckets[0].start),
    bucketEndMillis(buckets[buckets.length - 1].start, bucket),
  ];
}

/**
 * A severity's key in the charts' series and tables: its id, or, for the incidents still
 * to be assessed, the list filter's value for them (no configured severity may use it).
 */
export function severityKey(severity: string | null): string {
  return severity ?? UNASSESSED_SEVERITY_FILTER;
}

/** The severity a key stands for; null: to be assessed. */
export function severityOfKey(key: string): string | null {
  return key === UNASSESSED_SEVERITY_FILTER ? null : key;
}

/**
 * The severity keys to show, most severe first: the configured ones (their order is the
 * ranking), then any the data has that the configuration no longer lists, then the
 * incidents still to be assessed.
 */
export function severityOrder(
  metrics: IncidentMetrics,
  configured: string[],
): string[] {
  const present = new Set([
    ...metrics.bySeverity.map(s => severityKey(s.severity)),
    ...metrics.points.map(p => severityKey(p.severity)),
  ]);
  return [
    ...configured.filter(id => present.has(id)),
    ...[...present]
      .filter(
        id => !configured.includes(id) && id !== UNASSESSED_SEVERITY_FILTER,
      )
      .sort(),
    ...(present.has(UNASSESSED_SEVERITY_FILTER)
      ? [UNASSESSED_SEVERITY_FILTER]
      : []),
  ];
}

/** One incident on a duration chart: x is the start of impact, y the duration. */
export type DurationPoint = {
  x: number;
  y: number;
  incident: IncidentMetricPoint;
};

/**
 * The incidents that have the metric, one series per severity in `severities` order
 * (series without incidents are left out).
 */
export function durationSeries(
  points: IncidentMetricPoint[],
  metric: PlottedMetric,
  severities: string[],
): Array<{ severity: string; points: DurationPoint[] }> {
  return severities
    .map(severity => ({
      severity,
      points: points
        .filter(p => severityKey(p.severity) === severity && p[metric] !== null)
        .map(p => ({
          x: Date.parse(p.impactStartedAt),
          y: p[metric] as number,
          incident: p,
        })),
    }))
    .filter(series => series.points.length > 0);
}

/** A corner of the median and p90 lines. */
export type PercentileStep = {
  x: number;
  p50: number | null;
  p90: number | null;
};

/**
 * The median and 90th percentile per bucket as flat steps: each value is drawn from its
 * bucket's start to its end (two points), so a bucket between two empty ones still
 * shows, and buckets without a measured incident are gaps.
 */
export function percentileSteps(
  metrics: IncidentMetrics,
  metric: PlottedMetric,
): PercentileStep[] {
  return metrics.buckets.flatMap(b => {
    const values = { p50: b[metric].p50, p90: b[metric].p90 };
    return [
      { x: Date.parse(b.start), ...values },
      { x: bucketEndMillis(b.start, metrics.bucket), ...values },
    ];
  });
}

/** How many incidents of each severity started in one bucket. */
export type CountRow = {
  start: string;
  total: number;
  bySeverity: Record<string, number>;
};

/** The incident count per bucket, with a zero for each severity it has none of. */
export function countRows(
  metrics: IncidentMetrics,
  severities: string[],
): CountRow[] {
  return metrics.buckets.map(b => ({
    start: b.start,
    total: b.count,
    bySeverity: Object.fromEntries(
      severities.map(key => [
        key,
        key === UNASSESSED_SEVERITY_FILTER
          ? b.countUnassessed
          : b.countBySeverity[key] ?? 0,
      ]),
    ),
  }));
}
