import type { IncidentMilestone, IncidentStatus } from './incidents';
import type { KnownErrorStatus } from './knownErrors';
import type { MetricBucket } from './metrics';
import { isOneOf } from './isOneOf';
import type { PostmortemSection, PostmortemStatus } from './postmortems';

/**
 * The refusals a user can meet from the UI, by reason, with the values their words
 * need. The backend puts the reason in the error's `code` and these in its `values`
 * (`{ error: { name: 'ConflictError', message, code, values } }`), so the UI can say
 * it in the reader's language; the English `message` stays for other API consumers.
 *
 * @public
 */
export type IncidentsRefusalValues = {
  /** The incident's status cannot go from `from` to `to`; it can go to `allowed`. */
  'incident-status-not-allowed': {
    number: string;
    from: IncidentStatus;
    to: IncidentStatus;
    allowed: IncidentStatus[];
  };
  /** Closing waits for the severity, which decides whether a postmortem is required. */
  'close-needs-severity': { number: string };
  /** Closing waits for the postmortem that `severity` requires to be approved. */
  'close-needs-approved-postmortem': {
    number: string;
    severity: string;
    postmortemStatus: PostmortemStatus;
  };
  /** A milestone set by a status change the incident has not had (or has undone). */
  'milestone-not-reached': {
    number: string;
    status: IncidentStatus;
    milestone: IncidentMilestone;
  };
  /** The same Idempotency-Key came with a different declaration. */
  'idempotency-key-reused': Record<string, never>;
  /** None of the workspace steps asked for (or none at all) has failed. */
  'no-failed-steps': { number: string };
  /** Someone saved the postmortem after the version this edit started from. */
  'postmortem-saved-since': {
    number: string;
    updatedBy: string | null;
    updatedAt: string | null;
  };
  /** Only a postmortem in draft can be edited. */
  'postmortem-not-draft': {
    number: string;
    postmortemStatus: PostmortemStatus;
  };
  /** The postmortem's status cannot go from `from` to `to`; it can go to `allowed`. */
  'postmortem-status-not-allowed': {
    number: string;
    from: PostmortemStatus;
    to: PostmortemStatus;
    allowed: PostmortemStatus[];
  };
  /** Review needs these sections written and, when `actionItem`, an action item. */
  'postmortem-not-ready': {
    number: string;
    sections: PostmortemSection[];
    actionItem: boolean;
  };
  /** The known error's status cannot go from `from` to `to`; it can go to `allowed`. */
  'known-error-status-not-allowed': {
    number: string;
    from: KnownErrorStatus;
    to: KnownErrorStatus;
    allowed: KnownErrorStatus[];
  };
  /** The metrics' period holds more than `max` buckets of this size. */
  'too-many-buckets': { bucket: MetricBucket; max: number };
};

/** @public */
export type IncidentsRefusalCode = keyof IncidentsRefusalValues;

/**
 * A refusal's reason and values, as the backend attaches them to the error it throws.
 *
 * @public
 */
export type IncidentsRefusal = {
  [C in IncidentsRefusalCode]: { code: C; values: IncidentsRefusalValues[C] };
}[IncidentsRefusalCode];

// A record, so that a reason added to the type but not here fails to compile.
const REFUSAL_CODES: Record<IncidentsRefusalCode, true> = {
  'incident-status-not-allowed': true,
  'close-needs-severity': true,
  'close-needs-approved-postmortem': true,
  'milestone-not-reached': true,
  'idempotency-key-reused': true,
  'no-failed-steps': true,
  'postmortem-saved-since': true,
  'postmortem-not-draft': true,
  'postmortem-status-not-allowed': true,
  'postmortem-not-ready': true,
  'known-error-status-not-allowed': true,
  'too-many-buckets': true,
};

/**
 * Every refusal code, for clients to tell the ones they know from newer ones.
 *
 * @public
 */
export const INCIDENTS_REFUSAL_CODES = Object.keys(
  REFUSAL_CODES,
) as readonly IncidentsRefusalCode[];

/**
 * The refusal a serialized error carries (`response.body.error`), if it is one this
 * version knows.
 *
 * @public
 */
export function refusalOf(
  serializedError: unknown,
): IncidentsRefusal | undefined {
  const { code, values } = (serializedError ?? {}) as {
    code?: unknown;
    values?: unknown;
  };
  if (
    isOneOf(INCIDENTS_REFUSAL_CODES, code) &&
    typeof values === 'object' &&
    values !== null
  ) {
    return { code, values } as IncidentsRefusal;
  }
  return undefined;
}
