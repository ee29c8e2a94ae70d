import { InputError } from '@backstage/errors';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The day of a time, `YYYY-MM-DD`, in UTC: due days are UTC days. */
export function dayOf(millis: number): string {
  return new Date(millis).toISOString().slice(0, 10);
}

/** The day `days` after `day`. */
export function addDays(day: string, days: number): string {
  return dayOf(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS);
}

/** A `YYYY-MM-DD` day of a request; 400 naming `field` for anything else. */
export function parseDay(value: string, field: string): string {
  const day = value.trim();
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(day) ||
    Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ||
    dayOf(Date.parse(`${day}T00:00:00Z`)) !== day
  ) {
    throw new InputError(`${field}: '${value}' is not a day (YYYY-MM-DD)`);
  }
  return day;
}
