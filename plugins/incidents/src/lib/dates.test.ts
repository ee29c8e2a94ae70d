import {
  formatDuration,
  fromLocalInputValue,
  toLocalInputValue,
} from './dates';

describe('dates', () => {
  it('round-trips datetime-local values in the local zone', () => {
    const value = toLocalInputValue('2026-11-22T10:05:00Z');
    expect(value).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    expect(fromLocalInputValue(value)).toBe('2026-11-22T10:05:00.000Z');
    expect(fromLocalInputValue('')).toBeUndefined();
    // Not a date: kept, so the milestone rules report it.
    expect(fromLocalInputValue('yesterday')).toBe('yesterday');
  });

  it('writes durations to the minute, in the reader language', () => {
    expect(formatDuration(45_000, 'en')).toBe('45 sec');
    expect(formatDuration(15 * 60_000, 'en')).toBe('15 min');
    expect(formatDuration((26 * 60 + 5) * 60_000, 'en')).toBe(
      '1 day, 2 hr, 5 min',
    );
    expect(formatDuration(-5_000, 'en')).toBe('0 sec');
    expect(formatDuration(2 * 60 * 60_000, 'fr')).toMatch(/^2\sh$/);
  });
});
