import { InputError } from '@backstage/errors';
import express, { RequestHandler, Router } from 'express';

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

/**
 * The same for path parameters (`/action-items/%00`), which exist only once a route
 * matched: a router with a route for every path of the spec that has parameters.
 */
export function rejectNulInPathParameters(spec: {
  paths: Record<string, unknown>;
}): Router {
  const router = express.Router();
  for (const path of Object.keys(spec.paths).filter(p => p.includes('{'))) {
    router.all(path.replace(/\{(\w+)\}/g, ':$1'), (req, _res, next) => {
      const field = findNul(req.params, '');
      next(
        field === undefined
          ? undefined
          : new InputError(`${field}: must not contain a NUL character`),
      );
    });
  }
  return router;
}
