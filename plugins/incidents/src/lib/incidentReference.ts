import {
  parseIncidentReference,
  parseKnownErrorReference,
} from '@incident-response/backstage-plugin-incidents-common';

/**
 * Whether a path segment can name an incident: its number (`INC-42`, any case) or its
 * id (a UUID), as the backend accepts them. Anything else names no incident, so static
 * pages under /incidents never compete with incident pages.
 */
export function isIncidentReference(segment: string): boolean {
  return parseIncidentReference(segment) !== undefined;
}

/**
 * Whether a path segment can name a known error: its number (`KE-7`, any case) or its
 * id (a UUID). Anything else is answered as an unknown known error without asking the
 * backend.
 */
export function isKnownErrorReference(segment: string): boolean {
  return parseKnownErrorReference(segment) !== undefined;
}
