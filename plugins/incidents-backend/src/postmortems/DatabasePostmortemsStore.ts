import { NotFoundError } from '@backstage/errors';
import {
  ActionItem,
  ActionItemKind,
  ActionItemPriority,
  ActionItemStatus,
  COMPLETED_ACTION_ITEM_STATUSES,
  formatIncidentNumber,
  OPEN_ACTION_ITEM_STATUSES,
  POSTMORTEM_SECTIONS,
  PostmortemListItem,
  PostmortemSections,
  PostmortemStatus,
} from '@incident-response/backstage-plugin-incidents-common';
import { Knex } from 'knex';
import {
  resolveIncidentCriteria,
  whereIncidentMatches,
} from '../database/incidentAccessSql';
import { IncidentCriteria } from '../lib/incidentAccess';
import { randomUUID } from 'node:crypto';
import { optionalIso, toIso } from '../database/dialect';
import { rowByKey } from '../database/rowByKey';
import {
  DbActionItemRow,
  DbIncidentEntityRow,
  DbIncidentRow,
  DbPostmortemRow,
} from '../database/tables';
import { insertTimelineEntries, NewTimelineEntry } from '../database/timeline';
import { dayOf } from './days';
import { insertWorkspaceSteps } from '../database/workspaceStepRows';
import {
  ActionItemFields,
  ActionItemListFilter,
  ActionItemListPosition,
  NewActionItem,
  PostmortemsStore,
  PostmortemWrite,
  SloCounts,
  StoredPostmortem,
} from './PostmortemsStore';

const ACTION_ITEM_COLUMNS: Record<
  keyof ActionItemFields,
  keyof DbActionItemRow
> = {
  title: 'title',
  ownerRef: 'owner_ref',
  assigneeRef: 'assignee_ref',
  dueOn: 'due_on',
  priority: 'priority',
  kind: 'kind',
  status: 'status',
  reason: 'reason',
  trackerUrl: 'tracker_url',
  knownErrorId: 'known_error_id',
  completedOn: 'completed_on',
};

function emptySections(): PostmortemSections {
  return Object.fromEntries(
    POSTMORTEM_SECTIONS.map(section => [section, '']),
  ) as PostmortemSections;
}

function toPostmortem(row: DbPostmortemRow): StoredPostmortem {
  return {
    incidentId: row.incident_id,
    status: row.status as PostmortemStatus,
    sections: { ...emptySections(), ...JSON.parse(row.sections) },
    important: JSON.parse(row.important),
    updatedBy: row.updated_by,
    updatedAt: toIso(row.updated_at),
    approvedAt: optionalIso(row.approved_at),
    approvedBy: row.approved_by,
    reviewComment: row.review_comment,
  };
}

/**
 * Knex-backed store of postmortems and action items for SQLite and PostgreSQL, on a
 * database prepared by `prepareDatabase`.
 */
export class DatabasePostmortemsStore implements PostmortemsStore {
  constructor(private readonly db: Knex) {}

  async getPostmortem(
    incidentId: string,
  ): Promise<StoredPostmortem | undefined> {
    const row = await this.db<DbPostmortemRow>('postmortems')
      .where({ incident_id: incidentId })
      .first();
    return row ? toPostmortem(row) : undefined;
  }

