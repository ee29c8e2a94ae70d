import { InputError } from '@backstage/errors';

/** A required text of a request, trimmed; 400 naming `field` when it is blank. */
export function nonEmpty(value: string, field: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) {
    throw new InputError(`${field} must not be empty`);
  }
  return trimmed;
}

/** An optional text of a request, trimmed; blank is none. */
export function optionalText(value: string | null | undefined): string | null {
  return value?.trim() || null;
}

/** An optional http(s) link of a request; 400 naming `field` when it is anything else. */
export function optionalHttpUrl(
  value: string | null | undefined,
  field: string,
): string | null {
  const url = optionalText(value);
  if (url === null) {
    return null;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InputError(`${field}: '${url}' is not a URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new InputError(`${field}: '${url}' must be an http or https URL`);
  }
  return url;
}

const CALENDAR_DAY = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})/;

/**
 * A date-time of a request as an ISO string; 400 naming `field` when it is no instant
 * of the calendar. The OpenAPI validator checks the format only, and JavaScript throws
 * on 2024-13-01 and reads 2024-02-30 as March 1st: neither gets past here.
 */
export function requestInstant(value: string, field: string): string {
  const millis = Date.parse(value);
  const day = CALENDAR_DAY.exec(value);
  let valid = !Number.isNaN(millis) && day !== null;
  if (valid && day) {
    const [year, month, date] = day.slice(1).map(Number);
    const probe = new Date(0);
    probe.setUTCFullYear(year, month - 1, date);
    valid =
      probe.getUTCFullYear() === year &&
      probe.getUTCMonth() === month - 1 &&
      probe.getUTCDate() === date;
  }
  if (!valid) {
    throw new InputError(
      `${field}: '${value}' is not a date and time; expected an ISO 8601 instant such as 2024-06-01T12:00:00Z`,
    );
  }
  return new Date(millis).toISOString();
}

/**
 * The `from` and `to` of a request's time range, as ISO strings; 400 when either is no
 * instant, or when the range ends before it starts.
 */
export function requestTimeRange(query: { from?: string; to?: string }): {
  from?: string;
  to?: string;
} {
  const from = query.from ? requestInstant(query.from, 'from') : undefined;
  const to = query.to ? requestInstant(query.to, 'to') : undefined;
  if (from && to && Date.parse(to) < Date.parse(from)) {
    throw new InputError(
      `from, to: the range ends (${to}) before it starts (${from})`,
    );
  }
  return { from, to };
}
