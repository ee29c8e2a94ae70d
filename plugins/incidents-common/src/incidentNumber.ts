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
