import {
  Incident,
  IncidentDetails,
  IncidentMode,
  IncidentRole,
  IncidentStatus,
  TimelineEntry,
} from '@incident-response/backstage-plugin-incidents-common';
import { NewTimelineEntry } from '../database/timeline';
import { IncidentCriteria } from '../lib/incidentAccess';
import { NewWorkspaceStep } from '../database/workspaceStepRows';

export type NewRoleAssignment = {
  role: IncidentRole;
  userRef: string;
  assignedByRef: string;
  note?: string;
};

/** A validated incident, ready to be stored. Owners are already resolved. */
export type NewIncident = {
  title: string;
  description?: string;
  /** Null: to be assessed. */
  severity: string | null;
  status: IncidentStatus;
  mode: IncidentMode;
  security: boolean;
  drill: boolean;
  entityRefs: string[];
  ownerRefs: string[];
  reporterRef: string;
  impactStartedAt: string;
  detectedAt?: string;
  declaredAt: string;
  mitigatedAt?: string;
  resolvedAt?: string;
  roles: NewRoleAssignment[];
  timeline: NewTimelineEntry[];
  /** The workspace steps (outbox rows), written in the same transaction. */
  steps?: NewWorkspaceStep[];
  /** Known errors that caused it, linked in the same transaction. */
  knownErrorIds?: string[];
};

export type IdempotencyClaim = {
  actorRef: string;
  key: string;
  requestHash: string;
};

export type IncidentFieldChanges = Partial<{
  title: string;
  description: string | null;
  summary: string | null;
  impact: string | null;
  severity: string;
  status: IncidentStatus;
  impactStartedAt: string;
  detectedAt: string | null;
  mitigatedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
}>;

/** What a change to an incident writes, computed from the incident as it stands. */
export type IncidentMutation = {
  fields?: IncidentFieldChanges;
  assignRole?: NewRoleAssignment;
  timeline: NewTimelineEntry[];
  /** Follow-up workspace steps (outbox rows), written in the same transaction. */
  steps?: NewWorkspaceStep[];
  /** Known errors to link to the incident or unlink from it, and who does it. */
  knownErrors?: { link?: string[]; unlink?: string[]; actorRef: string };
};

export type IncidentListFilter = {
  entityRef?: string;
  ownerRef?: string;
  statuses?: IncidentStatus[];
  severities?: string[];
  impactStartedFrom?: string;
  impactStartedBefore?: string;
  text?: string;
  /** Only the incidents the caller may see (undefined: all). */
  visibleTo?: IncidentCriteria;
};

/** The keyset position after which a page starts. */
export type IncidentListPosition = {
  impactStartedAt: string;
  number: number;
};

export type IncidentListPage = {
  items: Incident[];
  totalItems?: number;
  /** Where the next page starts, when there is one. */
  next?: IncidentListPosition;
};

export type IncidentKey = { id: string } | { number: number };

/**
 * Persistence of incidents. Every write and its timeline entries happen in one
 * transaction.
 */
export interface IncidentsStore {
  /**
   * Stores a new incident with the next incident number. With an idempotency claim, a
   * key already used with the same request returns the incident it created
   * (`replayed: true`); with another request it throws a ConflictError.
   */
  declareIncident(
    incident: NewIncident,
    idempotency?: IdempotencyClaim,
  ): Promise<{ incident: IncidentDetails; replayed: boolean }>;

  getIncident(key: IncidentKey): Promise<IncidentDetails | undefined>;

  listIncidents(options: {
    filter: IncidentListFilter;
    limit: number;
    after?: IncidentListPosition;
    includeTotal: boolean;
  }): Promise<IncidentListPage>;

  /**
   * Locks the incident, computes the change from its current state and applies it.
   * Errors thrown by `mutate` roll everything back. Throws NotFoundError for an unknown id.
   */
  mutateIncident(
    id: string,
    mutate: (current: IncidentDetails) => IncidentMutation,
  ): Promise<{ incident: IncidentDetails; timeline: TimelineEntry[] }>;

  getTimeline(incidentId: string): Promise<TimelineEntry[]>;

  /**
   * When each incident was last changed (any change to its fields or roles), as epoch
   * milliseconds, to tell whether a copy read earlier is still current.
   */
  incidentVersions(incidentIds: string[]): Promise<Map<string, number>>;
}
