import {
  IncidentMode,
  IncidentRole,
  IncidentStatus,
  TimelineEntryKind,
  UserTimelineEntryKind,
  WorkspaceStepKind,
  WorkspaceStepStatus,
  WorkspaceSkipCode,
} from './constants';
import { SeverityDefinition } from './severities';

/**
 * Who holds a role, since when, and who handed it over.
 *
 * @public
 */
export type RoleAssignment = {
  role: IncidentRole;
  userRef: string;
  assignedAt: string;
  assignedByRef: string;
  /** The handoff note: current state, next steps, people involved. */
  note: string | null;
};

/**
 * A past or current role assignment.
 *
 * @public
 */
export type RoleAssignmentRecord = RoleAssignment & {
  /** When the assignment ended (handed over); null while it is current. */
  endedAt: string | null;
};

/**
 * An incident as the API returns it. Times are ISO 8601 strings; a milestone not yet
 * reached is null.
 *
 * @public
 */
export type Incident = {
  id: string;
  /** The human reference, `INC-42`. */
  number: string;
  title: string;
  description: string | null;
  summary: string | null;
  impact: string | null;
  severity: string;
  status: IncidentStatus;
  mode: IncidentMode;
  security: boolean;
  drill: boolean;
  /** Affected catalog entities; the first is the primary one. */
  entityRefs: string[];
  /** Owners of the affected entities, from the catalog at declare time. */
  ownerRefs: string[];
  reporterRef: string;
  /** Current explicit assignments. The incident commander holds every other role. */
  roles: RoleAssignment[];
  impactStartedAt: string;
  detectedAt: string | null;
  declaredAt: string;
  mitigatedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  updatedAt: string;
};

/**
 * What a workspace step made: ids and links. `url` is the link to show, when the step
 * made something to open (the channel, the Meet, the doc, the sheet). A step that has
 * not finished may already carry part of its result (what it made before an error).
 *
 * @public
 */
export type WorkspaceStepResult = {
  url?: string;
  [field: string]: unknown;
};

/**
 * One action done outside Backstage for an incident (a Slack channel, a Google Meet, the
 * postmortem doc, the tracking-sheet row, a message), and where it stands.
 *
 * @public
 */
export type WorkspaceStep = {
  /** `slack.channel`, or `<kind>:<sequence>` for follow-ups such as `slack.status-update:12`. */
  key: string;
  kind: WorkspaceStepKind;
  status: WorkspaceStepStatus;
  /** Attempts made so far, including the one running. */
  attempts: number;
  /** Why the last attempt failed (also set while a pending step waits to retry). */
  lastError: string | null;
  /** Why a skipped step is skipped, as a code (see WORKSPACE_SKIP_REASONS). */
  skipCode: WorkspaceSkipCode | null;
  /** The same in English, e.g. Slack is not configured. */
  skipReason: string | null;
  result: WorkspaceStepResult | null;
  /** Steps that must finish first. */
  dependsOn: string[];
  /** When a pending step may run next (after a backoff); null when it may run now. */
  nextAttemptAt: string | null;
  createdAt: string;
  updatedAt: string;
};

/**
 * One incident with the history of its role assignments and its workspace steps.
 *
 * @public
 */
export type IncidentDetails = Incident & {
  roleHistory: RoleAssignmentRecord[];
  /** The workspace steps, in the order they were planned. */
  steps: WorkspaceStep[];
};

/**
 * Body of `POST /incidents/{id}/steps/retry`. Without `keys`, every failed step is
 * retried (and pending ones waiting for a backoff are tried now).
 *
 * @public
 */
export type RetryWorkspaceStepsRequest = {
  keys?: string[];
};

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
 * Body of `POST /incidents`.
 *
 * @public
 */
export type DeclareIncidentRequest = {
  title: string;
  severity: string;
  entityRefs: string[];
  description?: string;
  mode?: IncidentMode;
  security?: boolean;
  drill?: boolean;
  impactStartedAt?: string;
  detectedAt?: string;
  mitigatedAt?: string;
  resolvedAt?: string;
};

/**
 * Body of `PATCH /incidents/{id}`.
 *
 * @public
 */
export type UpdateIncidentRequest = {
  title?: string;
  description?: string | null;
  summary?: string | null;
  impact?: string | null;
  severity?: string;
  impactStartedAt?: string;
  detectedAt?: string | null;
  mitigatedAt?: string;
  resolvedAt?: string;
  closedAt?: string;
};

/**
 * Body of `POST /incidents/{id}/transitions`.
 *
 * @public
 */
export type TransitionIncidentRequest = {
  status: IncidentStatus;
  /** When the change took effect; defaults to now. */
  at?: string;
};

/**
 * Body of `PUT /incidents/{id}/roles/{role}`.
 *
 * @public
 */
export type AssignRoleRequest = {
  userRef: string;
  note?: string;
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

/**
 * Filters of `GET /incidents`.
 *
 * @public
 */
export type ListIncidentsQuery = {
  entityRef?: string;
  ownerRef?: string;
  status?: IncidentStatus[];
  severity?: string[];
  /** Impact started at or after this time. */
  from?: string;
  /** Impact started before this time. */
  to?: string;
  /** Text in the title, description or number. */
  q?: string;
  limit?: number;
  cursor?: string;
};

/**
 * Response of `GET /incidents`: newest first (by start of impact).
 *
 * @public
 */
export type ListIncidentsResponse = {
  items: Incident[];
  /** Only on the first page. */
  totalItems?: number;
  nextCursor?: string;
};

/**
 * A role as `GET /config` describes it.
 *
 * @public
 */
export type RoleDefinition = {
  id: IncidentRole;
  name: string;
  description: string;
};

/**
 * A status and where it may go next.
 *
 * @public
 */
export type StatusDefinition = {
  id: IncidentStatus;
  name: string;
  transitions: IncidentStatus[];
};

/**
 * Response of `GET /config`.
 *
 * @public
 */
export type IncidentsConfigResponse = {
  severities: SeverityDefinition[];
  roles: RoleDefinition[];
  statuses: StatusDefinition[];
  /** Which workspace integrations are configured; the others' steps are skipped. */
  integrations: {
    slack: boolean;
    google: boolean;
  };
};

/**
 * The message published on the incidents signal channel after a change.
 *
 * @public
 */
export type IncidentChangedSignal = {
  type: 'incident-changed';
  incidentId: string;
  number: string;
  entityRefs: string[];
  ownerRefs: string[];
};
