import {
  DurationStats,
  IncidentMetrics,
} from '@incident-response/backstage-plugin-incidents-common';

const MINUTE = 60;
const HOUR = 60 * MINUTE;

const NONE: DurationStats = { n: 0, p50: null, p90: null, mean: null };

function stats(
  n: number,
  p50: number,
  p90: number,
  mean: number,
): DurationStats {
  return { n, p50, p90, mean };
}

function emptyBucket(start: string): IncidentMetrics['buckets'][number] {
  return {
    start,
    count: 0,
    countBySeverity: {},
    countUnassessed: 0,
    ttd: NONE,
    ttr: NONE,
  };
}

/** What `GET /metrics` answers when nothing matches: every bucket of the range, empty. */
export function emptyMetrics(
  overrides: Partial<IncidentMetrics> = {},
): IncidentMetrics {
  return {
    count: 0,
    ttd: NONE,
    ttm: NONE,
    ttr: NONE,
    timeToDeclare: NONE,
    bySeverity: [],
    bucket: 'month',
    buckets: [
      emptyBucket('2026-01-01T00:00:00.000Z'),
      emptyBucket('2026-02-01T00:00:00.000Z'),
      emptyBucket('2026-03-01T00:00:00.000Z'),
    ],
    points: [],
    ...overrides,
  };
}

/**
 * Three months of cart-service incidents: four incidents, one of which (INC-4) has no
 * detection time, February without any.
 */
export function someMetrics(
  overrides: Partial<IncidentMetrics> = {},
): IncidentMetrics {
  return {
    count: 4,
    ttd: stats(3, 10 * MINUTE, 50 * MINUTE, 25 * MINUTE),
    ttm: stats(2, HOUR, 2 * HOUR, 1.5 * HOUR),
    ttr: stats(4, 2 * HOUR + 10 * MINUTE, 26 * HOUR, 9 * HOUR),
    timeToDeclare: stats(1, 4 * MINUTE, 4 * MINUTE, 4 * MINUTE),
    bySeverity: [
      {
        severity: 'SEV1',
        count: 1,
        ttd: stats(1, 5 * MINUTE, 5 * MINUTE, 5 * MINUTE),
        ttr: stats(1, HOUR, HOUR, HOUR),
      },
      {
        severity: 'SEV2',
        count: 3,
        ttd: stats(2, 35 * MINUTE, 55 * MINUTE, 35 * MINUTE),
        ttr: stats(3, 3 * HOUR, 26 * HOUR, 11 * HOUR),
      },
    ],
    bucket: 'month',
    buckets: [
      {
        start: '2026-01-01T00:00:00.000Z',
        count: 2,
        countBySeverity: { SEV1: 1, SEV2: 1 },
        countUnassessed: 0,
        ttd: stats(2, 10 * MINUTE, 14 * MINUTE, 10 * MINUTE),
        ttr: stats(2, HOUR + 30 * MINUTE, 2 * HOUR, HOUR + 30 * MINUTE),
      },
      emptyBucket('2026-02-01T00:00:00.000Z'),
      {
        start: '2026-03-01T00:00:00.000Z',
        count: 2,
        countBySeverity: { SEV2: 2 },
        countUnassessed: 0,
        ttd: stats(1, HOUR, HOUR, HOUR),
        ttr: stats(2, 14 * HOUR, 24 * HOUR, 14 * HOUR),
      },
    ],
    points: [
      {
        id: 'i-1',
        number: 'INC-1',
        title: 'Checkout down for all customers',
        restricted: false,
        severity: 'SEV1',
        impactStartedAt: '2026-01-05T10:00:00.000Z',
        ttd: 5 * MINUTE,
        ttr: HOUR,
      },
      {
        id: 'i-2',
        number: 'INC-2',
        title: 'Basket totals ignore discounts',
        restricted: false,
        severity: 'SEV2',
        impactStartedAt: '2026-01-20T10:00:00.000Z',
        ttd: 15 * MINUTE,
        ttr: 2 * HOUR,
      },
      {
        id: 'i-3',
        number: 'INC-3',
        title: 'Cart service latency above 2 s',
        restricted: false,
        severity: 'SEV2',
        impactStartedAt: '2026-03-02T10:00:00.000Z',
        ttd: HOUR,
        ttr: 2 * HOUR + 10 * MINUTE,
      },
      {
        id: 'i-4',
        number: 'INC-4',
        title: 'Baskets emptied after cache failover',
        restricted: false,
        severity: 'SEV2',
        impactStartedAt: '2026-03-20T10:00:00.000Z',
        ttd: null,
        ttr: 26 * HOUR,
      },
    ],
    ...overrides,
  };
}
