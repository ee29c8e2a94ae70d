import type { TimelineEntryKind } from './timeline';

/**
 * Where a postmortem stands: being written, waiting for review, approved. A reviewer who
 * asks for changes sends it back to draft with a comment; so does reopening an approved
 * one.
 *
 * @public
 */
export const POSTMORTEM_STATUSES = ['draft', 'in-review', 'approved'] as const;

/** @public */
export type PostmortemStatus = (typeof POSTMORTEM_STATUSES)[number];

/**
 * The legal status changes. Back to draft needs a comment saying why.
 *
 * @public
 */
export const POSTMORTEM_STATUS_TRANSITIONS: Readonly<
  Record<PostmortemStatus, readonly PostmortemStatus[]>
> = {
  draft: ['in-review'],
  'in-review': ['approved', 'draft'],
  approved: ['draft'],
};

/**
 * The sections of a blameless postmortem (CDS handbook, INC rules), in their order.
 *
 * @public
 */
export const POSTMORTEM_SECTIONS = [
  'summary',
  'impact',
  'detection',
  'trigger',
  'rootCause',
  'resolution',
  'wentWell',
  'wentWrong',
  'gotLucky',
  'evidence',
] as const;

/** @public */
export type PostmortemSection = (typeof POSTMORTEM_SECTIONS)[number];

/**
 * The sections' texts, Markdown; empty until written.
 *
 * @public
 */
export type PostmortemSections = Record<PostmortemSection, string>;

/**
 * One entry of the postmortem's timeline, taken from the incident's timeline, which can
 * be marked important.
 *
 * @public
 */
export type PostmortemTimelineEntry = {
  entryId: string;
  kind: TimelineEntryKind;
  occurredAt: string;
  /** The entry's text, as the incident's timeline has it. */
  body: string;
  automatic: boolean;
  important: boolean;
};

/**
 * What a postmortem may contain at most, shared by the backend and the forms.
 *
 * @public
 */
export const POSTMORTEM_LIMITS = {
  sectionMaxLength: 50000,
  commentMaxLength: 5000,
  actionItemTitleMaxLength: 200,
  reasonMaxLength: 2000,
  urlMaxLength: 2000,
  pageSizeMax: 100,
  pageSizeDefault: 20,
} as const;

/**
 * What kind of action: reduce the impact of a recurrence, prevent it, detect it sooner,
 * or change how people work.
 *
 * @public
 */
export const ACTION_ITEM_KINDS = [
  'mitigate',
  'prevent',
  'detect',
  'process',
] as const;

/** @public */
export type ActionItemKind = (typeof ACTION_ITEM_KINDS)[number];

/** @public */
export const ACTION_ITEM_PRIORITIES = ['high', 'medium', 'low'] as const;

/** @public */
export type ActionItemPriority = (typeof ACTION_ITEM_PRIORITIES)[number];

/**
 * Where an action item stands. `wont-do` needs a reason.
 *
 * @public
 */
export const ACTION_ITEM_STATUSES = [
  'open',
  'in-progress',
  'done',
  'wont-do',
] as const;

/** @public */
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number];

/**
 * Statuses of items still to be done.
 *
 * @public
 */
export const OPEN_ACTION_ITEM_STATUSES: readonly ActionItemStatus[] = [
  'open',
  'in-progress',
];

/**
 * Statuses of items finished one way or the other: they have a completion day.
 *
 * @public
 */
export const COMPLETED_ACTION_ITEM_STATUSES: readonly ActionItemStatus[] = [
  'done',
  'wont-do',
];

/**
 * An action item of a postmortem: owned by a team, due by a date (8 weeks after it was
 * created unless said otherwise).
 *
 * @public
 */
