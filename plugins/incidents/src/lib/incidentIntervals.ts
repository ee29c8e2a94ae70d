import { Incident } from '@incident-response/backstage-plugin-incidents-common';

/** A running or finished interval between two instants. */
export type IncidentInterval =
  | { state: 'unknown' }
  | { state: 'ongoing'; milliseconds: number }
  | { state: 'done'; milliseconds: number };

function interval(
  start: string | null,
  end: string | null,
  now: Date,
  runsUntilEnd: boolean,
): IncidentInterval {
  if (!start) {
    return { state: 'unknown' };
  }
  if (end) {
    return { state: 'done', milliseconds: Date.parse(end) - Date.parse(start) };
  }
  return runsUntilEnd
    ? { state: 'ongoing', milliseconds: now.getTime() - Date.parse(start) }
    : { state: 'unknown' };
}

/**
 * The handbook's indicators for one incident: time to detect (impact start to
 * detection), time to recover (impact start to its end; still running while the impact
 * lasts) and how long the incident has been open (declaration to closing).
 */
export function incidentIntervals(incident: Incident, now: Date) {
  return {
    ttd: interval(incident.impactStartedAt, incident.detectedAt, now, false),
    ttr: interval(incident.impactStartedAt, incident.resolvedAt, now, true),
    open: interval(incident.declaredAt, incident.closedAt, now, true),
  };
}
