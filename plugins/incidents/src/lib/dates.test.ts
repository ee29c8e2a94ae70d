import { DateTime } from 'luxon';
import {
  formatDateTime,
  formatDuration,
  formatLocaleDate,
  formatShortDateTime,
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

  it('leaves the year out of short dates in the current year', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    expect(formatShortDateTime('2026-03-04T10:00:00Z', 'en', now)).not.toMatch(
      /2026/,
    );
    expect(formatShortDateTime('2025-03-04T10:00:00Z', 'en', now)).toMatch(
      /2025/,
    );
  });

  it('writes the first of the month « 1er » in French, and only in French', () => {
    const first = DateTime.fromISO('2026-03-01T12:00:00', { zone: 'utc' });
    expect(formatLocaleDate(first.setLocale('fr'), DateTime.DATE_HUGE)).toBe(
      'dimanche 1er mars 2026',
    );
    expect(formatLocaleDate(first.setLocale('fr'), DateTime.DATE_MED)).toBe(
      '1er mars 2026',
    );
    expect(
      formatLocaleDate(
        first.plus({ days: 10 }).setLocale('fr'),
        DateTime.DATE_MED,
      ),
    ).toBe('11 mars 2026');
    expect(formatLocaleDate(first.setLocale('en'), DateTime.DATE_MED)).toBe(
      'Mar 1, 2026',
    );
    // Day numbers written with two digits are not ordinals.
    expect(
      formatLocaleDate(first.setLocale('fr'), {
        day: '2-digit',
        month: '2-digit',
      }),
    ).toBe('01/03');
  });

  it('writes times on the 24-hour clock in French', () => {
    const afternoon = '2026-03-14T15:30:00Z';
    expect(formatDateTime(afternoon, 'fr')).toMatch(/ \d\d:30$/);
    expect(formatDateTime(afternoon, 'fr')).not.toMatch(/AM|PM/i);
    expect(
      formatShortDateTime(afternoon, 'fr', new Date('2026-11-22T12:00:00Z')),
    ).toMatch(/ \d\d:30$/);
  });
});
