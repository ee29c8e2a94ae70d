import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import { withRefusal } from '../lib/http/refusal';
import {
  CreateKnownErrorRequest,
  isOneOf,
  KNOWN_ERROR_LIMITS,
  KNOWN_ERROR_STATUS_TRANSITIONS,
  KNOWN_ERROR_STATUSES,
  KnownError,
  KnownErrorDetails,
  KnownErrorStatus,
  KnownErrorSuggestion,
  KnownErrorSuggestionReason,
  KnownErrorSuggestionsQuery,
  ListKnownErrorsQuery,
  ListKnownErrorsResponse,
  parseKnownErrorReference,
  UpdateKnownErrorRequest,
} from '@incident-response/backstage-plugin-incidents-common';
import { CatalogLookups } from '../catalog/CatalogLookups';
import { Actor } from '../lib/authorize';
import { IncidentCriteria } from '../lib/incidentAccess';
import {
  KnownErrorAccessFacts,
  KnownErrorCriteria,
  knownErrorMatches,
} from '../lib/knownErrorAccess';
import { KnownErrorChangeListeners } from '../lib/changeListeners';
import {
  decodeCursor,
  isCursorInteger,
  isCursorMillis,
  isCursorScore,
  keysetResponse,
} from '../lib/http/cursor';
import { parseScopeFilter } from '../lib/http/parseEntityRefs';
import {
  nonEmpty,
  optionalHttpUrl,
  optionalText,
} from '../lib/text/requestText';
import { searchQuery } from './fullText';
import {
  KnownErrorCandidate,
  KnownErrorFields,
  KnownErrorListPosition,
  KnownErrorsStore,
} from './KnownErrorsStore';
import { textRelevance } from './textRelevance';

const OPTIONAL_TEXT_FIELDS = [
  'rootCause',
  'workaround',
  'permanentFix',
] as const;

/**
 * How much each way of being related counts in a suggestion's rank; the text's
 * relevance adds up to 1 on top (the best text match of the candidates counts 1).
 */
const RELATION_WEIGHTS: Record<
  Exclude<KnownErrorSuggestionReason, 'text'>,
  number
> = { 'same-entity': 1, dependency: 0.6, 'same-system': 0.3 };

/**
 * How many known errors are ranked here at the most: the full-text index's best
 * matches for the words, and of the others related to the entity, the most closely
 * related (a busy system can have hundreds; the ones ranked here beat them anyway).
 */
const TEXT_CANDIDATES = 50;
const RELATED_CANDIDATES = 50;

/** A suggestion before it is shown: why, how well the words match, and its rank. */
type RankedSuggestion = {
  id: string;
  number: number;
  incidentCount: number;
  reasons: KnownErrorSuggestionReason[];
  score: number;
  matchedShare: number;
};

/** A list position: the relevance score when searching, the last-seen time otherwise. */
function parseListPosition(
  values: unknown[],
  searching: boolean,
): KnownErrorListPosition | undefined {
  const [sort, number] = values;
  return (searching ? isCursorScore(sort) : isCursorMillis(sort)) &&
    isCursorInteger(number)
    ? { sort: sort as number, number }
    : undefined;
}

/**
 * The known-error database's use cases: record, edit, browse and search known errors,
 * and find the ones that may explain an incident.
 */
export class KnownErrorsService {
  constructor(
    private readonly deps: {
      store: KnownErrorsStore;
      catalogLookups: CatalogLookups;
      listeners: KnownErrorChangeListeners;
    },
  ) {}

