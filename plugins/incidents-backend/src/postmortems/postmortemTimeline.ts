import {
  INCIDENT_ROLE_NAMES,
  IncidentRole,
  POSTMORTEM_TIMELINE_ENTRY_KINDS,
  PostmortemTimelineEntry,
  TimelineEntry,
  TimelineEntryKind,
  WORKSPACE_TIMELINE_ENTRY_KINDS,
} from '@incident-response/backstage-plugin-incidents-common';

/** What the workspace did and the postmortem's own progress say nothing about the incident. */
const LEFT_OUT: readonly TimelineEntryKind[] = [
  ...WORKSPACE_TIMELINE_ENTRY_KINDS,
  ...POSTMORTEM_TIMELINE_ENTRY_KINDS,
];

/** The turning points, marked important until an editor says otherwise. */
const IMPORTANT_BY_DEFAULT: readonly TimelineEntryKind[] = [
  'declared',
  'status-changed',
  'severity-changed',
  'decision',
  'known-error-linked',
];

/**
 * Role changes by role, not by name: a postmortem is blameless, and who held a role is
 * on the incident page for whoever needs it.
 */
function blamelessBody(entry: TimelineEntry): string {
  if (entry.kind !== 'role-assigned') {
    return entry.body;
  }
  const data = (entry.data ?? {}) as {
    role?: IncidentRole;
    from?: string | null;
    note?: string | null;
  };
  const role = data.role ? INCIDENT_ROLE_NAMES[data.role] : 'A role';
  const text = data.from ? `${role} handed over` : `${role} assigned`;
  return data.note ? `${text}\n\nHandoff note: ${data.note}` : text;
}

/**
 * The postmortem's timeline: the incident's own entries (automatic ones and what
 * responders wrote), with the editor's important marks over the defaults.
 */
export function postmortemTimeline(
  entries: TimelineEntry[],
  marks: Record<string, boolean>,
): PostmortemTimelineEntry[] {
  return entries
    .filter(entry => !LEFT_OUT.includes(entry.kind))
    .map(entry => ({
      entryId: entry.id,
      kind: entry.kind,
      occurredAt: entry.occurredAt,
      body: blamelessBody(entry),
      automatic: entry.automatic,
      important: marks[entry.id] ?? IMPORTANT_BY_DEFAULT.includes(entry.kind),
    }));
}
