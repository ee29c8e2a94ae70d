import { backendMessage, isResponseError } from './errorKinds';

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
  const name = isResponseError(error)
    ? error.body?.error?.name
    : (error as Partial<Error>)?.name;
  if (name !== 'InputError') {
    return undefined;
  }
  const field = FIELD_PREFIX.exec(backendMessage(error) ?? '')?.[1];
  return fields.find(candidate => candidate === field);
}
