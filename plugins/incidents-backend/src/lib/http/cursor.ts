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
    const position = Array.isArray(values) ? parse(values) : undefined;
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
