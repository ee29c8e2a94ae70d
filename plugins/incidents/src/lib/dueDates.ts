import {
  ActionItem,
  OPEN_ACTION_ITEM_STATUSES,
} from '@incident-response/backstage-plugin-incidents-common';
import { DateTime } from 'luxon';
import { formatLocaleDate } from './dates';

/**
 * The handbook's completion target for significant mitigations: an action item is due 8
 * weeks after it is created unless its team agrees otherwise. Installations may change
 * it (`GET /config`'s `postmortems.actionItemDueInDays`).
 */
export const DEFAULT_DUE_IN_DAYS = 8 * 7;

/** The local day of an instant, `YYYY-MM-DD`, as action items' due days are written. */
export function localDay(instant: Date): string {
  return DateTime.fromJSDate(instant).toISODate()!;
}

/** The default due day of an action item created at `now`: `days` later, a local day. */
export function defaultDueOn(
  now: Date,
  days: number = DEFAULT_DUE_IN_DAYS,
): string {
  return DateTime.fromJSDate(now).plus({ days }).toISODate()!;
}

/** Whether a `YYYY-MM-DD` text is a real day. */
export function isDay(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    DateTime.fromISO(value, { zone: 'utc' }).isValid
  );
}

/** Whether an action item is still to do and its due day has passed (today is not late). */
export function isOverdue(
  item: Pick<ActionItem, 'status' | 'dueOn'>,
  now: Date,
): boolean {
  return (
    OPEN_ACTION_ITEM_STATUSES.includes(item.status) &&
    item.dueOn < localDay(now)
  );
}

/** A due day in words in the reader's language: `Tuesday, January 26, 2027`, `mardi 26 janvier 2027`. */
export function formatDay(day: string, locale: string): string {
  return formatLocaleDate(
    DateTime.fromISO(day).setLocale(locale),
    DateTime.DATE_HUGE,
  );
}

/** A due day, short: `Jan 26, 2027`, `26 janv. 2027`. */
export function formatShortDay(day: string, locale: string): string {
  return formatLocaleDate(
    DateTime.fromISO(day).setLocale(locale),
    DateTime.DATE_MED,
  );
}
