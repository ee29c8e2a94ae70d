import { someMetrics } from '../__testUtils__/metricsFixtures';
import {
  bucketEndMillis,
  countRows,
  durationSeries,
  percentileSteps,
  severityOfKey,
  severityOrder,
  timeDomain,
} from './metricsChartData';

describe('metrics chart data', () => {
  const metrics = someMetrics();

  it('spans the time axis from the first bucket to the end of the last', () => {
    expect(timeDomain(metrics)).toEqual([
      Date.parse('2026-01-01T00:00:00Z'),
      Date.parse('2026-04-01T00:00:00Z'),
    ]);
    expect(bucketEndMillis('2026-03-02T00:00:00.000Z', 'week')).toBe(
      Date.parse('2026-03-09T00:00:00Z'),
    );
    expect(bucketEndMillis('2026-01-01T00:00:00.000Z', 'quarter')).toBe(
      Date.parse('2026-04-01T00:00:00Z'),
    );
  });

  it('orders severities as configured, unknown ones last', () => {
    const withOld = someMetrics({
      points: [
        ...metrics.points,
        { ...metrics.points[0], id: 'old', severity: 'P0' },
      ],
    });
    expect(severityOrder(withOld, ['SEV1', 'SEV2', 'SEV3'])).toEqual([
      'SEV1',
      'SEV2',
      'P0',
    ]);
  });

  it('puts the incidents still to be assessed in a group of their own, last', () => {
    const unassessed = someMetrics({
      points: [
        ...metrics.points,
        { ...metrics.points[0], id: 'new', severity: null, ttd: 60 },
      ],
      buckets: metrics.buckets.map((b, index) =>
        index === 0 ? { ...b, count: 3, countUnassessed: 1 } : b,
      ),
    });
    const order = severityOrder(unassessed, ['SEV1', 'SEV2', 'SEV3']);
    expect(order).toEqual(['SEV1', 'SEV2', 'unassessed']);
    expect(severityOfKey('unassessed')).toBeNull();
    expect(
      durationSeries(unassessed.points, 'ttd', order).map(s => [
        s.severity,
        s.points.map(p => p.y),
      ]),
    ).toEqual([
      ['SEV1', [300]],
      ['SEV2', [900, 3600]],
      ['unassessed', [60]],
    ]);
    expect(countRows(unassessed, order)[0].bySeverity).toEqual({
      SEV1: 1,
      SEV2: 1,
      unassessed: 1,
    });
  });

  it('plots only incidents that have the metric, per severity', () => {
    const series = durationSeries(metrics.points, 'ttd', ['SEV1', 'SEV2']);
    expect(series.map(s => [s.severity, s.points.map(p => p.y)])).toEqual([
      ['SEV1', [300]],
      ['SEV2', [900, 3600]],
    ]);
    expect(series[0].points[0].x).toBe(Date.parse('2026-01-05T10:00:00Z'));
    expect(series[0].points[0].incident.number).toBe('INC-1');
  });

  it('draws the percentiles as flat steps over each bucket, empty ones as gaps', () => {
    const at = (iso: string) => Date.parse(iso);
    expect(percentileSteps(metrics, 'ttd')).toEqual([
      { x: at('2026-01-01T00:00:00Z'), p50: 600, p90: 840 },
      { x: at('2026-02-01T00:00:00Z'), p50: 600, p90: 840 },
      { x: at('2026-02-01T00:00:00Z'), p50: null, p90: null },
      { x: at('2026-03-01T00:00:00Z'), p50: null, p90: null },
      { x: at('2026-03-01T00:00:00Z'), p50: 3600, p90: 3600 },
      { x: at('2026-04-01T00:00:00Z'), p50: 3600, p90: 3600 },
    ]);
  });

  it('counts incidents per bucket and severity', () => {
    expect(countRows(metrics, ['SEV1', 'SEV2'])).toEqual([
      {
        start: '2026-01-01T00:00:00.000Z',
        total: 2,
        bySeverity: { SEV1: 1, SEV2: 1 },
      },
      {
        start: '2026-02-01T00:00:00.000Z',
        total: 0,
        bySeverity: { SEV1: 0, SEV2: 0 },
      },
      {
        start: '2026-03-01T00:00:00.000Z',
        total: 2,
        bySeverity: { SEV1: 0, SEV2: 2 },
      },
    ]);
  });
});
