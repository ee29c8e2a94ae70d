import { joinDateParts } from '@incident-response/backstage-plugin-incidents-common';
import { DateTime, DateTimeFormatOptions, Duration } from 'luxon';

/**
 * A date written by `Intl` in the date's locale, with French's ordinal for the first
 * of the month (« 1er mars », never « 1 mars »), which `Intl` does not write.
 */
export function formatLocaleDate(
  dateTime: DateTime,
  format: DateTimeFormatOptions,
): string {
  return joinDateParts(dateTime.toLocaleParts(format), dateTime.locale ?? '');
}

/** The format of `<input type="datetime-local">`, in the browser's time zone. */
const LOCAL_INPUT_FORMAT = "yyyy-MM-dd'T'HH:mm";

/** An instant as the value of a `datetime-local` input. */
export function toLocalInputValue(instant: Date | string): string {
  const dateTime =
    typeof instant === 'string'
      ? DateTime.fromISO(instant)
      : DateTime.fromJSDate(instant);
  return dateTime.toFormat(LOCAL_INPUT_FORMAT);
}

/**
 * The value of a `datetime-local` input as an ISO 8601 instant; `undefined` when empty.
 * A value that is not a date comes back as is, so that the shared milestone rules
 * report it as an invalid date instead of it being silently dropped.
 */
export function fromLocalInputValue(value: string): string | undefined {
  if (value.trim() === '') {
    return undefined;
  }
  const dateTime = DateTime.fromISO(value);
  return dateTime.isValid ? dateTime.toUTC().toISO()! : value;
}

/** `2026-11-22T10:00:00Z` -> `22 Nov 2026, 11:00` in the reader's language and zone. */
export function formatDateTime(iso: string, locale: string): string {
  return formatLocaleDate(
    DateTime.fromISO(iso).setLocale(locale),
    DateTime.DATETIME_MED,
  );
}

/**
 * A compact date and time for narrow columns: `Nov 22, 1:44 PM`; the year only when it
 * is not the current one.
 */
export function formatShortDateTime(
  iso: string,
  locale: string,
  now: Date,
): string {
  const dateTime = DateTime.fromISO(iso).setLocale(locale);
  const sameYear = dateTime.year === DateTime.fromJSDate(now).year;
  return formatLocaleDate(dateTime, {
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    ...(sameYear ? {} : { year: 'numeric' }),
  });
}

/** `3 hours ago`, `il y a 3 heures`. */
export function formatRelative(iso: string, locale: string, now: Date): string {
  return (
    DateTime.fromISO(iso)
      .setLocale(locale)
      .toRelative({
        base: DateTime.fromJSDate(now),
      }) ?? ''
  );
}

/**
 * A duration as people say it, to the minute: `2 days, 3 hr, 5 min`, `45 sec` under a
 * minute. Negative durations (clock skew) read as zero.
 */
export function formatDuration(milliseconds: number, locale: string): string {
  const safe = Math.max(0, milliseconds);
  const units: Array<'days' | 'hours' | 'minutes'> = [
    'days',
    'hours',
    'minutes',
  ];
  if (safe < 60_000) {
    return Duration.fromObject({ seconds: Math.floor(safe / 1000) })
      .reconfigure({ locale })
      .toHuman({ unitDisplay: 'short' });
  }
  const shifted = Duration.fromMillis(safe).shiftTo(...units);
  const parts = Object.fromEntries(
    units
      .map(unit => [unit, Math.floor(shifted.get(unit))] as const)
      .filter(([, value]) => value > 0),
  );
  return Duration.fromObject(parts)
    .reconfigure({ locale })
    .toHuman({ unitDisplay: 'short' });
}