  /** Records a known error; the incidents it names must be ones `incidentsVisibleTo` keeps. */
  async create(
    request: CreateKnownErrorRequest,
    actor: Actor,
    incidentsVisibleTo?: IncidentCriteria,
  ): Promise<KnownError> {
    const title = nonEmpty(request.title, 'title');
    const symptoms = nonEmpty(request.symptoms, 'symptoms');
    const fixUrl = optionalHttpUrl(request.fixUrl, 'fixUrl');
    const workaround = optionalText(request.workaround);
    const incidentIds = await this.resolveIncidents(
      request.incidentRefs ?? [],
      incidentsVisibleTo,
    );
    const { entityRefs, ownerRefs } =
      await this.deps.catalogLookups.resolveAffectedEntities(
        request.entityRefs,
        actor.credentials,
      );
    const created = await this.deps.store.createKnownError({
      title,
      symptoms,
      rootCause: optionalText(request.rootCause),
      workaround,
      permanentFix: optionalText(request.permanentFix),
      fixUrl,
      status: request.status ?? (workaround ? 'workaround' : 'investigating'),
      entityRefs,
      ownerRefs,
      createdBy: actor.userRef,
      incidentIds,
    });
    await this.deps.listeners.notify({
      knownError: created,
      incidentIds,
    });
    const { incidents: _incidents, history: _history, ...knownError } = created;
    return knownError;
  }

  /** What the permission rules read of these known errors; undefined for unknown ids. */
  async accessFacts(
    ids: string[],
  ): Promise<Array<KnownErrorAccessFacts | undefined>> {
    const found = await this.deps.store.getKnownErrors(ids);
    return ids.map(id => found.find(knownError => knownError.id === id));
  }

  /** One known error, with the incidents it caused that `incidentsVisibleTo` keeps. */
  async get(
    reference: string,
    incidentsVisibleTo?: IncidentCriteria,
  ): Promise<KnownErrorDetails> {
    const key = parseKnownErrorReference(reference);
    const knownError = key
      ? await this.deps.store.getKnownError(key, { incidentsVisibleTo })
      : undefined;
    if (!knownError) {
      throw new NotFoundError(`No known error ${reference}`);
    }
    return knownError;
  }

  /** A page of the known errors `visibleTo` lets the caller see. */
  async list(
    query: ListKnownErrorsQuery,
    visibleTo: KnownErrorCriteria | undefined,
  ): Promise<ListKnownErrorsResponse> {
    const text = searchQuery(query.q, 'all');
    const after = query.cursor
      ? decodeCursor(query.cursor, values =>
          parseListPosition(values, text !== undefined),
        )
      : undefined;
    const page = await this.deps.store.listKnownErrors({
      filter: {
        ...parseScopeFilter(query),
        statuses: query.status,
        text,
        visibleTo,
      },
      limit: query.limit ?? KNOWN_ERROR_LIMITS.pageSizeDefault,
      after,
      includeTotal: !after,
    });
    return keysetResponse(page, next => [next.sort, next.number]);
  }

  async update(
    reference: string,
    request: UpdateKnownErrorRequest,
    actor: Actor,
  ): Promise<KnownErrorDetails> {
    const { id } = await this.get(reference);
    const fixUrl =
      request.fixUrl === undefined
        ? undefined
        : optionalHttpUrl(request.fixUrl, 'fixUrl');
    const entities = request.entityRefs
      ? await this.deps.catalogLookups.resolveAffectedEntities(
          request.entityRefs,
          actor.credentials,
        )
      : undefined;
    const updated = await this.deps.store.updateKnownError(
      id,
      actor.userRef,
      current => {
        const fields: Partial<KnownErrorFields> = {};
        const changes: Record<string, { from: unknown; to: unknown }> = {};
        const change = <K extends keyof KnownErrorFields>(
          field: K,
          value: KnownErrorFields[K] | undefined,
        ) => {
          if (value !== undefined && value !== current[field]) {
            fields[field] = value;
            changes[field] = { from: current[field], to: value };
          }
        };
        change(
          'title',
          request.title === undefined
            ? undefined
            : nonEmpty(request.title, 'title'),
        );
        change(
          'symptoms',
          request.symptoms === undefined
            ? undefined
            : nonEmpty(request.symptoms, 'symptoms'),
        );
        for (const field of OPTIONAL_TEXT_FIELDS) {
          change(
            field,
            request[field] === undefined
              ? undefined
              : optionalText(request[field]),
          );
        }
        change('fixUrl', fixUrl);
        if (request.status !== undefined && request.status !== current.status) {
          this.assertStatusMove(current, request.status);
          change('status', request.status);
        }
        const entitiesChanged =
          entities &&
          entities.entityRefs.join('\n') !== current.entityRefs.join('\n');
        if (entitiesChanged) {
          changes.entityRefs = {
            from: current.entityRefs,
            to: entities.entityRefs,
          };
        }
        return {
          fields,
          changes,
          entities: entitiesChanged ? entities : undefined,
        };
      },
    );
    await this.deps.listeners.notify({ knownError: updated, incidentIds: [] });
    return updated;
  }

