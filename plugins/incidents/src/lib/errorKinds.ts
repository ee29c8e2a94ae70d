import { ResponseError } from '@backstage/errors';
import {
  IncidentsRefusal,
  refusalOf,
} from '@incident-response/backstage-plugin-incidents-common';

/**
 * What went wrong with a call to the backend, as far as the user is concerned:
 *
 * - `notFound`: 404, there is no such record (or the user may not see it);
 * - `forbidden`: 403, the user may not do this;
 * - `signedOut`: 401, the user's session has ended;
 * - `network`: no answer at all (`TypeError: Failed to fetch`);
 * - `server`: a 5xx;
 * - `input`: the backend refused the request and said why in words meant for the user
 *   (a 400 `InputError` naming the field, a 409 `ConflictError`);
 * - `unknown`: anything else.
 */
export type ErrorKind =
  | 'notFound'
  | 'forbidden'
  | 'signedOut'
  | 'network'
  | 'server'
  | 'input'
  | 'unknown';

const BY_NAME: Record<string, ErrorKind> = {
  NotFoundError: 'notFound',
  NotAllowedError: 'forbidden',
  AuthenticationError: 'signedOut',
  InputError: 'input',
  ConflictError: 'input',
};

// What `ResponseError` puts in the body when the answer was no Backstage error (an HTML
// page from a proxy, say): never the user's to read.
const SYNTHETIC_BODY = /^Request failed with status \d+/;

/** Browsers' words for a `fetch` that got no answer. */
const NO_ANSWER = /fetch|network|load failed/i;

/** Duck-typed: errors from another realm (an iframe, a test sandbox) are errors too. */
export function isResponseError(error: unknown): error is ResponseError {
  return (
    error instanceof ResponseError ||
    ((error as ResponseError)?.name === 'ResponseError' &&
      typeof (error as ResponseError).statusCode === 'number')
  );
}

/** The kind of `error`, from its status code when the backend answered, else its name. */
export function errorKind(error: unknown): ErrorKind {
  if (isResponseError(error)) {
    const status = error.statusCode;
    if (status === 404) {
      return 'notFound';
    }
    if (status === 403) {
      return 'forbidden';
    }
    if (status === 401) {
      return 'signedOut';
    }
    if (status >= 500) {
      return 'server';
    }
    if (status >= 400 && backendMessage(error)) {
      return 'input';
    }
    return 'unknown';
  }
  const { name, message } = (error ?? {}) as Partial<Error>;
  if (name === 'TypeError' && NO_ANSWER.test(message ?? '')) {
    return 'network';
  }
  return (name && BY_NAME[name]) || 'unknown';
}

/**
 * The backend's own words for a refused request (`title must not be empty`), when it
 * sent a Backstage error body; never the request, the URL or a stack.
 */
export function backendMessage(error: unknown): string | undefined {
  if (isResponseError(error)) {
    const message = error.body?.error?.message;
    return message && !SYNTHETIC_BODY.test(message) ? message : undefined;
  }
  const { name, message } = (error ?? {}) as Partial<Error>;
  return name && BY_NAME[name] === 'input' && message ? message : undefined;
}

/**
 * Why the backend refused a request, as a reason this version of the UI knows (its
 * `code` and `values`), so that it can be said in the reader's language.
 */
export function backendRefusal(error: unknown): IncidentsRefusal | undefined {
  return refusalOf(isResponseError(error) ? error.body?.error : error);
}
