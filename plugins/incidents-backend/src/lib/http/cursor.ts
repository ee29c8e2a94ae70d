import { InputError } from '@backstage/errors';

/** A keyset position: the sort values of the last row of a page. */
export type CursorValues = Array<string | number>;

/** An opaque, URL-safe cursor for the position after which the next page starts. */
export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/**
 * Reads a cursor made by `encodeCursor`; `parse` checks the values are the shape its
 * list sorts by and returns undefined otherwise. Anything else is a 400 naming `cursor`.
 */
export function decodeCursor<T>(
  cursor: string,
  parse: (values: unknown[]) => T | undefined,
): T {
  try {
    const values = JSON.parse(
      Buffer.from(cursor, 'base64url').toString('utf8'),
    );
    // A NUL character is text PostgreSQL refuses: no cursor of this API holds one.
    const position =
      Array.isArray(values) &&
      !values.some(v => typeof v === 'string' && v.includes('\u0000'))
        ? parse(values)
        : undefined;
    if (position !== undefined) {
      return position;
    }
  } catch {
    // reported below
  }
  throw new InputError('cursor: not a cursor returned by this API');
}

/**
 * A list page as the API answers it: the items, the total on the first page, and a
 * cursor for the next page made from the position it starts after.
 */
export function keysetResponse<T, P>(
  page: { items: T[]; totalItems?: number; next?: P },
  position: (next: P) => CursorValues,
): { items: T[]; totalItems?: number; nextCursor?: string } {
  return {
    items: page.items,
    ...(page.totalItems !== undefined && { totalItems: page.totalItems }),
    ...(page.next !== undefined && {
      nextCursor: encodeCursor(position(page.next)),
    }),
  };
}

/** A cursor value for an `integer` column (a number of INC-42 or KE-7): 32 bits. */
export function isCursorInteger(value: unknown): value is number {
  return Number.isInteger(value) && Math.abs(value as number) <= 2 ** 31 - 1;
}

/** A cursor value for a `bigInteger` column (a time in milliseconds). */
export function isCursorMillis(value: unknown): value is number {
  return Number.isSafeInteger(value);
}

/**
 * A cursor value for a relevance score (PostgreSQL's `real`, which refuses what it
 * cannot hold, such as 1e300 or 5e-324): zero or within 1e-30 and 1e30 either way.
 */
export function isCursorScore(value: unknown): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return false;
  }
  const size = Math.abs(value);
  return size === 0 || (size >= 1e-30 && size <= 1e30);
}