export type ActionItem = {
  id: string;
  incidentId: string;
  incidentNumber: string;
  title: string;
  /** The catalog group that owns it. */
  ownerRef: string;
  /** The catalog user doing it, if one is named. */
  assigneeRef: string | null;
  /** The day it is due, `YYYY-MM-DD`. */
  dueOn: string;
  priority: ActionItemPriority;
  kind: ActionItemKind;
  status: ActionItemStatus;
  /** Why it will not be done (status `wont-do`). */
  reason: string | null;
  trackerUrl: string | null;
  /** The known error it removes, if any. */
  knownErrorId: string | null;
  /** The incident's affected entities, for lists by service. */
  entityRefs: string[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  /** When it was marked done or won't do. */
  completedAt: string | null;
  /**
   * The day it was done (or dropped), `YYYY-MM-DD`, which the SLO compares with its due
   * day: the day it was marked so, or an earlier day its editor gave.
   */
  completedOn: string | null;
};

/**
 * An incident's postmortem. Until it is first saved it is a prefilled draft
 * (`updatedAt` null).
 *
 * @public
 */
export type Postmortem = {
  incidentId: string;
  status: PostmortemStatus;
  /**
   * Required by the incident's severity (`postmortemRequired`); null while the severity
   * is to be assessed.
   */
  required: boolean | null;
  /** The postmortem owner, who is accountable for it: the role's holder. */
  ownerRef: string | null;
  sections: PostmortemSections;
  timeline: PostmortemTimelineEntry[];
  actionItems: ActionItem[];
  /** When it was last saved; null while it is only prefilled. Send it back to edit. */
  updatedAt: string | null;
  approvedAt: string | null;
  approvedBy: string | null;
  /** The comment of the last move back to draft, if any. */
  reviewComment: string | null;
};

/**
 * Body of `PATCH /incidents/{id}/postmortem`: the sections to change and the timeline
 * entries to mark or unmark, with the `updatedAt` the editor started from (null for the
 * first save); a stale one is a 409.
 *
 * @public
 */
export type UpdatePostmortemRequest = {
  updatedAt: string | null;
  sections?: Partial<PostmortemSections>;
  important?: Record<string, boolean>;
};

/**
 * Body of `POST /incidents/{id}/postmortem/transitions`.
 *
 * @public
 */
export type TransitionPostmortemRequest = {
  status: PostmortemStatus;
  comment?: string;
};

/**
 * Body of `POST /incidents/{id}/action-items`.
 *
 * @public
 */
export type CreateActionItemRequest = {
  title: string;
  ownerRef: string;
  assigneeRef?: string;
  dueOn?: string;
  priority?: ActionItemPriority;
  kind: ActionItemKind;
  trackerUrl?: string;
  knownErrorId?: string;
};

/**
 * Body of `PATCH /action-items/{id}`.
 *
 * @public
 */
export type UpdateActionItemRequest = {
  title?: string;
  ownerRef?: string;
  assigneeRef?: string | null;
  dueOn?: string;
  priority?: ActionItemPriority;
  kind?: ActionItemKind;
  status?: ActionItemStatus;
  reason?: string | null;
  trackerUrl?: string | null;
  knownErrorId?: string | null;
  /**
   * The day it was done, when that was before it was marked so (a mitigation done during
   * the response, recorded in the postmortem afterwards): a past or today's day, for an
   * item that is or becomes done or won't do.
   */
  completedOn?: string;
};

/**
 * Filters of `GET /action-items`.
 *
 * @public
 */
export type ListActionItemsQuery = {
  ownerRef?: string;
  entityRef?: string;
  status?: ActionItemStatus[];
  /** Only the open ones past their due day. */
  overdue?: boolean;
  limit?: number;
  cursor?: string;
};

/**
 * Response of `GET /action-items`: overdue first, then by due day.
 *
 * @public
 */
export type ListActionItemsResponse = {
  items: ActionItem[];
  totalItems?: number;
  nextCursor?: string;
};

/**
 * A saved postmortem as `GET /postmortems` lists it, with its incident: what the search
 * collator indexes. Only the sections, not the timeline or the action items.
 *
 * @public
 */
export type PostmortemListItem = {
  incidentId: string;
  /** `INC-42`. */
  incidentNumber: string;
  incidentTitle: string;
  /** Null while the severity is to be assessed. */
  severity: string | null;
  /** The incident's affected entities; the first is the primary one. */
  entityRefs: string[];
  status: PostmortemStatus;
  sections: PostmortemSections;
  updatedAt: string;
  updatedBy: string;
  approvedAt: string | null;
  approvedBy: string | null;
};

/**
 * Query of `GET /postmortems`.
 *
 * @public
 */
export type ListPostmortemsQuery = {
  limit?: number;
  cursor?: string;
};

/**
 * Response of `GET /postmortems`: the saved postmortems by incident number, oldest
 * first; security incidents' never.
 *
 * @public
 */
export type ListPostmortemsResponse = {
  items: PostmortemListItem[];
  /** Only on the first page. */
  totalItems?: number;
  nextCursor?: string;
};

/**
 * How many action items were done by their due day, among those whose due day has
 * passed, and how many are open past it now.
 *
 * @public
 */
export type ActionItemSloCounts = {
  due: number;
  doneByDueDay: number;
  /** `doneByDueDay / due`; null when nothing was due. */
  share: number | null;
  openOverdue: number;
};

/**
 * Response of `GET /action-items/slo`: overall, per month or quarter of the due day, per
 * owner team and per service.
 *
 * @public
 */
export type ActionItemSlo = {
  bucket: 'month' | 'quarter';
  overall: ActionItemSloCounts;
  buckets: Array<ActionItemSloCounts & { start: string }>;
  byTeam: Array<ActionItemSloCounts & { ownerRef: string }>;
  byService: Array<ActionItemSloCounts & { entityRef: string }>;
};

/**
 * Filters of `GET /action-items/slo`.
 *
 * @public
 */
export type ActionItemSloQuery = {
  ownerRef?: string;
  entityRef?: string;
  bucket?: 'month' | 'quarter';
  /** ISO times: the items whose due day falls within `[from, to)`. */
  from?: string;
  to?: string;
};

/**
 * Response of `PATCH /action-items/{id}`.
 *
 * @public
 */
export type UpdatedActionItem = ActionItem & {
  /** It completed the last open item of its known error, which may now be marked fixed. */
  knownErrorReadyToFix?: boolean;
};

/**
 * What every postmortem must say before it is reviewed (the INC rules: summary, impact,
 * root cause, resolution, evidence; the timeline comes from the incident), besides at
 * least one action item.
 *
 * @public
 */
export const POSTMORTEM_SECTIONS_NEEDED_FOR_REVIEW: readonly PostmortemSection[] =
  ['summary', 'impact', 'rootCause', 'resolution', 'evidence'];

/**
 * What a postmortem still lacks before it can be submitted for review: the empty
 * sections among those needed, and whether it has no action item.
 *
 * @public
 */
export function missingForReview(
  postmortem: Pick<Postmortem, 'sections' | 'actionItems'>,
): { sections: PostmortemSection[]; actionItem: boolean } {
  return {
    sections: POSTMORTEM_SECTIONS_NEEDED_FOR_REVIEW.filter(
      section => postmortem.sections[section].trim().length === 0,
    ),
    actionItem: postmortem.actionItems.length === 0,
  };
}
