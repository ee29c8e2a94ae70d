/**
 * The statuses an incident moves through, in their normal order.
 *
 * @public
 */
export const INCIDENT_STATUSES = [
  'active',
  'mitigated',
  'resolved',
  'closed',
] as const;

/** @public */
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/**
 * The legal status changes. `mitigated -> active` and `resolved -> active` reopen an
 * incident whose impact came back; `closed` is final.
 *
 * @public
 */
export const INCIDENT_STATUS_TRANSITIONS: Readonly<
  Record<IncidentStatus, readonly IncidentStatus[]>
> = {
  active: ['mitigated', 'resolved'],
  mitigated: ['active', 'resolved'],
  resolved: ['active', 'closed'],
  closed: [],
};

/**
 * Statuses in which the response is still under way.
 *
 * @public
 */
export const OPEN_INCIDENT_STATUSES: readonly IncidentStatus[] = [
  'active',
  'mitigated',
];

/**
 * `live`: declared while it happens. `retrospective`: recorded after the fact, declared
 * already resolved.
 *
 * @public
 */
export const INCIDENT_MODES = ['live', 'retrospective'] as const;

/** @public */
export type IncidentMode = (typeof INCIDENT_MODES)[number];

/**
 * The response roles of the CDS handbook. The declarer is reporter, incident commander
 * and operations lead; the incident commander holds every role not yet delegated.
 *
 * @public
 */
export const INCIDENT_ROLES = [
  'incident-commander',
  'operations-lead',
  'communications-lead',
  'policy-lead',
  'postmortem-owner',
  'scribe',
  'reporter',
] as const;

/** @public */
export type IncidentRole = (typeof INCIDENT_ROLES)[number];

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
 * Timeline entries the backend writes for every change.
 *
 * @public
 */
export const AUTOMATIC_TIMELINE_ENTRY_KINDS = [
  'declared',
  'status-changed',
  'severity-changed',
  'role-assigned',
  'field-changed',
  'milestone-changed',
  'workspace-step-succeeded',
  'workspace-step-retrying',
  'workspace-step-failed',
  'workspace-steps-retried',
] as const;

/** @public */
export type AutomaticTimelineEntryKind =
  (typeof AUTOMATIC_TIMELINE_ENTRY_KINDS)[number];

/** @public */
export type TimelineEntryKind =
  | UserTimelineEntryKind
  | AutomaticTimelineEntryKind;

/**
 * The milestones of an incident, in the order they normally happen.
 *
 * @public
 */
export const INCIDENT_MILESTONES = [
  'impactStartedAt',
  'detectedAt',
  'declaredAt',
  'mitigatedAt',
  'resolvedAt',
  'closedAt',
] as const;

/** @public */
export type IncidentMilestone = (typeof INCIDENT_MILESTONES)[number];

/**
 * Catalog kinds an incident can affect.
 *
 * @public
 */
export const INCIDENT_ENTITY_KINDS = ['component', 'system', 'api', 'resource'];

/**
 * Input limits, shared by the backend's validation and the frontend's forms.
 *
 * @public
 */
export const INCIDENT_LIMITS = {
  titleMaxLength: 200,
  textMaxLength: 20000,
  noteMaxLength: 5000,
  entityRefsMaxItems: 20,
  pageSizeMax: 100,
  pageSizeDefault: 20,
} as const;

/**
 * How far in the future a client-supplied time may be, to absorb clock skew between
 * browsers and the backend.
 *
 * @public
 */
export const ALLOWED_CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * The signal channel on which the backend announces incident changes.
 *
 * @public
 */
export const INCIDENTS_SIGNAL_CHANNEL = 'incidents';

/**
 * The states of a workspace step (a Slack or Google Workspace action done for an
 * incident). `pending` steps wait for their turn, their dependencies or their next
 * attempt; `running` ones are leased by a backend replica; `skipped` ones are not
 * configured (or do not apply) and say why.
 *
 * @public
 */
export const WORKSPACE_STEP_STATUSES = [
  'pending',
  'running',
  'succeeded',
  'failed',
  'skipped',
] as const;

/** @public */
export type WorkspaceStepStatus = (typeof WORKSPACE_STEP_STATUSES)[number];

/**
 * The workspace steps written when an incident is declared, in the order the CDS SRE
 * bot does them. Follow-up steps (status and role changes, closing) have keys of the
 * form `<kind>:<sequence>`, for example `slack.status-update:12`.
 *
 * @public
 */
export const WORKSPACE_STEP_KINDS = [
  'slack.channel',
  'google.meet',
  'google.doc',
  'google.doc-fill',
  'slack.share',
  'slack.links',
  'google.sheet',
  'slack.invite',
  'slack.announce',
  'slack.status-update',
  'slack.role-update',
  'slack.details-update',
  'slack.close',
  'slack.archive',
  'google.sheet-update',
  'google.doc-status',
] as const;

/** @public */
export type WorkspaceStepKind = (typeof WORKSPACE_STEP_KINDS)[number];

/**
 * Steps that only make sense while an incident happens; a retrospective incident skips
 * them.
 *
 * @public
 */
export const LIVE_ONLY_WORKSPACE_STEP_KINDS: readonly WorkspaceStepKind[] = [
  'slack.channel',
  'slack.share',
  'slack.links',
  'slack.invite',
  'slack.announce',
  'google.meet',
];

/**
 * Why a step is skipped, and the English sentence the API gives with it. A code names a
 * missing setting or a step that does not apply.
 *
 * @public
 */
export const WORKSPACE_SKIP_REASONS = {
  'slack-not-configured': 'Slack is not configured (incidents.slack.botToken)',
  'google-not-configured':
    'Google Workspace is not configured (incidents.google.clientEmail and privateKey)',
  retrospective:
    'A retrospective incident is already over: no channel, Meet or announcement',
  'meet-subject-missing':
    'Google Meet needs a Workspace user to act as (incidents.google.subject)',
  'postmortem-template-missing':
    'No postmortem template is configured (incidents.google.postmortemTemplateId)',
  'tracking-spreadsheet-missing':
    'No tracking spreadsheet is configured (incidents.google.trackingSpreadsheetId)',
} as const;

/** @public */
export type WorkspaceSkipCode = keyof typeof WORKSPACE_SKIP_REASONS;