  async listPostmortems(options: {
    limit: number;
    afterNumber?: number;
    includeTotal: boolean;
    visibleTo?: IncidentCriteria;
  }) {
    const visibleTo = await resolveIncidentCriteria(this.db, options.visibleTo);
    // Security incidents are never indexed for search, so never listed here.
    const listed = () =>
      whereIncidentMatches(
        this.db,
        this.db('postmortems as p')
          .join('incidents as i', 'i.id', 'p.incident_id')
          .where('i.security', false),
        visibleTo,
        'p.incident_id',
        'i.security',
      );
    const totalItems = options.includeTotal
      ? Number(
          (
            (await listed().count({ count: '*' }).first()) as {
              count: number | string;
            }
          ).count,
        )
      : undefined;
    const query = listed()
      .select(
        'p.*',
        'i.number as incident_number',
        'i.title as incident_title',
        'i.severity as incident_severity',
      )
      .orderBy('i.number', 'asc')
      .limit(options.limit + 1);
    if (options.afterNumber !== undefined) {
      query.where('i.number', '>', options.afterNumber);
    }
    const rows: Array<
      DbPostmortemRow & {
        incident_number: DbIncidentRow['number'];
        incident_title: string;
        incident_severity: string;
      }
    > = await query;
    const page = rows.slice(0, options.limit);
    const entities: DbIncidentEntityRow[] = page.length
      ? await this.db<DbIncidentEntityRow>('incident_entities')
          .whereIn(
            'incident_id',
            page.map(row => row.incident_id),
          )
          .orderBy(['incident_id', 'position'])
      : [];
    const items: PostmortemListItem[] = page.map(row => {
      const postmortem = toPostmortem(row);
      return {
        incidentId: row.incident_id,
        incidentNumber: formatIncidentNumber(Number(row.incident_number)),
        incidentTitle: row.incident_title,
        severity: row.incident_severity,
        entityRefs: entities
          .filter(e => e.incident_id === row.incident_id)
          .map(e => e.entity_ref),
        status: postmortem.status,
        sections: postmortem.sections,
        updatedAt: postmortem.updatedAt,
        updatedBy: postmortem.updatedBy,
        approvedAt: postmortem.approvedAt,
        approvedBy: postmortem.approvedBy,
      };
    });
    return {
      items,
      totalItems,
      next:
        rows.length > options.limit
          ? Number(page[page.length - 1].incident_number)
          : undefined,
    };
  }

  async writePostmortem(
    incidentId: string,
    actorRef: string,
    change: (current: StoredPostmortem | undefined) => PostmortemWrite,
  ): Promise<StoredPostmortem> {
    await this.db.transaction(async trx => {
      // The incident row is the lock: a postmortem that does not exist yet cannot be.
      if (
        !(await rowByKey(
          trx,
          'incidents',
          { id: incidentId },
          { forUpdate: true },
        ))
      ) {
        throw new NotFoundError(`No incident with id ${incidentId}`);
      }
      const row = await trx<DbPostmortemRow>('postmortems')
        .where({ incident_id: incidentId })
        .first();
      const current = row ? toPostmortem(row) : undefined;
      const write = change(current);
      // Every save moves the version on, even within the same millisecond.
      const now = Math.max(
        Date.now(),
        current ? Date.parse(current.updatedAt) + 1 : 0,
      );
      const values: Partial<DbPostmortemRow> = {
        status: write.status ?? current?.status ?? 'draft',
        sections: JSON.stringify(
          write.sections ?? current?.sections ?? emptySections(),
        ),
        important: JSON.stringify(write.important ?? current?.important ?? {}),
        updated_by: actorRef,
        updated_at: now,
        ...(write.approved !== undefined && {
          approved_at: write.approved ? Date.parse(write.approved.at) : null,
          approved_by: write.approved?.by ?? null,
        }),
        ...(write.reviewComment !== undefined && {
          review_comment: write.reviewComment,
        }),
      };
      if (current) {
        await trx<DbPostmortemRow>('postmortems')
          .where({ incident_id: incidentId })
          .update(values);
      } else {
        await trx<DbPostmortemRow>('postmortems').insert({
          incident_id: incidentId,
          created_at: now,
          approved_at: null,
          approved_by: null,
          review_comment: null,
          ...values,
        } as DbPostmortemRow);
      }
      await insertTimelineEntries(trx, incidentId, write.timeline ?? [], now);
      await insertWorkspaceSteps(trx, incidentId, write.steps ?? [], now);
      await trx('incidents')
        .where({ id: incidentId })
        .update({ updated_at: now });
    });
    return (await this.getPostmortem(incidentId))!;
  }

