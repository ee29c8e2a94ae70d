import { InputError } from '@backstage/errors';
import { IncidentListPosition } from '../database/IncidentsStore';

/** An opaque, URL-safe cursor for the position after which the next page starts. */
export function encodeCursor(position: IncidentListPosition): string {
  return Buffer.from(
    JSON.stringify([position.impactStartedAt, position.number]),
  ).toString('base64url');
}

export function decodeCursor(cursor: string): IncidentListPosition {
  try {
    const [impactStartedAt, number] = JSON.parse(
      Buffer.from(cursor, 'base64url').toString('utf8'),
    );
    if (
      typeof impactStartedAt === 'string' &&
      !Number.isNaN(Date.parse(impactStartedAt)) &&
      Number.isInteger(number)
    ) {
      return { impactStartedAt, number };
    }
  } catch {
    // reported below
  }
  throw new InputError('cursor: not a cursor returned by this API');
}
