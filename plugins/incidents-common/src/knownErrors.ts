import type { IncidentStatus } from './incidents';
import { parseReference } from './incidentNumber';

/**
 * Where a known error stands, in plain words: the cause is being looked for; people can
 * work around it; the permanent fix is being made; it is fixed; or it no longer
 * applies (the service is gone, or it was a duplicate). ITIL: a known error is "a
 * problem that has been analyzed and has not been resolved".
 *
 * @public
 */
export const KNOWN_ERROR_STATUSES = [
  'investigating',
  'workaround',
  'fix-in-progress',
  'fixed',
  'retired',
] as const;

/** @public */
export type KnownErrorStatus = (typeof KNOWN_ERROR_STATUSES)[number];

/**
 * The legal status changes. Forward moves may skip steps; a fixed known error that
 * recurs goes back to any earlier status, and a retired one can be looked at again.
 *
 * @public
 */
export const KNOWN_ERROR_STATUS_TRANSITIONS: Readonly<
  Record<KnownErrorStatus, readonly KnownErrorStatus[]>
> = {
  investigating: ['workaround', 'fix-in-progress', 'fixed', 'retired'],
  workaround: ['fix-in-progress', 'fixed', 'retired'],
  'fix-in-progress': ['workaround', 'fixed', 'retired'],
  fixed: ['investigating', 'workaround', 'fix-in-progress', 'retired'],
  retired: ['investigating'],
};

/**
 * The English name of each status, as the API gives it and Slack shows it.
 *
 * @public
 */
export const KNOWN_ERROR_STATUS_NAMES: Readonly<
  Record<KnownErrorStatus, string>
> = {
  investigating: 'Investigating',
  workaround: 'Workaround available',
  'fix-in-progress': 'Fix in progress',
  fixed: 'Fixed',
  retired: 'Retired',
};

/**
 * `7` -> `KE-7`.
 *
 * @public
 */
export function formatKnownErrorNumber(sequence: number): string {
  return `KE-${sequence}`;
}

/**
 * `KE-7` (any case) -> `7`; anything else -> undefined.
 *
 * @public
 */
export function parseKnownErrorNumber(reference: string): number | undefined {
  const match = /^KE-(\d{1,9})$/i.exec(reference.trim());
  return match ? Number(match[1]) : undefined;
}

/**
 * What a reference to a known error names: its number (`KE-7`, any case) or its id (a
 * UUID); undefined when it is neither.
 *
 * @public
 */
export function parseKnownErrorReference(
  reference: string,
): { number: number } | { id: string } | undefined {
  return parseReference(reference, parseKnownErrorNumber);
}

/**
 * Input limits, shared by the backend's validation and the frontend's forms.
 *
 * @public
 */
export const KNOWN_ERROR_LIMITS = {
  titleMaxLength: 200,
  textMaxLength: 20000,
  urlMaxLength: 2000,
  entityRefsMaxItems: 20,
  incidentRefsMaxItems: 50,
  queryMaxLength: 500,
  pageSizeMax: 100,
  pageSizeDefault: 20,
  suggestionsDefault: 5,
  suggestionsMax: 20,
} as const;

/**
 * A known error as the API returns it. `workaround` and the other texts are Markdown.
 *
 * @public
 */
export type KnownError = {
  id: string;
  /** The human reference, `KE-7`. */
  number: string;
  title: string;
  /** What people see: messages, error codes, graphs. */
  symptoms: string;
  rootCause: string | null;
  workaround: string | null;
  /** What will remove it for good. */
  permanentFix: string | null;
  /** The tracker issue or change that makes the permanent fix. */
  fixUrl: string | null;
  status: KnownErrorStatus;
  /** Affected catalog entities (components, systems, APIs, resources). */
  entityRefs: string[];
  /** Owners of the affected entities, from the catalog. */
  ownerRefs: string[];
  /** How many incidents it caused (linked incidents). */
  incidentCount: number;
  /** When the impact of the latest linked incident started; null before the first. */
  lastSeenAt: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
};