  async createActionItem(
    item: NewActionItem,
    timeline: (created: ActionItem) => NewTimelineEntry,
  ): Promise<ActionItem> {
    const id = randomUUID();
    await this.db.transaction(async trx => {
      const now = Date.now();
      await trx<DbActionItemRow>('action_items').insert({
        id,
        incident_id: item.incidentId,
        title: item.title,
        owner_ref: item.ownerRef,
        assignee_ref: item.assigneeRef,
        due_on: item.dueOn,
        priority: item.priority,
        kind: item.kind,
        status: 'open',
        reason: null,
        tracker_url: item.trackerUrl,
        known_error_id: item.knownErrorId,
        created_by: item.createdBy,
        created_at: now,
        updated_at: now,
        completed_at: null,
        completed_on: null,
        reminded_due_soon_at: null,
        reminded_overdue_at: null,
      });
      const [created] = await this.read(trx, query => query.where('a.id', id));
      await insertTimelineEntries(
        trx,
        item.incidentId,
        [timeline(created)],
        now,
      );
      await trx('incidents')
        .where({ id: item.incidentId })
        .update({ updated_at: now });
    });
    return (await this.getActionItem(id))!;
  }

  async getActionItem(id: string): Promise<ActionItem | undefined> {
    const [item] = await this.read(this.db, query => query.where('a.id', id));
    return item;
  }

  async updateActionItem(
    id: string,
    change: (current: ActionItem) => {
      fields: ActionItemFields;
      timeline?: NewTimelineEntry;
    },
  ): Promise<{ item: ActionItem; knownErrorReadyToFix: boolean }> {
    let knownErrorReadyToFix = false;
    await this.db.transaction(async trx => {
      if (!(await rowByKey(trx, 'action_items', { id }, { forUpdate: true }))) {
        throw new NotFoundError(`No action item ${id}`);
      }
      const [current] = await this.read(trx, query => query.where('a.id', id));
      const { fields, timeline } = change(current);
      if (Object.keys(fields).length === 0) {
        return;
      }
      const now = Date.now();
      const row: Partial<DbActionItemRow> = { updated_at: now };
      for (const [field, value] of Object.entries(fields)) {
        (row as Record<string, unknown>)[
          ACTION_ITEM_COLUMNS[field as keyof ActionItemFields]
        ] = value;
      }
      const status = fields.status ?? current.status;
      const wasCompleted = COMPLETED_ACTION_ITEM_STATUSES.includes(
        current.status,
      );
      if (COMPLETED_ACTION_ITEM_STATUSES.includes(status) && !wasCompleted) {
        row.completed_at = now;
        row.completed_on = fields.completedOn ?? dayOf(now);
      } else if (
        !COMPLETED_ACTION_ITEM_STATUSES.includes(status) &&
        wasCompleted
      ) {
        row.completed_at = null;
        row.completed_on = null;
      }
      // A new due day, or an item reopened, deserves its reminders again.
      if (
        fields.dueOn !== undefined ||
        (!COMPLETED_ACTION_ITEM_STATUSES.includes(status) && wasCompleted)
      ) {
        row.reminded_due_soon_at = null;
        row.reminded_overdue_at = null;
      }
      await trx<DbActionItemRow>('action_items').where({ id }).update(row);
      if (timeline) {
        await insertTimelineEntries(trx, current.incidentId, [timeline], now);
        await trx('incidents')
          .where({ id: current.incidentId })
          .update({ updated_at: now });
      }
      const knownErrorId = fields.knownErrorId ?? current.knownErrorId;
      if (knownErrorId && status === 'done' && current.status !== 'done') {
        const stillOpen = await trx<DbActionItemRow>('action_items')
          .where({ known_error_id: knownErrorId })
          .whereIn('status', OPEN_ACTION_ITEM_STATUSES)
          .first('id');
        const knownError = await trx('known_errors')
          .where({ id: knownErrorId })
          .first('status');
        knownErrorReadyToFix =
          !stillOpen &&
          knownError !== undefined &&
          !['fixed', 'retired'].includes(knownError.status);
      }
    });
    return { item: (await this.getActionItem(id))!, knownErrorReadyToFix };
  }

  async incidentActionItems(incidentId: string): Promise<ActionItem[]> {
    return this.read(this.db, query =>
      query.where('a.incident_id', incidentId).orderBy([
        { column: 'a.created_at', order: 'asc' },
        { column: 'a.id', order: 'asc' },
      ]),
    );
  }

