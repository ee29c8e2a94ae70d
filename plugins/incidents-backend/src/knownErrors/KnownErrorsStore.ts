import {
  KnownError,
  KnownErrorDetails,
  KnownErrorStatus,
} from '@incident-response/backstage-plugin-incidents-common';
import { IncidentCriteria } from '../lib/incidentAccess';
import { KnownErrorCriteria } from '../lib/knownErrorAccess';
import { SearchQuery } from './fullText';
import { SearchedTexts } from './fullText';
import { FormCounts } from './textRelevance';

/** The text and status fields of a known error, as an edit changes them. */
export type KnownErrorFields = {
  title: string;
  symptoms: string;
  rootCause: string | null;
  workaround: string | null;
  permanentFix: string | null;
  fixUrl: string | null;
  status: KnownErrorStatus;
};

/** A validated known error, ready to be stored. Owners and incidents are resolved. */
export type NewKnownError = KnownErrorFields & {
  entityRefs: string[];
  ownerRefs: string[];
  createdBy: string;
  /** Incidents it caused, by id. */
  incidentIds: string[];
};

/** What an edit writes, computed from the known error as it stands. */
export type KnownErrorUpdate = {
  fields: Partial<KnownErrorFields>;
  /** New affected entities and their owners, when they change. */
  entities?: { entityRefs: string[]; ownerRefs: string[] };
  /** Each changed field's old and new value, for the history. */
  changes: Record<string, { from: unknown; to: unknown }>;
};

export type KnownErrorListFilter = {
  entityRef?: string;
  ownerRef?: string;
  statuses?: KnownErrorStatus[];
  /** Words every result must contain (the last one may be a prefix), ranked by relevance. */
  text?: SearchQuery;
  /** Only the known errors the caller may see (undefined: all). */
  visibleTo?: KnownErrorCriteria;
};

/**
 * Where a page starts: after this relevance and number with a text query, else after
 * this last-seen time (0 when never seen) and number.
 */
export type KnownErrorListPosition = { sort: number; number: number };

export type KnownErrorListPage = {
  items: KnownError[];
  totalItems?: number;
  next?: KnownErrorListPosition;
};

export type KnownErrorKey = { id: string } | { number: number };

/** What ranking a suggestion needs of a known error. */
export type KnownErrorRankingFacts = SearchedTexts & {
  id: string;
  number: number;
  incidentCount: number;
};

/** A known error that may explain an incident: related to it, or with matching words. */
export type KnownErrorCandidate = {
  id: string;
  /** The affected entities that are among the related ones asked about. */
  relatedEntityRefs: string[];
  /** Whether it is among the best full-text matches of the words asked about. */
  textMatch: boolean;
};

/**
 * Persistence of known errors. Every write and its history entries happen in one
 * transaction; links to incidents also write the incident's timeline.
 */
export interface KnownErrorsStore {
  /** Stores a new known error with the next number, linked to its incidents. */
  createKnownError(knownError: NewKnownError): Promise<KnownErrorDetails>;

  /** One known error, with the incidents it caused that `incidentsVisibleTo` keeps. */
  getKnownError(
    key: KnownErrorKey,
    options?: { incidentsVisibleTo?: IncidentCriteria },
  ): Promise<KnownErrorDetails | undefined>;

  listKnownErrors(options: {
    filter: KnownErrorListFilter;
    limit: number;
    after?: KnownErrorListPosition;
    includeTotal: boolean;
  }): Promise<KnownErrorListPage>;

  /**
   * Locks the known error, computes the edit from its current state and applies it with
   * a history entry. Errors thrown by `update` roll everything back. Throws
   * NotFoundError for an unknown id.
   */
  updateKnownError(
    id: string,
    actorRef: string,
    update: (current: KnownErrorDetails) => KnownErrorUpdate,
  ): Promise<KnownErrorDetails>;

  /**
   * Known errors that affect one of `relatedEntityRefs`, and the `limit` most relevant
   * (never retired) whose texts contain any word of `text`.
   */
  findCandidates(options: {
    relatedEntityRefs: string[];
    text?: SearchQuery;
    limit: number;
  }): Promise<KnownErrorCandidate[]>;

  /**
   * The ids of the incidents these references name (by id or `INC-n`), in the same
   * order; undefined for those that name no incident.
   */
  /** The ids of the incidents referenced (undefined where none, or none `visibleTo` keeps). */
  findIncidentIds(
    references: string[],
    visibleTo?: IncidentCriteria,
  ): Promise<Array<string | undefined>>;

  /**
   * What ranking needs of these known errors, by id: their searched texts, number and
   * recurrence. Retired ones are left out: they are never suggested.
   */
  getRankingFacts(ids: string[]): Promise<Map<string, KnownErrorRankingFacts>>;

  /** How many known errors there are, and how many contain each of these word forms. */
  formCounts(forms: string[]): Promise<FormCounts>;

  /** The known errors with these ids, in that order (unknown ids left out). */
  getKnownErrors(ids: string[]): Promise<KnownError[]>;
}
