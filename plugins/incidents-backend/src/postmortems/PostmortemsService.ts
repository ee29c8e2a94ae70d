import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { withRefusal } from '../lib/http/refusal';
import {
  ActionItem,
  ActionItemSlo,
  ActionItemSloCounts,
  ActionItemSloQuery,
  COMPLETED_ACTION_ITEM_STATUSES,
  CreateActionItemRequest,
  IncidentDetails,
  IncidentStatus,
  isOneOf,
  ListActionItemsQuery,
  ListActionItemsResponse,
  ListPostmortemsQuery,
  ListPostmortemsResponse,
  missingForReview,
  Postmortem,
  POSTMORTEM_LIMITS,
  POSTMORTEM_SECTIONS,
  POSTMORTEM_STATUS_TRANSITIONS,
  PostmortemSection,
  PostmortemSections,
  roleHolder,
  SeverityDefinition,
  TransitionPostmortemRequest,
  UpdateActionItemRequest,
  UpdatedActionItem,
  UpdatePostmortemRequest,
} from '@incident-response/backstage-plugin-incidents-common';
import { CatalogLookups } from '../catalog/CatalogLookups';
import { NewTimelineEntry } from '../database/timeline';
import { getIncidentByReference } from '../incidents/incidentReference';
import { IncidentsStore } from '../incidents/IncidentsStore';
import { StatusChangeGuard } from '../incidents/StatusChangeGuard';
import { KnownErrorsService } from '../knownErrors/KnownErrorsService';
import { Actor } from '../lib/authorize';
import {
  accessFactsOf,
  IncidentAccessFacts,
  IncidentCriteria,
} from '../lib/incidentAccess';
import {
  ChangeListener,
  IncidentChangedEvent,
  IncidentChangeListeners,
} from '../lib/changeListeners';
import {
  decodeCursor,
  isCursorInteger,
  keysetResponse,
} from '../lib/http/cursor';
import { parseScopeFilter } from '../lib/http/parseEntityRefs';
import {
  nonEmpty,
  optionalHttpUrl,
  optionalText,
  requestTimeRange,
} from '../lib/text/requestText';
import { addDays, dayOf, parseDay } from './days';
import { PostmortemNotifier } from './PostmortemNotifier';
import { PostmortemReactions } from './PostmortemReactions';
import {
  ActionItemFields,
  ActionItemListPosition,
  PostmortemsStore,
  SloCounts,
  StoredPostmortem,
} from './PostmortemsStore';
import { postmortemTimeline } from './postmortemTimeline';
import { PostmortemSettings } from './readPostmortemSettings';

const SECTION_NAMES: Record<PostmortemSection, string> = {
  summary: 'summary',
  impact: 'impact',
  detection: 'detection',
  trigger: 'trigger',
  rootCause: 'root cause',
  resolution: 'resolution',
  wentWell: 'what went well',
  wentWrong: 'what went wrong',
  gotLucky: 'where we got lucky',
  evidence: 'evidence',
};

const STATUS_NAMES = {
  draft: 'in draft',
  'in-review': 'in review',
  approved: 'approved',
} as const;

function sameTime(a: string | null, b: string | null): boolean {
  return a === null || b === null ? a === b : Date.parse(a) === Date.parse(b);
}

function parseListPosition(
  values: unknown[],
): ActionItemListPosition | undefined {
  const [rank, dueOn, id] = values;
  return (rank === 0 || rank === 1) &&
    typeof dueOn === 'string' &&
    typeof id === 'string'
    ? { rank, dueOn, id }
    : undefined;
}

function withShare<T extends SloCounts>(counts: T): T & ActionItemSloCounts {
  return {
    ...counts,
    share: counts.due > 0 ? counts.doneByDueDay / counts.due : null,
  };
}

/**
 * The first due day not in a period ending at `to` (an instant, exclusive): an item is
 * due at the end of its due day, so a period ending within a day includes that day.
 */
function dayAfterLast(to: string): string {
  const millis = Date.parse(to);
  const day = dayOf(millis);
  return millis === Date.parse(`${day}T00:00:00Z`) ? day : addDays(day, 1);
}

function quarterOf(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const firstMonth = Math.floor((monthNumber - 1) / 3) * 3 + 1;
  return `${year}-${String(firstMonth).padStart(2, '0')}-01`;
}

