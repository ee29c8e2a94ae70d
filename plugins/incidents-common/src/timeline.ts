/**
 * Timeline entries people write.
 *
 * @public
 */
export const USER_TIMELINE_ENTRY_KINDS = [
  'note',
  'decision',
  'action',
  'status-update',
] as const;

/** @public */
export type UserTimelineEntryKind = (typeof USER_TIMELINE_ENTRY_KINDS)[number];

/**
 * Timeline entries the backend writes for every change to an incident.
 *
 * @public
 */
export const INCIDENT_CHANGE_TIMELINE_ENTRY_KINDS = [
  'declared',
  'status-changed',
  'severity-changed',
  'role-assigned',
  'field-changed',
  'milestone-changed',
] as const;

/**
 * Timeline entries the workspace worker writes for its steps (Slack, Google).
 *
 * @public
 */
export const WORKSPACE_TIMELINE_ENTRY_KINDS = [
  'workspace-step-succeeded',
  'workspace-step-retrying',
  'workspace-step-failed',
  'workspace-steps-retried',
] as const;

/**
 * Timeline entries written when a known error is linked to the incident (it caused
 * it) or unlinked.
 *
 * @public
 */
export const KNOWN_ERROR_TIMELINE_ENTRY_KINDS = [
  'known-error-linked',
  'known-error-unlinked',
] as const;

/**
 * Timeline entries of the postmortem's progress: its status changes (data
 * `{ from, to, comment }`), action items added (`{ actionItemId, title, ownerRef }`) and
 * their status changes (`{ actionItemId, title, from, to }`).
 *
 * @public
 */
export const POSTMORTEM_TIMELINE_ENTRY_KINDS = [
  'postmortem-status-changed',
  'action-item-added',
  'action-item-status-changed',
] as const;

/**
 * Timeline entries the backend writes.
 *
 * @public
 */
export const AUTOMATIC_TIMELINE_ENTRY_KINDS = [
  ...INCIDENT_CHANGE_TIMELINE_ENTRY_KINDS,
  ...WORKSPACE_TIMELINE_ENTRY_KINDS,
  ...KNOWN_ERROR_TIMELINE_ENTRY_KINDS,
  ...POSTMORTEM_TIMELINE_ENTRY_KINDS,
] as const;

/** @public */
export type AutomaticTimelineEntryKind =
  (typeof AUTOMATIC_TIMELINE_ENTRY_KINDS)[number];

/**
 * Every timeline entry kind this version knows.
 *
 * @public
 */
export const TIMELINE_ENTRY_KINDS = [
  ...USER_TIMELINE_ENTRY_KINDS,
  ...AUTOMATIC_TIMELINE_ENTRY_KINDS,
] as const;

/** @public */
export type TimelineEntryKind = (typeof TIMELINE_ENTRY_KINDS)[number];

/**
 * An append-only timeline entry.
 *
 * @public
 */
export type TimelineEntry = {
  id: string;
  incidentId: string;
  kind: TimelineEntryKind;
  /** Markdown. Automatic entries carry an English summary of `data`. */
  body: string;
  authorRef: string;
  automatic: boolean;
  /** The entry this one corrects, if any. */
  correctsId: string | null;
  /** Structured details of automatic entries, e.g. `{ from, to }`. */
  data: Record<string, unknown> | null;
  occurredAt: string;
  createdAt: string;
};

/**
 * Body of `POST /incidents/{id}/timeline`.
 *
 * @public
 */
export type AppendTimelineEntryRequest = {
  kind: UserTimelineEntryKind;
  body: string;
  occurredAt?: string;
  correctsId?: string;
};
