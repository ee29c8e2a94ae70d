import { isOneOf } from './isOneOf';

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
  'slack.known-errors',
  'google.postmortem-render',
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
  'slack.known-errors',
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

/**
 * Whether `value` is a step kind this version knows.
 *
 * @public
 */
export function isWorkspaceStepKind(
  value: unknown,
): value is WorkspaceStepKind {
  return isOneOf(WORKSPACE_STEP_KINDS, value);
}

/**
 * The kind of a step key: `slack.status-update:12` -> `slack.status-update`. Follow-ups
 * (status and role changes, closing) have keys `<kind>:<sequence>`.
 *
 * @public
 */
export function stepKindOfKey(key: string): string {
  return key.split(':')[0];
}

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
 * Body of `POST /incidents/{id}/steps/retry`. Without `keys`, every failed step is
 * retried (and pending ones waiting for a backoff are tried now).
 *
 * @public
 */
export type RetryWorkspaceStepsRequest = {
  keys?: string[];
};
