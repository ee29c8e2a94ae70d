import { metricBucketStart, nextMetricBucketStart } from './metrics';

const at = (iso: string) => Date.parse(iso);
const iso = (millis: number) => new Date(millis).toISOString();

describe('metric buckets', () => {
  it('starts weeks on the Monday, in UTC, across the year end', () => {
    // Thursday 1 January 2026; 23:30 on Sunday 4 January is still that week.
    expect(iso(metricBucketStart(at('2026-01-01T12:00:00Z'), 'week'))).toBe(
      '2025-12-29T00:00:00.000Z',
    );
    expect(iso(metricBucketStart(at('2026-01-04T23:30:00Z'), 'week'))).toBe(
      '2025-12-29T00:00:00.000Z',
    );
    expect(iso(metricBucketStart(at('2026-01-05T00:00:00Z'), 'week'))).toBe(
      '2026-01-05T00:00:00.000Z',
    );
    // 22:00 in New York on New Year's Eve is 1 January in UTC.
    expect(
      iso(metricBucketStart(at('2025-12-31T22:00:00-05:00'), 'month')),
    ).toBe('2026-01-01T00:00:00.000Z');
  });

  it('starts months and quarters on their first day', () => {
    expect(iso(metricBucketStart(at('2024-02-29T18:00:00Z'), 'month'))).toBe(
      '2024-02-01T00:00:00.000Z',
    );
    expect(iso(metricBucketStart(at('2025-12-31T23:59:59Z'), 'quarter'))).toBe(
      '2025-10-01T00:00:00.000Z',
    );
    expect(iso(metricBucketStart(at('2026-03-31T23:59:59Z'), 'quarter'))).toBe(
      '2026-01-01T00:00:00.000Z',
    );
  });

  it('steps to the next bucket across year ends and month lengths', () => {
    expect(iso(nextMetricBucketStart(at('2025-12-29T00:00:00Z'), 'week'))).toBe(
      '2026-01-05T00:00:00.000Z',
    );
    expect(
      iso(nextMetricBucketStart(at('2025-12-01T00:00:00Z'), 'month')),
    ).toBe('2026-01-01T00:00:00.000Z');
    expect(
      iso(nextMetricBucketStart(at('2024-01-01T00:00:00Z'), 'month')),
    ).toBe('2024-02-01T00:00:00.000Z');
    expect(
      iso(nextMetricBucketStart(at('2025-10-01T00:00:00Z'), 'quarter')),
    ).toBe('2026-01-01T00:00:00.000Z');
  });
});
