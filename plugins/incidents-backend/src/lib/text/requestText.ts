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