  async listActionItems(options: {
    filter: ActionItemListFilter;
    today: string;
    limit: number;
    after?: ActionItemListPosition;
    includeTotal: boolean;
  }) {
    const { filter, today } = options;
    const visibleTo = await resolveIncidentCriteria(this.db, filter.visibleTo);
    const rank = this.db.raw(
      `case when a.status in (?, ?) and a.due_on < ? then 0 else 1 end`,
      [...OPEN_ACTION_ITEM_STATUSES, today],
    );
    const where = (query: Knex.QueryBuilder) => {
      if (filter.ownerRef) {
        query.where('a.owner_ref', filter.ownerRef);
      }
      if (filter.entityRef) {
        query.whereIn(
          'a.incident_id',
          this.db<DbIncidentEntityRow>('incident_entities')
            .select('incident_id')
            .where({ entity_ref: filter.entityRef }),
        );
      }
      if (filter.statuses?.length) {
        query.whereIn('a.status', filter.statuses);
      }
      if (filter.overdueBefore) {
        query
          .whereIn('a.status', OPEN_ACTION_ITEM_STATUSES)
          .where('a.due_on', '<', filter.overdueBefore);
      }
      return whereIncidentMatches(this.db, query, visibleTo, 'a.incident_id');
    };
    const totalItems = options.includeTotal
      ? Number(
          (
            (await where(this.db('action_items as a'))
              .count({ count: '*' })
              .first()) as { count: number | string }
          ).count,
        )
      : undefined;
    const rows = await this.read(this.db, query => {
      where(query);
      if (options.after) {
        query.whereRaw(`(${rank.toQuery()}, a.due_on, a.id) > (?, ?, ?)`, [
          options.after.rank,
          options.after.dueOn,
          options.after.id,
        ]);
      }
      return query
        .orderByRaw(`${rank.toQuery()} asc, a.due_on asc, a.id asc`)
        .limit(options.limit + 1);
    });
    const items = rows.slice(0, options.limit);
    const last =
      rows.length > options.limit ? items[items.length - 1] : undefined;
    const rankOf = (item: ActionItem) =>
      OPEN_ACTION_ITEM_STATUSES.includes(item.status) && item.dueOn < today
        ? 0
        : 1;
    return {
      items,
      totalItems,
      next: last
        ? { rank: rankOf(last), dueOn: last.dueOn, id: last.id }
        : undefined,
    };
  }

  async dueReminders(options: { today: string; soonUntil: string }) {
    const open = await this.read(this.db, query =>
      query
        .whereIn('a.status', OPEN_ACTION_ITEM_STATUSES)
        .where('a.due_on', '<=', options.soonUntil)
        .where(reminder =>
          reminder
            .whereNull('a.reminded_overdue_at')
            .orWhereNull('a.reminded_due_soon_at'),
        )
        .orderBy([
          { column: 'a.due_on', order: 'asc' },
          { column: 'a.id', order: 'asc' },
        ]),
    );
    const reminded = new Map(
      (
        await this.db<DbActionItemRow>('action_items')
          .whereIn(
            'id',
            open.map(item => item.id),
          )
          .select('id', 'reminded_due_soon_at', 'reminded_overdue_at')
      ).map(row => [row.id, row]),
    );
    return {
      overdue: open.filter(
        item =>
          item.dueOn < options.today &&
          reminded.get(item.id)?.reminded_overdue_at === null,
      ),
      dueSoon: open.filter(
        item =>
          item.dueOn >= options.today &&
          reminded.get(item.id)?.reminded_due_soon_at === null,
      ),
    };
  }

  async markReminded(
    id: string,
    reminder: 'due-soon' | 'overdue',
    now: number,
  ): Promise<void> {
    await this.db<DbActionItemRow>('action_items')
      .where({ id })
      .update(
        reminder === 'overdue'
          ? { reminded_overdue_at: now, reminded_due_soon_at: now }
          : { reminded_due_soon_at: now },
      );
  }