/**
 * Blameless postmortems and their action items: a postmortem opens prefilled from its
 * incident, is written section by section, reviewed and approved; its action items are
 * owned by teams and due by a day. It is also the incidents' close gate: an incident
 * whose severity requires a postmortem is closed once it is approved.
 */
export class PostmortemsService implements StatusChangeGuard {
  constructor(
    private readonly deps: {
      store: PostmortemsStore;
      incidents: Pick<IncidentsStore, 'getIncident' | 'getTimeline'>;
      catalogLookups: CatalogLookups;
      knownErrors: Pick<KnownErrorsService, 'get'>;
      severities: SeverityDefinition[];
      settings: PostmortemSettings;
      reactions: PostmortemReactions;
      notifier: PostmortemNotifier;
      listeners: IncidentChangeListeners;
      now?: () => Date;
    },
  ) {}

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }

  /** Whether the incident's severity requires a postmortem; null while it is to be assessed. */
  isRequired(incident: Pick<IncidentDetails, 'severity'>): boolean | null {
    if (incident.severity === null) {
      return null;
    }
    return (
      this.deps.severities.find(s => s.id === incident.severity)
        ?.postmortemRequired ?? false
    );
  }

  /** The incident a postmortem route is about, for its authorization. */
  async incidentAccessFacts(reference: string): Promise<IncidentAccessFacts> {
    return accessFactsOf(
      await getIncidentByReference(this.deps.incidents, reference),
    );
  }

  /** The incident of an action item, for its authorization. */
  async actionItemAccessFacts(
    actionItemId: string,
  ): Promise<IncidentAccessFacts> {
    const item = await this.deps.store.getActionItem(actionItemId);
    if (!item) {
      throw new NotFoundError(`No action item ${actionItemId}`);
    }
    return this.incidentAccessFacts(item.incidentId);
  }

  async get(reference: string): Promise<Postmortem> {
    const incident = await getIncidentByReference(
      this.deps.incidents,
      reference,
    );
    return this.compose(
      incident,
      await this.deps.store.getPostmortem(incident.id),
    );
  }

  /**
   * The saved postmortems with their incident, by incident number, for search indexing:
   * those of the incidents `visibleTo` lets the caller see, never those of security
   * incidents.
   */
  async list(
    query: ListPostmortemsQuery,
    visibleTo: IncidentCriteria | undefined,
  ): Promise<ListPostmortemsResponse> {
    const afterNumber = query.cursor
      ? decodeCursor(query.cursor, ([number]) =>
          isCursorInteger(number) && number > 0
            ? (number as number)
            : undefined,
        )
      : undefined;
    const page = await this.deps.store.listPostmortems({
      limit: query.limit ?? POSTMORTEM_LIMITS.pageSizeDefault,
      afterNumber,
      includeTotal: afterNumber === undefined,
      visibleTo,
    });
    return keysetResponse(page, next => [next]);
  }

  /** Refuses to close an incident whose required postmortem is not approved yet. */
  async assertMayChangeStatus(
    incident: IncidentDetails,
    to: IncidentStatus,
  ): Promise<void> {
    if (to !== 'closed') {
      return;
    }
    // Closing is final, and whether a postmortem must come first depends on the
    // severity: it has to be assessed by then (resolving may come before).
    const { severity } = incident;
    if (severity === null) {
      throw withRefusal(
        new ConflictError(
          `${incident.number} cannot be closed while its severity is to be assessed: set the severity first, it decides whether a postmortem is required`,
        ),
        { code: 'close-needs-severity', values: { number: incident.number } },
      );
    }
    if (!this.isRequired(incident)) {
      return;
    }
    const status =
      (await this.deps.store.getPostmortem(incident.id))?.status ?? 'draft';
    if (status !== 'approved') {
      throw withRefusal(
        new ConflictError(
          `${incident.number} cannot be closed before its postmortem is approved (${severity} requires one); the postmortem is ${STATUS_NAMES[status]}`,
        ),
        {
          code: 'close-needs-approved-postmortem',
          values: {
            number: incident.number,
            severity,
            postmortemStatus: status,
          },
        },
      );
    }
  }

  async update(
    reference: string,
    request: UpdatePostmortemRequest,
    actor: Actor,
  ): Promise<Postmortem> {
    const incident = await getIncidentByReference(
      this.deps.incidents,
      reference,
    );
    const edited = this.editedSections(request.sections ?? {});
    const marks = request.important ?? {};
    const markable = new Set(
      postmortemTimeline(
        await this.deps.incidents.getTimeline(incident.id),
        {},
      ).map(entry => entry.entryId),
    );
    for (const entryId of Object.keys(marks)) {
      if (!markable.has(entryId)) {
        throw new InputError(
          `important: '${entryId}' is not an entry of ${incident.number}'s postmortem timeline`,
        );
      }
    }
    const stored = await this.deps.store.writePostmortem(
      incident.id,
      actor.userRef,
      current => {
        const updatedAt = current?.updatedAt ?? null;
        if (!sameTime(updatedAt, request.updatedAt)) {
          throw withRefusal(
            new ConflictError(
              `${incident.number}'s postmortem was saved by ${current?.updatedBy} at ${updatedAt} since this edit started; reload it and edit again`,
            ),
            {
              code: 'postmortem-saved-since',
              values: {
                number: incident.number,
                updatedBy: current?.updatedBy ?? null,
                updatedAt,
              },
            },
          );
        }
        if (current && current.status !== 'draft') {
          throw withRefusal(
            new ConflictError(
              `${incident.number}'s postmortem is ${
                STATUS_NAMES[current.status]
              }; send it back to draft to edit it`,
            ),
            {
              code: 'postmortem-not-draft',
              values: {
                number: incident.number,
                postmortemStatus: current.status,
              },
            },
          );
        }
        return {
          sections: {
            ...(current?.sections ?? this.prefilledSections(incident)),
            ...edited,
          },
          important: { ...current?.important, ...marks },
        };
      },
    );
    return this.committed(incident, stored);
  }

  async transition(
    reference: string,
    request: TransitionPostmortemRequest,
    actor: Actor,
  ): Promise<Postmortem> {
    const incident = await getIncidentByReference(
      this.deps.incidents,
      reference,
    );
    const to = request.status;
    const comment = optionalText(request.comment);
    if (to === 'draft' && !comment) {
      throw new InputError(
        'comment: say why the postmortem goes back to draft',
      );
    }
    const actionItems = await this.deps.store.incidentActionItems(incident.id);
    const at = this.now().toISOString();
    let from: StoredPostmortem['status'] = 'draft';
    const stored = await this.deps.store.writePostmortem(
      incident.id,
      actor.userRef,
      current => {
        from = current?.status ?? 'draft';
        if (!POSTMORTEM_STATUS_TRANSITIONS[from].includes(to)) {
          throw withRefusal(
            new ConflictError(
              `${incident.number}'s postmortem is ${
                STATUS_NAMES[from]
              }; it can go ${POSTMORTEM_STATUS_TRANSITIONS[from]
                .map(status => `to ${status}`)
                .join(' or ')}, not to ${to}`,
            ),
            {
              code: 'postmortem-status-not-allowed',
              values: {
                number: incident.number,
                from,
                to,
                allowed: [...POSTMORTEM_STATUS_TRANSITIONS[from]],
              },
            },
          );
        }
        const sections = current?.sections ?? this.prefilledSections(incident);
        if (to === 'in-review') {
          this.assertReadyForReview(incident.number, sections, actionItems);
        }
        const timeline: NewTimelineEntry = {
          kind: 'postmortem-status-changed',
          automatic: true,
          authorRef: actor.userRef,
          occurredAt: at,
          body: {
            draft: `Sent the postmortem back to draft: ${comment}`,
            'in-review': 'Submitted the postmortem for review',
            approved: 'Approved the postmortem',
          }[to],
          data: { from, to, comment },
        };
        if (to === 'approved') {
          const approval = { approvedAt: at, approvedBy: actor.userRef };
          return {
            status: to,
            sections,
            approved: { at, by: actor.userRef },
            timeline: [timeline],
            steps: this.deps.reactions.planApproval(approval, {
              incident,
              actorRef: actor.userRef,
            }),
          };
        }
        return {
          status: to,
          sections,
          timeline: [timeline],
          ...(to === 'draft' && { approved: null, reviewComment: comment }),
        };
      },
    );
    this.deps.reactions.afterCommit();
    const postmortem = await this.committed(incident, stored);
    const ownerRef = postmortem.ownerRef ?? undefined;
    if (to === 'in-review') {
      await this.deps.notifier.reviewRequested(incident, actor.userRef);
    } else if (to === 'approved') {
      await this.deps.notifier.approved(incident, ownerRef, actor.userRef);
    } else {
      await this.deps.notifier.sentBack(
        incident,
        ownerRef,
        comment!,
        actor.userRef,
      );
    }
    return postmortem;
  }

  async createActionItem(
    reference: string,
    request: CreateActionItemRequest,
    actor: Actor,
  ): Promise<ActionItem> {
    const incident = await getIncidentByReference(
      this.deps.incidents,
      reference,
    );
    const title = this.actionItemTitle(request.title);
    const ownerRef = await this.deps.catalogLookups.resolveGroup(
      request.ownerRef,
      'ownerRef',
      actor.credentials,
    );
    const assigneeRef = request.assigneeRef
      ? await this.deps.catalogLookups.resolveUser(
          request.assigneeRef,
          'assigneeRef',
          actor.credentials,
        )
      : null;
    const dueOn = request.dueOn
      ? parseDay(request.dueOn, 'dueOn')
      : dayOf(this.now().getTime() + this.deps.settings.actionItemDueInMs);
    const item = await this.deps.store.createActionItem(
      {
        incidentId: incident.id,
        title,
        ownerRef,
        assigneeRef,
        dueOn,
        priority: request.priority ?? 'medium',
        kind: request.kind,
        trackerUrl: optionalHttpUrl(request.trackerUrl, 'trackerUrl'),
        knownErrorId: await this.knownErrorId(request.knownErrorId),
        createdBy: actor.userRef,
      },
      created => ({
        kind: 'action-item-added',
        automatic: true,
        authorRef: actor.userRef,
        body: `Added the action item "${created.title}", owned by ${created.ownerRef} and due on ${created.dueOn}`,
        data: {
          actionItemId: created.id,
          title: created.title,
          ownerRef: created.ownerRef,
        },
      }),
    );
    await this.incidentChanged(incident.id);
    return item;
  }

  async updateActionItem(
    id: string,
    request: UpdateActionItemRequest,
    actor: Actor,
  ): Promise<UpdatedActionItem> {
    const title =
      request.title === undefined
        ? undefined
        : this.actionItemTitle(request.title);
    const ownerRef =
      request.ownerRef === undefined
        ? undefined
        : await this.deps.catalogLookups.resolveGroup(
            request.ownerRef,
            'ownerRef',
            actor.credentials,
          );
    const assigneeRef =
      request.assigneeRef === undefined || request.assigneeRef === null
        ? request.assigneeRef
        : await this.deps.catalogLookups.resolveUser(
            request.assigneeRef,
            'assigneeRef',
            actor.credentials,
          );
    const dueOn =
      request.dueOn === undefined
        ? undefined
        : parseDay(request.dueOn, 'dueOn');
    const trackerUrl =
      request.trackerUrl === undefined
        ? undefined
        : optionalHttpUrl(request.trackerUrl, 'trackerUrl');
    const knownErrorId =
      request.knownErrorId === undefined
        ? undefined
        : await this.knownErrorId(request.knownErrorId ?? undefined);
    const completedOn =
      request.completedOn === undefined
        ? undefined
        : this.pastDay(request.completedOn, 'completedOn');
    if (
      request.reason &&
      request.reason.length > POSTMORTEM_LIMITS.reasonMaxLength
    ) {
      throw new InputError(
        `reason: at most ${POSTMORTEM_LIMITS.reasonMaxLength} characters`,
      );
    }
    const { item, knownErrorReadyToFix } =
      await this.deps.store.updateActionItem(id, current => {
        const status = request.status ?? current.status;
        if (
          completedOn !== undefined &&
          !COMPLETED_ACTION_ITEM_STATUSES.includes(status)
        ) {
          throw new InputError(
            `completedOn: only an action item that is done or won't do has a completion day; this one is ${status}`,
          );
        }
        const reason =
          status === 'wont-do'
            ? optionalText(request.reason) ?? current.reason
            : null;
        if (status === 'wont-do' && !reason) {
          throw new InputError(
            'reason: say why the action item will not be done',
          );
        }
        const requested: ActionItemFields = {
          title,
          ownerRef,
          assigneeRef,
          dueOn,
          priority: request.priority,
          kind: request.kind,
          status: request.status,
          reason,
          trackerUrl,
          knownErrorId,
          completedOn,
        };
        const fields = Object.fromEntries(
          Object.entries(requested).filter(
            ([field, value]) =>
              value !== undefined &&
              value !== current[field as keyof ActionItemFields],
          ),
        ) as ActionItemFields;
        return {
          fields,
          ...(fields.status && {
            timeline: {
              kind: 'action-item-status-changed',
              automatic: true,
              authorRef: actor.userRef,
              body: `Changed the action item "${current.title}" from ${current.status} to ${fields.status}`,
              data: {
                actionItemId: current.id,
                title: current.title,
                from: current.status,
                to: fields.status,
              },
            },
          }),
        };
      });
    await this.incidentChanged(item.incidentId);
    return knownErrorReadyToFix ? { ...item, knownErrorReadyToFix } : item;
  }

  /** A page of the action items of the incidents `visibleTo` lets the caller see. */
  async listActionItems(
    query: ListActionItemsQuery,
    visibleTo: IncidentCriteria | undefined,
  ): Promise<ListActionItemsResponse> {
    const after = query.cursor
      ? decodeCursor(query.cursor, parseListPosition)
      : undefined;
    const today = dayOf(this.now().getTime());
    const page = await this.deps.store.listActionItems({
      filter: {
        ...parseScopeFilter(query),
        statuses: query.status,
        overdueBefore: query.overdue ? today : undefined,
        visibleTo,
      },
      today,
      limit: query.limit ?? POSTMORTEM_LIMITS.pageSizeDefault,
      after,
      includeTotal: !after,
    });
    return keysetResponse(page, next => [next.rank, next.dueOn, next.id]);
  }

  /**
   * The action-item SLO: among the items whose due day has passed (won't-do ones left
   * out), the share done by their due day, and the ones still open; per month or
   * quarter of the due day, per owner team and per affected service.
   */
  async actionItemSlo(query: ActionItemSloQuery): Promise<ActionItemSlo> {
    const bucket = query.bucket ?? 'month';
    const { from, to } = requestTimeRange(query);
    const counts = await this.deps.store.sloCounts({
      ...parseScopeFilter(query),
      dueFrom: from ? dayOf(Date.parse(from)) : undefined,
      dueBefore: to ? dayAfterLast(to) : undefined,
      today: dayOf(this.now().getTime()),
    });
    const buckets = new Map<string, SloCounts>();
    for (const { month, ...monthCounts } of counts.byMonth) {
      const start = bucket === 'quarter' ? quarterOf(month) : `${month}-01`;
      const sum = buckets.get(start) ?? {
        due: 0,
        doneByDueDay: 0,
        openOverdue: 0,
      };
      buckets.set(start, {
        due: sum.due + monthCounts.due,
        doneByDueDay: sum.doneByDueDay + monthCounts.doneByDueDay,
        openOverdue: sum.openOverdue + monthCounts.openOverdue,
      });
    }
    return {
      bucket,
      overall: withShare(counts.overall),
      buckets: [...buckets].map(([start, bucketCounts]) =>
        withShare({ start, ...bucketCounts }),
      ),
      byTeam: counts.byOwner.map(withShare),
      byService: counts.byEntity.map(withShare),
    };
  }

  /**
   * Listens to incident changes: once an incident whose severity requires a postmortem
   * is resolved (or its severity assessed after that), its postmortem owner is told the
   * postmortem is due.
   */
  readonly notifyPostmortemDue: ChangeListener<IncidentChangedEvent> = async ({
    incident,
    change,
  }) => {
    if (change?.type === 'status-changed' && change.to === 'resolved') {
      await this.postmortemDue(incident);
    }
    // Resolved before anyone assessed the severity: the postmortem is due once it is.
    if (
      change?.type === 'details-changed' &&
      change.fields.severity?.from === null &&
      incident.status === 'resolved'
    ) {
      await this.postmortemDue(incident);
    }
  };

  private async postmortemDue(incident: IncidentDetails): Promise<void> {
    if (!this.isRequired(incident)) {
      return;
    }
    const stored = await this.deps.store.getPostmortem(incident.id);
    if (stored?.status === 'approved') {
      return;
    }
    await this.deps.notifier.postmortemDue(
      incident,
      roleHolder(incident, 'postmortem-owner').userRef,
    );
  }

  private async compose(
    incident: IncidentDetails,
    stored: StoredPostmortem | undefined,
  ): Promise<Postmortem> {
    const [entries, actionItems] = [
      await this.deps.incidents.getTimeline(incident.id),
      await this.deps.store.incidentActionItems(incident.id),
    ];
    return {
      incidentId: incident.id,
      status: stored?.status ?? 'draft',
      required: this.isRequired(incident),
      ownerRef: roleHolder(incident, 'postmortem-owner').userRef ?? null,
      sections: stored?.sections ?? this.prefilledSections(incident),
      timeline: postmortemTimeline(entries, stored?.important ?? {}),
      actionItems,
      updatedAt: stored?.updatedAt ?? null,
      approvedAt: stored?.approvedAt ?? null,
      approvedBy: stored?.approvedBy ?? null,
      reviewComment: stored?.reviewComment ?? null,
    };
  }

  /** After a write committed: the incident's pages hear of it, the caller gets it back. */
  private async committed(
    incident: IncidentDetails,
    stored: StoredPostmortem,
  ): Promise<Postmortem> {
    const current = await this.incidentChanged(incident.id);
    return this.compose(current ?? incident, stored);
  }

  private async incidentChanged(
    incidentId: string,
  ): Promise<IncidentDetails | undefined> {
    const incident = await this.deps.incidents.getIncident({ id: incidentId });
    if (incident) {
      await this.deps.listeners.notify({ incident });
    }
    return incident;
  }

  /** What a new postmortem says before anyone writes: the incident's own summary and impact. */
  private prefilledSections(incident: IncidentDetails): PostmortemSections {
    const sections = Object.fromEntries(
      POSTMORTEM_SECTIONS.map(section => [section, '']),
    ) as PostmortemSections;
    sections.summary = incident.summary ?? incident.description ?? '';
    sections.impact = incident.impact ?? '';
    return sections;
  }

  private editedSections(
    sections: Partial<PostmortemSections>,
  ): Partial<PostmortemSections> {
    const edited: Partial<PostmortemSections> = {};
    for (const [section, text] of Object.entries(sections)) {
      if (!isOneOf(POSTMORTEM_SECTIONS, section)) {
        throw new InputError(
          `sections.${section}: not a section; the sections are ${POSTMORTEM_SECTIONS.join(
            ', ',
          )}`,
        );
      }
      if (text.length > POSTMORTEM_LIMITS.sectionMaxLength) {
        throw new InputError(
          `sections.${section}: at most ${POSTMORTEM_LIMITS.sectionMaxLength} characters`,
        );
      }
      edited[section] = text.trim();
    }
    return edited;
  }

  private assertReadyForReview(
    incidentNumber: string,
    sections: PostmortemSections,
    actionItems: ActionItem[],
  ): void {
    const missing = missingForReview({ sections, actionItems });
    const problems = [
      ...(missing.sections.length > 0
        ? [
            `write its ${missing.sections
              .map(section => SECTION_NAMES[section])
              .join(', ')}`,
          ]
        : []),
      ...(missing.actionItem ? ['add at least one action item'] : []),
    ];
    if (problems.length > 0) {
      throw withRefusal(
        new InputError(
          `status: the postmortem is not ready for review: ${problems.join(
            '; ',
          )}`,
        ),
        {
          code: 'postmortem-not-ready',
          values: { number: incidentNumber, ...missing },
        },
      );
    }
  }

  /** A day of a request that is today or before. */
  private pastDay(value: string, field: string): string {
    const day = parseDay(value, field);
    if (day > dayOf(this.now().getTime())) {
      throw new InputError(`${field}: '${day}' is in the future`);
    }
    return day;
  }

  private actionItemTitle(value: string): string {
    const title = nonEmpty(value, 'title');
    if (title.length > POSTMORTEM_LIMITS.actionItemTitleMaxLength) {
      throw new InputError(
        `title: at most ${POSTMORTEM_LIMITS.actionItemTitleMaxLength} characters`,
      );
    }
    return title;
  }

  private async knownErrorId(
    reference: string | undefined,
  ): Promise<string | null> {
    if (!reference) {
      return null;
    }
    try {
      return (await this.deps.knownErrors.get(reference)).id;
    } catch (error) {
      if (error instanceof NotFoundError) {
        throw new InputError(`knownErrorId: no known error ${reference}`);
      }
      throw error;
    }
  }
}
