import {
  ActionItem,
  ActionItemStatus,
  PostmortemListItem,
  PostmortemSections,
  PostmortemStatus,
} from '@incident-response/backstage-plugin-incidents-common';
import { IncidentCriteria } from '../lib/incidentAccess';
import { NewTimelineEntry } from '../database/timeline';
import { NewWorkspaceStep } from '../database/workspaceStepRows';

/** A postmortem as stored once saved. Times are ISO strings. */
export type StoredPostmortem = {
  incidentId: string;
  status: PostmortemStatus;
  sections: PostmortemSections;
  /**
   * The incident's timeline entries an editor marked important (true) or not (false);
   * the others keep the default of their kind.
   */
  important: Record<string, boolean>;
  updatedBy: string;
  updatedAt: string;
  approvedAt: string | null;
  approvedBy: string | null;
  reviewComment: string | null;
};

/** What a change to a postmortem writes, computed from the postmortem as it stands. */
export type PostmortemWrite = {
  status?: PostmortemStatus;
  sections?: PostmortemSections;
  important?: Record<string, boolean>;
  approved?: { at: string; by: string } | null;
  reviewComment?: string | null;
  /** Entries for the incident's timeline. */
  timeline?: NewTimelineEntry[];
  /** Workspace steps (outbox rows), written in the same transaction. */
  steps?: NewWorkspaceStep[];
};

/** A validated action item, ready to be stored. */
export type NewActionItem = Pick<
  ActionItem,
  | 'incidentId'
  | 'title'
  | 'ownerRef'
  | 'assigneeRef'
  | 'dueOn'
  | 'priority'
  | 'kind'
  | 'trackerUrl'
  | 'knownErrorId'
  | 'createdBy'
>;

/** The fields of an action item an edit changes. */
export type ActionItemFields = Partial<
  Pick<
    ActionItem,
    | 'title'
    | 'ownerRef'
    | 'assigneeRef'
    | 'dueOn'
    | 'priority'
    | 'kind'
    | 'status'
    | 'reason'
    | 'trackerUrl'
    | 'knownErrorId'
    | 'completedOn'
  >
>;

export type ActionItemListFilter = {
  ownerRef?: string;
  entityRef?: string;
  statuses?: ActionItemStatus[];
  /** Only open ones due before this day (`YYYY-MM-DD`). */
  overdueBefore?: string;
  /** Only those of the incidents the caller may see (undefined: all). */
  visibleTo?: IncidentCriteria;
};

/** Where a page starts: after this rank (0 overdue, 1 not), due day and id. */
export type ActionItemListPosition = {
  rank: number;
  dueOn: string;
  id: string;
};

/** Counts of the action-item SLO, for one group of items. */
export type SloCounts = {
  due: number;
  doneByDueDay: number;
  openOverdue: number;
};

/**
 * Persistence of postmortems and action items. Every write and its timeline entries
 * happen in one transaction.
 */
export interface PostmortemsStore {
  getPostmortem(incidentId: string): Promise<StoredPostmortem | undefined>;

  /**
   * Saved postmortems with their incident, by incident number, after `afterNumber`;
   * only those of the incidents `visibleTo` keeps (undefined: all), and never those of
   * security incidents.
   */
  listPostmortems(options: {
    limit: number;
    afterNumber?: number;
    includeTotal: boolean;
    visibleTo?: IncidentCriteria;
  }): Promise<{
    items: PostmortemListItem[];
    totalItems?: number;
    /** The incident number the next page starts after. */
    next?: number;
  }>;

  /**
   * Locks the incident's postmortem (or the lack of one), computes the change from it and
   * writes it: creates the postmortem when there was none. Errors thrown by `change` roll
   * everything back.
   */
  writePostmortem(
    incidentId: string,
    actorRef: string,
    change: (current: StoredPostmortem | undefined) => PostmortemWrite,
  ): Promise<StoredPostmortem>;

  createActionItem(
    item: NewActionItem,
    timeline: (item: ActionItem) => NewTimelineEntry,
  ): Promise<ActionItem>;

  getActionItem(id: string): Promise<ActionItem | undefined>;

  /**
   * Locks the item, computes the edit from it and applies it (a completion stamps
   * `completedAt`, a reopening clears it). Also says whether it completed the last open
   * item linked to its known error.
   */
  updateActionItem(
    id: string,
    change: (current: ActionItem) => {
      fields: ActionItemFields;
      timeline?: NewTimelineEntry;
    },
  ): Promise<{ item: ActionItem; knownErrorReadyToFix: boolean }>;

  /** The action items of an incident, oldest first. */
  incidentActionItems(incidentId: string): Promise<ActionItem[]>;

  /** Overdue first (relative to `today`), then by due day. */
  listActionItems(options: {
    filter: ActionItemListFilter;
    today: string;
    limit: number;
    after?: ActionItemListPosition;
    includeTotal: boolean;
  }): Promise<{
    items: ActionItem[];
    totalItems?: number;
    next?: ActionItemListPosition;
  }>;

  /**
   * Open items whose reminder is due: due by `soonUntil` and not yet told so, or past
   * `today` and not yet told so.
   */
  dueReminders(options: {
    today: string;
    soonUntil: string;
  }): Promise<{ dueSoon: ActionItem[]; overdue: ActionItem[] }>;

  /** Records that a reminder was sent, so it is sent once. */
  markReminded(
    id: string,
    reminder: 'due-soon' | 'overdue',
    now: number,
  ): Promise<void>;

  /**
   * The SLO counts of the items due before `today`, overall, per due month, per owner
   * and per affected entity.
   */
  sloCounts(options: {
    ownerRef?: string;
    entityRef?: string;
    dueFrom?: string;
    dueBefore?: string;
    today: string;
  }): Promise<{
    overall: SloCounts;
    byMonth: Array<SloCounts & { month: string }>;
    byOwner: Array<SloCounts & { ownerRef: string }>;
    byEntity: Array<SloCounts & { entityRef: string }>;
  }>;
}
