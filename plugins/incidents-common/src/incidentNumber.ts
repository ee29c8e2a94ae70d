const INCIDENT_NUMBER_PATTERN = /^INC-(\d{1,9})$/i;

/**
 * `42` -> `INC-42`.
 *
 * @public
 */
export function formatIncidentNumber(sequence: number): string {
  return `INC-${sequence}`;
}

/**
 * `INC-42` (any case) -> `42`; anything else -> undefined.
 *
 * @public
 */
export function parseIncidentNumber(reference: string): number | undefined {
  const match = INCIDENT_NUMBER_PATTERN.exec(reference.trim());
  return match ? Number(match[1]) : undefined;
}

const UUID_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What a reference names when it is a number (`INC-42`, `KE-7`, as `parseNumber` reads
 * it) or an id (a UUID, lower-cased); undefined when it is neither.
 *
 * @public
 */
export function parseReference(
  reference: string,
  parseNumber: (reference: string) => number | undefined,
): { number: number } | { id: string } | undefined {
  const number = parseNumber(reference);
  if (number !== undefined) {
    return { number };
  }
  const trimmed = reference.trim();
  return UUID_PATTERN.test(trimmed) ? { id: trimmed.toLowerCase() } : undefined;
}

/**
 * What a reference to an incident names: its number (`INC-42`, any case) or its id (a
 * UUID, lower-cased); undefined when it is neither.
 *
 * @public
 */
export function parseIncidentReference(
  reference: string,
): { number: number } | { id: string } | undefined {
  return parseReference(reference, parseIncidentNumber);
}
