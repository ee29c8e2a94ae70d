import { isError, ResponseError } from '@backstage/errors';

/**
 * Where a backend error belongs in a form. The backend's 400 messages start with the
 * field they are about (`title must not be empty`, `entityRefs[0]: ...`,
 * `request/body/title must NOT have more than 200 characters`), so the first word
 * names the field.
 */
export type LocatedError = {
  /** The request field the message is about, if it names one. */
  field?: string;
  message: string;
};

const FIELD_PREFIX = /^(?:request\/body\/)?([A-Za-z]+)(?:\[\d+\])?\b/;

/** Finds the field a backend error is about, among `fields`. */
export function locateError(
  error: unknown,
  fields: readonly string[],
): LocatedError {
  // Duck-typed: errors from another realm (an iframe, a test sandbox) are errors too.
  const message = isError(error) ? errorMessage(error) : String(error);
  const isInputError =
    error instanceof ResponseError
      ? error.body.error.name === 'InputError'
      : (error as Error)?.name === 'InputError';
  if (isInputError) {
    const field = FIELD_PREFIX.exec(message)?.[1];
    if (field && fields.includes(field)) {
      return { field, message };
    }
  }
  return { message };
}

/** The backend's own message when there is one, rather than `Request failed with 400`. */
function errorMessage(error: { message: string }): string {
  if (error instanceof ResponseError) {
    return error.body.error.message || error.message;
  }
  return error.message;
}
