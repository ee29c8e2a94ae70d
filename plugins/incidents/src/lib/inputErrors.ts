import { isError, ResponseError } from '@backstage/errors';

const FIELD_PREFIX = /^(?:request\/body\/)?([A-Za-z]+)(?:\[\d+\])?\b/;

/**
 * Where a backend error belongs in a form: the field among `fields` it is about, if it
 * names one. The backend's 400 messages start with the field they are about (`title
 * must not be empty`, `entityRefs[0]: ...`, `request/body/title must NOT have more than
 * 200 characters`), so the first word names the field. What to say there is
 * `useErrorText`'s.
 */
export function locateError<TField extends string>(
  error: unknown,
  fields: readonly TField[],
): TField | undefined {
  const isInputError =
    error instanceof ResponseError
      ? error.body.error.name === 'InputError'
      : (error as Error)?.name === 'InputError';
  if (!isInputError) {
    return undefined;
  }
  // Duck-typed: errors from another realm (an iframe, a test sandbox) are errors too.
  const message = isError(error) ? errorMessage(error) : String(error);
  const field = FIELD_PREFIX.exec(message)?.[1];
  return fields.find(candidate => candidate === field);
}

/** The backend's own message when there is one, rather than `Request failed with 400`. */
function errorMessage(error: { message: string }): string {
  if (error instanceof ResponseError) {
    return error.body.error.message || error.message;
  }
  return error.message;
}
