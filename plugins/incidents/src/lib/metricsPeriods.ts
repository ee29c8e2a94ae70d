import { DateTime } from 'luxon';

/** The periods the Incidents tab and the team tab offer, counted back from now. */
export const METRICS_PERIODS = [
  'last3Months',
  'last6Months',
  'last12Months',
  'last24Months',
  'all',
] as const;

/** @public */
export type MetricsPeriod = (typeof METRICS_PERIODS)[number];

const MONTHS: Record<Exclude<MetricsPeriod, 'all'>, number> = {
  last3Months: 3,
  last6Months: 6,
  last12Months: 12,
  last24Months: 24,
};

/**
 * A period as the `from` and `to` of `GET /metrics`. It always ends now, so the time
 * axis reaches today even when the last incident is older; "all" starts at the first
 * incident. `from` is the start of a local day, so the range does not move with each
 * reload.
 */
export function periodRange(
  period: MetricsPeriod,
  now: Date,
): { from?: string; to: string } {
  const end = DateTime.fromJSDate(now);
  return {
    ...(period !== 'all' && {
      from: end
        .minus({ months: MONTHS[period] })
        .startOf('day')
        .toUTC()
        .toISO()!,
    }),
    to: end.toUTC().toISO()!,
  };
}