  async sloCounts(options: {
    ownerRef?: string;
    entityRef?: string;
    dueFrom?: string;
    dueBefore?: string;
    today: string;
  }) {
    const base = () => {
      const query = this.db('action_items as a')
        .where('a.due_on', '<', options.today)
        .whereNot('a.status', 'wont-do');
      if (options.ownerRef) {
        query.where('a.owner_ref', options.ownerRef);
      }
      if (options.entityRef) {
        query.whereIn(
          'a.incident_id',
          this.db<DbIncidentEntityRow>('incident_entities')
            .select('incident_id')
            .where({ entity_ref: options.entityRef }),
        );
      }
      if (options.dueFrom) {
        query.where('a.due_on', '>=', options.dueFrom);
      }
      if (options.dueBefore) {
        query.where('a.due_on', '<', options.dueBefore);
      }
      return query;
    };
    const counts = [
      this.db.raw('count(*) as due'),
      this.db.raw(
        `sum(case when a.status = 'done' and a.completed_on <= a.due_on then 1 else 0 end) as done_by_due_day`,
      ),
      this.db.raw(
        `sum(case when a.status in (?, ?) then 1 else 0 end) as open_overdue`,
        [...OPEN_ACTION_ITEM_STATUSES],
      ),
    ];
    const toCounts = (row: Record<string, unknown>): SloCounts => ({
      due: Number(row.due ?? 0),
      doneByDueDay: Number(row.done_by_due_day ?? 0),
      openOverdue: Number(row.open_overdue ?? 0),
    });
    // One after another: SQLite has one connection, and these are small.
    const [overall] = await base().select(counts);
    const byMonth = await base()
      .select(this.db.raw('substr(a.due_on, 1, 7) as month'), ...counts)
      .groupByRaw('substr(a.due_on, 1, 7)')
      .orderBy('month');
    const byOwner = await base()
      .select('a.owner_ref', ...counts)
      .groupBy('a.owner_ref')
      .orderBy('a.owner_ref');
    const byEntity = await base()
      .join('incident_entities as e', 'e.incident_id', 'a.incident_id')
      .select('e.entity_ref', ...counts)
      .groupBy('e.entity_ref')
      .orderBy('e.entity_ref');
    return {
      overall: toCounts(overall),
      byMonth: byMonth.map((row: any) => ({
        month: String(row.month),
        ...toCounts(row),
      })),
      byOwner: byOwner.map((row: any) => ({
        ownerRef: String(row.owner_ref),
        ...toCounts(row),
      })),
      byEntity: byEntity.map((row: any) => ({
        entityRef: String(row.entity_ref),
        ...toCounts(row),
      })),
    };
  }

  /** Action items with their incident's number and entities, as `refine` selects them. */
  private async read(
    db: Knex,
    refine: (query: Knex.QueryBuilder) => Knex.QueryBuilder,
  ): Promise<ActionItem[]> {
    const rows: (DbActionItemRow & { incident_number: number })[] =
      await refine(
        db('action_items as a')
          .join('incidents as i', 'i.id', 'a.incident_id')
          .select('a.*', 'i.number as incident_number'),
      );
    if (rows.length === 0) {
      return [];
    }
    const entities: DbIncidentEntityRow[] = await db<DbIncidentEntityRow>(
      'incident_entities',
    )
      .whereIn('incident_id', [...new Set(rows.map(row => row.incident_id))])
      .orderBy(['incident_id', 'position']);
    return rows.map(row => ({
      id: row.id,
      incidentId: row.incident_id,
      incidentNumber: formatIncidentNumber(Number(row.incident_number)),
      title: row.title,
      ownerRef: row.owner_ref,
      assigneeRef: row.assignee_ref,
      dueOn: row.due_on,
      priority: row.priority as ActionItemPriority,
      kind: row.kind as ActionItemKind,
      status: row.status as ActionItemStatus,
      reason: row.reason,
      trackerUrl: row.tracker_url,
      knownErrorId: row.known_error_id,
      entityRefs: entities
        .filter(e => e.incident_id === row.incident_id)
        .map(e => e.entity_ref),
      createdAt: toIso(row.created_at),
      createdBy: row.created_by,
      updatedAt: toIso(row.updated_at),
      completedAt: optionalIso(row.completed_at),
      completedOn: row.completed_on,
    }));
  }
}
