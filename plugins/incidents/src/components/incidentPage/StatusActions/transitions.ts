import {
  findMilestoneProblems,
  Incident,
  IncidentStatus,
  MilestoneProblem,
  MilestoneValues,
} from '@incident-response/backstage-plugin-incidents-common';

/**
 * The milestones a status change stamps, as the backend stamps them: mitigating stamps
 * mitigatedAt; resolving stamps resolvedAt (and mitigatedAt if it was never mitigated);
 * closing stamps closedAt; reopening clears mitigatedAt and resolvedAt.
 */
export function stampedMilestones(
  incident: Pick<Incident, 'mitigatedAt'>,
  to: IncidentStatus,
  at: string,
): MilestoneValues {
  switch (to) {
    case 'mitigated':
      return { mitigatedAt: at };
    case 'resolved':
      return incident.mitigatedAt
        ? { resolvedAt: at }
        : { resolvedAt: at, mitigatedAt: at };
    case 'closed':
      return { closedAt: at };
    default:
      return { mitigatedAt: null, resolvedAt: null };
  }
}

/** What the shared milestone rules say about moving `incident` to `to` at `at`. */
export function findTransitionProblems(
  incident: Incident,
  to: IncidentStatus,
  at: string,
  now: Date,
): MilestoneProblem[] {
  return findMilestoneProblems(
    {
      impactStartedAt: incident.impactStartedAt,
      detectedAt: incident.detectedAt,
      mitigatedAt: incident.mitigatedAt,
      resolvedAt: incident.resolvedAt,
      closedAt: incident.closedAt,
      ...stampedMilestones(incident, to, at),
    },
    { now },
  );
}
