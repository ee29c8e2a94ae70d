import { InputError } from '@backstage/errors';
import { RequestHandler } from 'express';

/** The path of the first string under `value` holding a NUL character, if any. */
function findNul(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? path : undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNul(item, `${path}[${index}]`);
      if (found) {
        return found;
      }
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findNul(item, path ? `${path}.${key}` : key);
      if (found) {
        return found;
      }
    }
  }
  return undefined;
}

/**
 * PostgreSQL refuses text with a NUL character (SQLite stores it), and no one types one:
 * such a request is refused up front, naming the field, on every database alike.
 */
export const rejectNulCharacters: RequestHandler = (req, _res, next) => {
  const field = findNul(req.body, '') ?? findNul(req.query, '');
  next(
    field === undefined
      ? undefined
      : new InputError(`${field || 'body'}: must not contain a NUL character`),
  );
};
