import type { LinkedKnownError } from './knownErrors';
import { SeverityDefinition } from './severities';
import type { WorkspaceStep } from './workspace';

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
 * The English name of each status, as the API's `/config` and the Slack messages give it.
 *
 * @public
 */
export const INCIDENT_STATUS_NAMES: Readonly<Record<IncidentStatus, string>> = {
  active: 'Active',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
  closed: 'Closed',
};

/**
 * The English name and duty of each role (CDS handbook), as the API's `/config` and the
 * Slack messages give them.
 *
 * @public
 */
export const INCIDENT_ROLE_NAMES: Readonly<Record<IncidentRole, string>> = {
  'incident-commander': 'Incident commander',
  'operations-lead': 'Operations lead',
  'communications-lead': 'Communications lead',
  'policy-lead': 'Policy lead',
  'postmortem-owner': 'Postmortem owner',
  scribe: 'Scribe',
  reporter: 'Reporter',
};

/** @public */
export const INCIDENT_ROLE_DESCRIPTIONS: Readonly<
  Record<IncidentRole, string>
> = {
  'incident-commander':
    'Has overall responsibility and authority for the incident; holds every role not yet delegated.',
  'operations-lead':
    'Develops theories about what is broken, decides on changes and runs the technical team.',
  'communications-lead':
    'The public face of the incident: periodic updates to responders, stakeholders and users.',
  'policy-lead':
    'Assesses policy and privacy implications and advises the incident commander.',
  'postmortem-owner':
    'Accountable for the blameless postmortem, from draft to publication.',
  scribe: 'Records what is observed, decided and done in the timeline.',
  reporter: 'Declared the incident.',
};

/**
 * The roles a declarer takes: reporter, incident commander and operations lead (CDS).
 *
 * @public
 */
export const DECLARER_ROLES: readonly IncidentRole[] = [
  'reporter',
  'incident-commander',
  'operations-lead',
];

/**
 * Who holds `role` and how: the explicit assignment, or else the incident commander,
 * who holds every role not yet delegated.
 *
 * @public
 */
export function roleHolder(
  incident: Pick<Incident, 'roles'>,
  role: IncidentRole,
): { userRef?: string; explicit: boolean; assignment?: RoleAssignment } {
  const assignment = incident.roles.find(a => a.role === role);
  if (assignment) {
    return { userRef: assignment.userRef, explicit: true, assignment };
  }
  const commander = incident.roles.find(a => a.role === 'incident-commander');
  return { userRef: commander?.userRef, explicit: false };
}

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
  /** Null while the severity is to be assessed: declaring needs no more than a title. */
  severity: string | null;
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
 * One incident with the history of its role assignments and its workspace steps.
 *
 * @public
 */
export type IncidentDetails = Incident & {
  roleHistory: RoleAssignmentRecord[];
  /** The workspace steps, in the order they were planned. */
  steps: WorkspaceStep[];
  /** The known errors linked to it (that caused it), oldest link first. */
  knownErrors: LinkedKnownError[];
};

/**
 * Body of `POST /incidents`.
 *
 * @public
 */
export type DeclareIncidentRequest = {
  title: string;
  /** Left out (or null) when nobody knows yet: the severity is then to be assessed. */
  severity?: string | null;
  entityRefs: string[];
  description?: string;
  mode?: IncidentMode;
  security?: boolean;
  drill?: boolean;
  impactStartedAt?: string;
  detectedAt?: string;
  mitigatedAt?: string;
  resolvedAt?: string;
  /** Known errors the declarer recognised ("This is it"), linked at once. */
  knownErrorIds?: string[];
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
 * Filters of `GET /incidents`.
 *
 * @public
 */
export type ListIncidentsQuery = {
  entityRef?: string;
  ownerRef?: string;
  status?: IncidentStatus[];
  /** Severity ids; `UNASSESSED_SEVERITY_FILTER` matches the incidents still to be assessed. */
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
  postmortems: {
    /** How many days after its creation an action item is due unless said otherwise. */
    actionItemDueInDays: number;
  };
};

/**
 * The fields of an incident that an edit (`PATCH`) may change.
 *
 * @public
 */
export type EditableIncidentField = keyof UpdateIncidentRequest;

/**
 * What changed in an incident, as the use cases tell whatever reacts to it: the
 * workspace steps (Slack, Google), live updates, notifications. One shape per change,
 * written once.
 *
 * @public
 */
export type IncidentChange =
  | {
      type: 'declared';
      mode: IncidentMode;
      /** Known errors linked at declare time, then those suggested with a strong match. */
      knownErrors: { linked: string[]; suggested: string[] };
    }
  | {
      type: 'status-changed';
      from: IncidentStatus;
      to: IncidentStatus;
      /** When the change took effect. */
      at: string;
    }
  | {
      type: 'details-changed';
      /** Each edited field's value before and after. */
      fields: Partial<
        Record<
          EditableIncidentField,
          { from: string | null; to: string | null }
        >
      >;
    }
  | {
      /** A known error was linked to the incident (it caused it) or unlinked. */
      type: 'known-error-linked' | 'known-error-unlinked';
      knownErrorId: string;
    }
  | {
      type: 'role-assigned';
      role: IncidentRole;
      /** Who held the role before: the explicit holder, else the incident commander. */
      fromRef: string | null;
      toRef: string;
      /** The handoff note. */
      note: string | null;
    };