  /**
   * Known errors that may explain an incident being declared on `entityRef` with the
   * words `text`, best first: those affecting the entity, then what it depends on or
   * what depends on it, then its system, each moved up by how well its texts match.
   * Retired known errors are never suggested.
   */
  async suggest(
    query: KnownErrorSuggestionsQuery,
    credentials: BackstageCredentials,
    visibleTo: KnownErrorCriteria | undefined,
  ): Promise<KnownErrorSuggestion[]> {
    const limit = query.limit ?? KNOWN_ERROR_LIMITS.suggestionsDefault;
    const ranked = await this.rank(query, credentials);
    // Under a policy with conditions, those the caller may not see are left out before
    // the list is cut to its length; otherwise only the best are read.
    const candidates = visibleTo ? ranked : ranked.slice(0, limit);
    const knownErrors = (
      await this.deps.store.getKnownErrors(candidates.map(r => r.id))
    ).filter(ke => !visibleTo || knownErrorMatches(visibleTo, ke));
    return candidates
      .filter(({ id }) => knownErrors.some(ke => ke.id === id))
      .slice(0, limit)
      .flatMap(({ id, reasons }) =>
        knownErrors
          .filter(ke => ke.id === id)
          .map(ke => ({
            id: ke.id,
            number: ke.number,
            title: ke.title,
            status: ke.status,
            workaround: ke.workaround,
            entityRefs: ke.entityRefs,
            incidentCount: ke.incidentCount,
            reasons,
          })),
      );
  }

  /**
   * The suggestions strong enough to tell responders about unasked (the incident
   * channel's first messages): known errors on the entity or what it depends on whose
   * texts contain at least half of the incident's words.
   */
  async strongSuggestions(
    query: { entityRef: string; text: string },
    credentials: BackstageCredentials,
  ): Promise<string[]> {
    const ranked = await this.rank(query, credentials);
    return ranked
      .slice(0, KNOWN_ERROR_LIMITS.suggestionsDefault)
      .filter(
        r =>
          (r.reasons.includes('same-entity') ||
            r.reasons.includes('dependency')) &&
          r.matchedShare >= 0.5,
      )
      .map(r => r.id);
  }