/**
 * An incident a known error caused, as its page lists it.
 *
 * @public
 */
export type KnownErrorIncident = {
  id: string;
  number: string;
  title: string;
  status: IncidentStatus;
  /** Null while the severity is to be assessed. */
  severity: string | null;
  declaredAt: string;
};

/**
 * What happened to a known error: created, edited (each field's old and new value),
 * status changed, an incident linked or unlinked.
 *
 * @public
 */
export type KnownErrorHistoryEntry = {
  id: string;
  kind:
    | 'created'
    | 'updated'
    | 'status-changed'
    | 'incident-linked'
    | 'incident-unlinked';
  actorRef: string;
  at: string;
  /** For `updated` and `status-changed`: each field's value before and after. */
  changes: Record<string, { from: unknown; to: unknown }> | null;
  /** For `incident-linked` and `incident-unlinked`. */
  incident: { id: string; number: string } | null;
};

/**
 * One known error with the incidents it caused (newest first) and its history (oldest
 * first).
 *
 * @public
 */
export type KnownErrorDetails = KnownError & {
  incidents: KnownErrorIncident[];
  history: KnownErrorHistoryEntry[];
};

/**
 * A known error as an incident shows it.
 *
 * @public
 */
export type LinkedKnownError = Pick<
  KnownError,
  'id' | 'number' | 'title' | 'status' | 'workaround'
>;

/**
 * Why a known error is suggested for an incident on an entity: it affects that entity;
 * it affects something the entity depends on, or that depends on it; it affects another
 * part of the same system; its words match the words given.
 *
 * @public
 */
export const KNOWN_ERROR_SUGGESTION_REASONS = [
  'same-entity',
  'dependency',
  'same-system',
  'text',
] as const;

/** @public */
export type KnownErrorSuggestionReason =
  (typeof KNOWN_ERROR_SUGGESTION_REASONS)[number];

/**
 * A known error that may explain an incident being declared.
 *
 * @public
 */
export type KnownErrorSuggestion = Pick<
  KnownError,
  | 'id'
  | 'number'
  | 'title'
  | 'status'
  | 'workaround'
  | 'entityRefs'
  | 'incidentCount'
> & { reasons: KnownErrorSuggestionReason[] };

/**
 * Body of `POST /known-errors`.
 *
 * @public
 */
export type CreateKnownErrorRequest = {
  title: string;
  symptoms: string;
  entityRefs: string[];
  rootCause?: string;
  workaround?: string;
  permanentFix?: string;
  fixUrl?: string;
  status?: KnownErrorStatus;
  /** Incidents it caused, by id or number. */
  incidentRefs?: string[];
};

/**
 * Body of `PATCH /known-errors/{id}`: the fields to change (null clears an optional one).
 *
 * @public
 */
export type UpdateKnownErrorRequest = {
  title?: string;
  symptoms?: string;
  entityRefs?: string[];
  rootCause?: string | null;
  workaround?: string | null;
  permanentFix?: string | null;
  fixUrl?: string | null;
  status?: KnownErrorStatus;
};

/**
 * Filters of `GET /known-errors`.
 *
 * @public
 */
export type ListKnownErrorsQuery = {
  /** Words in the title, symptoms, root cause or workaround; ranks by relevance. */
  q?: string;
  entityRef?: string;
  ownerRef?: string;
  status?: KnownErrorStatus[];
  limit?: number;
  cursor?: string;
};

/**
 * Response of `GET /known-errors`: by relevance with `q`, else most recently seen first.
 *
 * @public
 */
export type ListKnownErrorsResponse = {
  items: KnownError[];
  /** Only on the first page. */
  totalItems?: number;
  nextCursor?: string;
};

/**
 * Query of `GET /known-errors/suggestions`.
 *
 * @public
 */
export type KnownErrorSuggestionsQuery = {
  entityRef?: string;
  text?: string;
  limit?: number;
};
