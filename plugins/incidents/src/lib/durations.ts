import { Duration, DurationLikeObject } from 'luxon';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The two largest units of a duration in seconds, rounded to the smaller one. Under a
 * minute it is seconds; negative durations (clock skew) read as zero.
 */
function compactParts(seconds: number): DurationLikeObject {
  const safe = Math.max(0, Math.round(seconds));
  if (safe < MINUTE) {
    return { seconds: safe };
  }
  if (safe < HOUR) {
    const minutes = Math.round(safe / MINUTE);
    return minutes === 60 ? { hours: 1 } : { minutes };
  }
  if (safe < DAY) {
    const minutes = Math.round(safe / MINUTE);
    return minutes === 24 * 60
      ? { days: 1 }
      : { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
  }
  const hours = Math.round(safe / HOUR);
  return { days: Math.floor(hours / 24), hours: hours % 24 };
}

/**
 * A duration given in seconds, short and in the reader's language, for charts and
 * tables: `45 sec`, `4 min`, `2 hr 10 min`, `3 days 4 hr` (`2 h 10 min`, `3 j 4 h` in
 * French). Two units at most: a chart reader compares magnitudes, and the milestones on
 * the incident page have the exact times.
 */
export function formatCompactDuration(seconds: number, locale: string): string {
  const parts = Object.fromEntries(
    Object.entries(compactParts(seconds)).filter(
      ([, value], _index, all) => value !== 0 || all.length === 1,
    ),
  );
  return Duration.fromObject(parts)
    .reconfigure({ locale })
    .toHuman({
      unitDisplay: 'short',
      // "2 hr 10 min" rather than "2 hr, 10 min": a unit list, not an enumeration.
      listStyle: 'narrow',
      type: 'unit',
    } as Parameters<Duration['toHuman']>[0]);
}

/** Steps a duration axis can use: round numbers people think in. */
const TICK_STEPS = [
  MINUTE,
  2 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  HOUR,
  2 * HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
  14 * DAY,
  30 * DAY,
  60 * DAY,
  90 * DAY,
];

/**
 * Ticks for a duration axis from zero to at least `maxSeconds`, at a round step
 * (15 min, 1 hr, 6 hr, 1 day...) so that the labels read as plain durations; five
 * intervals at most.
 */
export function durationTicks(maxSeconds: number): number[] {
  const max = Math.max(maxSeconds, MINUTE);
  const step =
    TICK_STEPS.find(candidate => max / candidate <= 5) ??
    Math.ceil(max / 5 / (30 * DAY)) * 30 * DAY;
  const ticks: number[] = [];
  for (let tick = 0; tick < max + step; tick += step) {
    ticks.push(tick);
  }
  return ticks;
}