  /**
   * Every candidate ranked: the full-text index finds those with matching words, the
   * catalog those related to the entity, and the score is computed here, the same way
   * on every database: the relation's weight plus the text's relevance (the best
   * match counting 1). Ties go to the one that recurred most, then the newest.
   */
  private async rank(
    query: KnownErrorSuggestionsQuery,
    credentials: BackstageCredentials,
  ): Promise<RankedSuggestion[]> {
    if (!query.entityRef && !query.text?.trim()) {
      throw new InputError(
        'entityRef or text: give the entity the incident is on, the words describing it, or both',
      );
    }
    const related = query.entityRef
      ? await this.deps.catalogLookups.relatedEntities(
          query.entityRef,
          'entityRef',
          credentials,
        )
      : undefined;
    const text = searchQuery(query.text, 'any');
    const relationOf = new Map<
      string,
      Exclude<KnownErrorSuggestionReason, 'text'>
    >();
    if (related) {
      related.system.forEach(ref => relationOf.set(ref, 'same-system'));
      related.dependencies.forEach(ref => relationOf.set(ref, 'dependency'));
      relationOf.set(related.entityRef, 'same-entity');
    }
    const relationWeight = (candidate: KnownErrorCandidate) =>
      Math.max(
        0,
        ...candidate.relatedEntityRefs.map(
          ref => RELATION_WEIGHTS[relationOf.get(ref)!],
        ),
      );
    const found = await this.deps.store.findCandidates({
      relatedEntityRefs: [...relationOf.keys()],
      text,
      limit: TEXT_CANDIDATES,
    });
    const candidates = [
      ...found.filter(candidate => candidate.textMatch),
      ...found
        .filter(candidate => !candidate.textMatch)
        .sort((a, b) => relationWeight(b) - relationWeight(a))
        .slice(0, RELATED_CANDIDATES),
    ];
    const [facts, counts] = await Promise.all([
      this.deps.store.getRankingFacts(candidates.map(c => c.id)),
      text
        ? this.deps.store.formCounts(text.words.flatMap(word => word.forms))
        : undefined,
    ]);
    const scored = candidates
      .filter(candidate => facts.has(candidate.id))
      .map(candidate => {
        const knownError = facts.get(candidate.id)!;
        const relevance =
          text && counts
            ? textRelevance(text, knownError, counts)
            : { score: 0, matchedShare: 0 };
        return { candidate, knownError, relevance };
      });
    const bestText = Math.max(0, ...scored.map(s => s.relevance.score));
    return scored
      .map(({ candidate, knownError, relevance }) => {
        const reasons = this.reasons(
          candidate,
          relationOf,
          relevance.score > 0,
        );
        return {
          id: knownError.id,
          incidentCount: knownError.incidentCount,
          number: knownError.number,
          reasons,
          score:
            relationWeight(candidate) +
            (bestText > 0 ? relevance.score / bestText : 0),
          matchedShare: relevance.matchedShare,
        };
      })
      .sort(
        (a, b) =>
          b.score - a.score ||
          b.incidentCount - a.incidentCount ||
          b.number - a.number,
      );
  }

  private reasons(
    candidate: KnownErrorCandidate,
    relationOf: Map<string, Exclude<KnownErrorSuggestionReason, 'text'>>,
    textMatches: boolean,
  ): KnownErrorSuggestionReason[] {
    const reasons = new Set<KnownErrorSuggestionReason>(
      candidate.relatedEntityRefs.flatMap(ref => relationOf.get(ref) ?? []),
    );
    if (textMatches) {
      reasons.add('text');
    }
    const order: readonly KnownErrorSuggestionReason[] = [
      'same-entity',
      'dependency',
      'same-system',
      'text',
    ];
    return order.filter(reason => reasons.has(reason));
  }

  private assertStatusMove(current: KnownErrorDetails, to: KnownErrorStatus) {
    if (!isOneOf(KNOWN_ERROR_STATUSES, to)) {
      throw new InputError(
        `status: '${to}' is not one of ${KNOWN_ERROR_STATUSES.join(', ')}`,
      );
    }
    const legal = KNOWN_ERROR_STATUS_TRANSITIONS[current.status];
    if (!legal.includes(to)) {
      throw withRefusal(
        new InputError(
          `status: ${current.number} is ${
            current.status
          }; it can become ${legal.join(' or ')}, not ${to}`,
        ),
        {
          code: 'known-error-status-not-allowed',
          values: {
            number: current.number,
            from: current.status,
            to,
            allowed: [...legal],
          },
        },
      );
    }
  }

  /** The ids of incidents named by id or number; 400 naming the first unknown one. */
  private async resolveIncidents(
    refs: string[],
    visibleTo: IncidentCriteria | undefined,
  ): Promise<string[]> {
    const ids = await this.deps.store.findIncidentIds(refs, visibleTo);
    const unknown = refs.findIndex((_, index) => ids[index] === undefined);
    if (unknown >= 0) {
      throw new InputError(
        `incidentRefs[${unknown}]: no incident ${refs[unknown]}`,
      );
    }
    return [...new Set(ids as string[])];
  }
}
