import { parseIncidentNumber } from '@incident-response/backstage-plugin-incidents-common';

const UUID_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Whether a path segment can name an incident: its number (`INC-42`, any case) or its
 * id (a UUID), as the backend accepts them. Anything else names no incident, so static
 * pages under /incidents never compete with incident pages.
 */
export function isIncidentReference(segment: string): boolean {
  return (
    parseIncidentNumber(segment) !== undefined || UUID_PATTERN.test(segment)
  );
}
