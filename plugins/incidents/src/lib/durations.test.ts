import { durationTicks, formatCompactDuration } from './durations';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatCompactDuration', () => {
  it('writes the two largest units, rounded', () => {
    expect(formatCompactDuration(45, 'en')).toBe('45 sec');
    expect(formatCompactDuration(4 * MINUTE + 20, 'en')).toBe('4 min');
    expect(formatCompactDuration(2 * HOUR + 10 * MINUTE + 5, 'en')).toBe(
      '2 hr 10 min',
    );
    expect(formatCompactDuration(2 * HOUR, 'en')).toBe('2 hr');
    expect(formatCompactDuration(3 * DAY + 4 * HOUR + 20 * MINUTE, 'en')).toBe(
      '3 days 4 hr',
    );
    expect(formatCompactDuration(3 * DAY, 'en')).toBe('3 days');
  });

  it('carries a rounded-up unit into the next one', () => {
    expect(formatCompactDuration(59 * MINUTE + 50, 'en')).toBe('1 hr');
    expect(formatCompactDuration(DAY - 10, 'en')).toBe('1 day');
  });

  it('reads zero or negative durations as zero', () => {
    expect(formatCompactDuration(0, 'en')).toBe('0 sec');
    expect(formatCompactDuration(-30, 'en')).toBe('0 sec');
  });

  it('writes in the reader language', () => {
    expect(formatCompactDuration(2 * HOUR + 10 * MINUTE, 'fr')).toMatch(
      /^2\sh\s10\smin$/,
    );
    expect(formatCompactDuration(3 * DAY, 'fr')).toMatch(/^3\sj$/);
  });
});

describe('durationTicks', () => {
  it('steps in round durations up to at least the largest value', () => {
    expect(durationTicks(55 * MINUTE)).toEqual([
      0,
      15 * MINUTE,
      30 * MINUTE,
      45 * MINUTE,
      60 * MINUTE,
    ]);
    expect(durationTicks(26 * HOUR)).toEqual([
      0,
      6 * HOUR,
      12 * HOUR,
      18 * HOUR,
      24 * HOUR,
      30 * HOUR,
    ]);
  });

  it('has a minute scale when every value is tiny or zero', () => {
    expect(durationTicks(0)).toEqual([0, MINUTE]);
  });

  it('keeps five intervals at most for very long durations', () => {
    const ticks = durationTicks(400 * DAY);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(400 * DAY);
  });
});
