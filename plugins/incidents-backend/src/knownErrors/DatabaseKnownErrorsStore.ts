import { NotFoundError } from '@backstage/errors';
import {
  formatIncidentNumber,
  formatKnownErrorNumber,
  IncidentStatus,
  KnownError,
  KnownErrorDetails,
  KnownErrorHistoryEntry,
  KnownErrorIncident,
  KnownErrorStatus,
  parseIncidentReference,
} from '@incident-response/backstage-plugin-incidents-common';
import { Knex } from 'knex';
import {
  resolveIncidentCriteria,
  whereIncidentMatches,
  whereKnownErrorMatches,
} from '../database/incidentAccessSql';
import { IncidentCriteria } from '../lib/incidentAccess';
import { randomUUID } from 'node:crypto';
import { nextNumber } from '../database/counters';
import { rowByKey } from '../database/rowByKey';
import { optionalIso, toIso } from '../database/dialect';
import {
  DbIncidentRow,
  DbKnownErrorEntityRow,
  DbKnownErrorHistoryRow,
  DbKnownErrorOwnerRow,
  DbKnownErrorRow,
} from '../database/tables';
import { KnownErrorsFullText } from './fullText';
import { linkKnownErrors } from './knownErrorLinks';
import {
  KnownErrorCandidate,
  KnownErrorFields,
  KnownErrorKey,
  KnownErrorListFilter,
  KnownErrorListPage,
  KnownErrorListPosition,
  KnownErrorRankingFacts,
  KnownErrorsStore,
  KnownErrorUpdate,
  NewKnownError,
} from './KnownErrorsStore';

const KNOWN_ERROR_NUMBER_COUNTER = 'known_error_number';

const FIELD_COLUMNS: Record<keyof KnownErrorFields, keyof DbKnownErrorRow> = {
  title: 'title',
  symptoms: 'symptoms',
  rootCause: 'root_cause',
  workaround: 'workaround',
  permanentFix: 'permanent_fix',
  fixUrl: 'fix_url',
  status: 'status',
};

/** The last-seen time a list sorts by: never seen sorts last. */
const LAST_SEEN_SORT = 'coalesce(k.last_seen_at, 0)';

/**
 * Knex-backed known-error store for SQLite and PostgreSQL, on a database prepared by
 * `prepareDatabase`.
 */
export class DatabaseKnownErrorsStore implements KnownErrorsStore {
  private readonly fullText: KnownErrorsFullText;

  constructor(private readonly db: Knex) {
    this.fullText = new KnownErrorsFullText(db);
  }

  async createKnownError(
    knownError: NewKnownError,
  ): Promise<KnownErrorDetails> {
    const id = await this.db.transaction(async trx => {
      const number = await nextNumber(trx, KNOWN_ERROR_NUMBER_COUNTER);
      const newId = randomUUID();
      const now = Date.now();
      await trx<DbKnownErrorRow>('known_errors').insert({
        id: newId,
        number,
        title: knownError.title,
        symptoms: knownError.symptoms,
        root_cause: knownError.rootCause,
        workaround: knownError.workaround,
        permanent_fix: knownError.permanentFix,
        fix_url: knownError.fixUrl,
        status: knownError.status,
        incident_count: 0,
        last_seen_at: null,
        created_by: knownError.createdBy,
        created_at: now,
        updated_at: now,
      });
      await this.writeEntities(trx, newId, knownError);
      await this.fullText.write(trx, { ...knownError, id: newId, number });
      await trx<DbKnownErrorHistoryRow>('known_error_history').insert({
        known_error_id: newId,
        kind: 'created',
        actor_ref: knownError.createdBy,
        at: now,
        changes: null,
        incident_id: null,
        incident_number: null,
      });
      await linkKnownErrors(trx, {
        links: knownError.incidentIds.map(incidentId => ({
          knownErrorId: newId,
          incidentId,
        })),
        actorRef: knownError.createdBy,
        now,
      });
      return newId;
    });
    return (await this.getKnownError({ id }))!;
  }

  async getKnownError(
    key: KnownErrorKey,
    options?: { incidentsVisibleTo?: IncidentCriteria },
  ): Promise<KnownErrorDetails | undefined> {
    return this.readKnownError(this.db, key, options);
  }

  private async readKnownError(
    db: Knex,
    key: KnownErrorKey,
    options?: { forUpdate?: boolean; incidentsVisibleTo?: IncidentCriteria },
  ): Promise<KnownErrorDetails | undefined> {
    const row = await rowByKey<DbKnownErrorRow>(
      db,
      'known_errors',
      key,
      options,
    );
    if (!row) {
      return undefined;
    }
    const [knownError] = await this.hydrate(db, [row]);
    const incidents: Pick<
      DbIncidentRow,
      'id' | 'number' | 'title' | 'status' | 'severity' | 'declared_at'
    >[] = await whereIncidentMatches(
      db,
      db('known_error_incidents as l')
        .join('incidents as i', 'i.id', 'l.incident_id')
        .where('l.known_error_id', row.id),
      await resolveIncidentCriteria(db, options?.incidentsVisibleTo),
      'l.incident_id',
      'i.security',
    )
      .orderBy([
        { column: 'i.impact_started_at', order: 'desc' },
        { column: 'i.number', order: 'desc' },
      ])
      .select(
        'i.id',
        'i.number',
        'i.title',
        'i.status',
        'i.severity',
        'i.declared_at',
      );
    const history: DbKnownErrorHistoryRow[] = await db<DbKnownErrorHistoryRow>(
      'known_error_history',
    )
      .where({ known_error_id: row.id })
      .orderBy('id');
    return {
      ...knownError,
      incidents: incidents.map(
        (incident): KnownErrorIncident => ({
          id: incident.id,
          number: formatIncidentNumber(Number(incident.number)),
          title: incident.title,
          status: incident.status as IncidentStatus,
          severity: incident.severity,
          declaredAt: toIso(incident.declared_at),
        }),
      ),
      history: history.map(toHistoryEntry),
    };
  }

  async getRankingFacts(
    ids: string[],
  ): Promise<Map<string, KnownErrorRankingFacts>> {
    const rows: Pick<
      DbKnownErrorRow,
      | 'id'
      | 'number'
      | 'title'
      | 'symptoms'
      | 'root_cause'
      | 'workaround'
      | 'incident_count'
    >[] = ids.length
      ? await this.db<DbKnownErrorRow>('known_errors')
          .whereIn('id', ids)
          .whereNot('status', 'retired')
          .select(
            'id',
            'number',
            'title',
            'symptoms',
            'root_cause',
            'workaround',
            'incident_count',
          )
      : [];
    return new Map(
      rows.map(row => [
        row.id,
        {
          id: row.id,
          number: Number(row.number),
          title: row.title,
          symptoms: row.symptoms,
          rootCause: row.root_cause,
          workaround: row.workaround,
          incidentCount: Number(row.incident_count),
        },
      ]),
    );
  }

  formCounts(forms: string[]) {
    return this.fullText.formCounts(forms);
  }

  async getKnownErrors(ids: string[]): Promise<KnownError[]> {
    if (ids.length === 0) {
      return [];
    }
    const rows: DbKnownErrorRow[] = await this.db<DbKnownErrorRow>(
      'known_errors',
    ).whereIn('id', ids);
    const byId = new Map(
      (await this.hydrate(this.db, rows)).map(ke => [ke.id, ke]),
    );
    return ids.flatMap(id => byId.get(id) ?? []);
  }

  async listKnownErrors(options: {
    filter: KnownErrorListFilter;
    limit: number;
    after?: KnownErrorListPosition;
    includeTotal: boolean;
  }): Promise<KnownErrorListPage> {
    const { filter } = options;
    // The filters, apart from the words: a count needs only which rows match, the page
    // also how well.
    const query = this.db<DbKnownErrorRow>('known_errors as k');
    if (filter.entityRef) {
      query.whereIn(
        'k.id',
        this.db<DbKnownErrorEntityRow>('known_error_entities')
          .select('known_error_id')
          .where({ entity_ref: filter.entityRef }),
      );
    }
    if (filter.ownerRef) {
      query.whereIn(
        'k.id',
        this.db<DbKnownErrorOwnerRow>('known_error_owners')
          .select('known_error_id')
          .where({ owner_ref: filter.ownerRef }),
      );
    }
    if (filter.statuses?.length) {
      query.whereIn('k.status', filter.statuses);
    }
    whereKnownErrorMatches(this.db, query, filter.visibleTo, 'k.id');

    const totalItems = options.includeTotal
      ? Number(
          (
            (await (filter.text
              ? query
                  .clone()
                  .whereIn('k.id', this.fullText.matching(filter.text))
              : query.clone()
            )
              .count({ count: '*' })
              .first()) as { count: number | string }
          ).count,
        )
      : undefined;

    let sort: Knex.Raw;
    if (filter.text) {
      query.join(
        this.fullText.matches(filter.text).as('m'),
        'm.known_error_id',
        'k.id',
      );
      sort = this.db.raw('m.score');
    } else {
      sort = this.db.raw(LAST_SEEN_SORT);
    }

    if (options.after) {
      query.whereRaw(`(${sort.toQuery()}, k.number) < (?, ?)`, [
        options.after.sort,
        options.after.number,
      ]);
    }
    const rows: (DbKnownErrorRow & { sort: number | string })[] = await query
      .select('k.*', this.db.raw(`${sort.toQuery()} as sort`))
      .orderBy([
        { column: 'sort', order: 'desc' },
        { column: 'k.number', order: 'desc' },
      ])
      .limit(options.limit + 1);

    const items = await this.hydrate(this.db, rows.slice(0, options.limit));
    const last =
      rows.length > options.limit ? rows[options.limit - 1] : undefined;
    return {
      items,
      totalItems,
      next: last ? { sort: Number(last.sort), number: last.number } : undefined,
    };
  }

  async updateKnownError(
    id: string,
    actorRef: string,
    update: (current: KnownErrorDetails) => KnownErrorUpdate,
  ): Promise<KnownErrorDetails> {
    await this.db.transaction(async trx => {
      const current = await this.readKnownError(
        trx,
        { id },
        { forUpdate: true },
      );
      if (!current) {
        throw new NotFoundError(`No known error with id ${id}`);
      }
      const { fields, entities, changes } = update(current);
      if (Object.keys(changes).length === 0) {
        return;
      }
      const now = Date.now();
      const row: Partial<DbKnownErrorRow> = { updated_at: now };
      for (const [field, value] of Object.entries(fields)) {
        (row as Record<string, unknown>)[
          FIELD_COLUMNS[field as keyof KnownErrorFields]
        ] = value;
      }
      await trx<DbKnownErrorRow>('known_errors').where({ id }).update(row);
      if (entities) {
        await trx('known_error_entities')
          .where({ known_error_id: id })
          .delete();
        await trx('known_error_owners').where({ known_error_id: id }).delete();
        await this.writeEntities(trx, id, entities);
      }
      await this.fullText.write(
        trx,
        {
          id,
          number: Number(current.number.slice('KE-'.length)),
          status: fields.status ?? current.status,
          title: fields.title ?? current.title,
          symptoms: fields.symptoms ?? current.symptoms,
          rootCause:
            fields.rootCause === undefined
              ? current.rootCause
              : fields.rootCause,
          workaround:
            fields.workaround === undefined
              ? current.workaround
              : fields.workaround,
        },
        current,
      );
      await trx<DbKnownErrorHistoryRow>('known_error_history').insert({
        known_error_id: id,
        kind:
          Object.keys(changes).length === 1 && changes.status
            ? 'status-changed'
            : 'updated',
        actor_ref: actorRef,
        at: now,
        changes: JSON.stringify(changes),
        incident_id: null,
        incident_number: null,
      });
    });
    return (await this.getKnownError({ id }))!;
  }

  async findCandidates(options: {
    relatedEntityRefs: string[];
    text?: Parameters<KnownErrorsFullText['matches']>[0];
    limit: number;
  }): Promise<KnownErrorCandidate[]> {
    const candidates = new Map<string, KnownErrorCandidate>();
    const candidate = (id: string) => {
      let found = candidates.get(id);
      if (!found) {
        found = { id, relatedEntityRefs: [], textMatch: false };
        candidates.set(id, found);
      }
      return found;
    };
    if (options.relatedEntityRefs.length > 0) {
      // Retired ones are left out when their facts are read.
      const related: DbKnownErrorEntityRow[] = await this.db(
        'known_error_entities',
      )
        .whereIn('entity_ref', options.relatedEntityRefs)
        .select('known_error_id', 'entity_ref');
      for (const row of related) {
        candidate(row.known_error_id).relatedEntityRefs.push(row.entity_ref);
      }
    }
    if (options.text) {
      for (const id of await this.fullText.bestMatches(
        options.text,
        options.limit,
      )) {
        candidate(id).textMatch = true;
      }
    }
    return [...candidates.values()];
  }

  async findIncidentIds(
    references: string[],
    visibleTo?: IncidentCriteria,
  ): Promise<Array<string | undefined>> {
    const keys = references.map(parseIncidentReference);
    const ids = keys.flatMap(key => (key && 'id' in key ? [key.id] : []));
    const numbers = keys.flatMap(key =>
      key && 'number' in key ? [key.number] : [],
    );
    if (ids.length === 0 && numbers.length === 0) {
      return references.map(() => undefined);
    }
    const rows: Pick<DbIncidentRow, 'id' | 'number'>[] =
      await whereIncidentMatches(
        this.db,
        this.db<DbIncidentRow>('incidents')
          .where(either =>
            either.whereIn('id', ids).orWhereIn('number', numbers),
          )
          .select('id', 'number'),
        await resolveIncidentCriteria(this.db, visibleTo),
        'incidents.id',
        'incidents.security',
      );
    return keys.map(
      key =>
        key &&
        rows.find(row =>
          'id' in key ? row.id === key.id : Number(row.number) === key.number,
        )?.id,
    );
  }

  private async writeEntities(
    trx: Knex.Transaction,
    knownErrorId: string,
    { entityRefs, ownerRefs }: { entityRefs: string[]; ownerRefs: string[] },
  ) {
    await trx<DbKnownErrorEntityRow>('known_error_entities').insert(
      entityRefs.map((entityRef, position) => ({
        known_error_id: knownErrorId,
        entity_ref: entityRef,
        position,
      })),
    );
    if (ownerRefs.length > 0) {
      await trx<DbKnownErrorOwnerRow>('known_error_owners').insert(
        ownerRefs.map(ownerRef => ({
          known_error_id: knownErrorId,
          owner_ref: ownerRef,
        })),
      );
    }
  }

  private async hydrate(
    db: Knex,
    rows: DbKnownErrorRow[],
  ): Promise<KnownError[]> {
    if (rows.length === 0) {
      return [];
    }
    const ids = rows.map(row => row.id);
    // One after another: inside a transaction they share one connection.
    const entities: DbKnownErrorEntityRow[] = await db<DbKnownErrorEntityRow>(
      'known_error_entities',
    )
      .whereIn('known_error_id', ids)
      .orderBy(['known_error_id', 'position']);
    const owners: DbKnownErrorOwnerRow[] = await db<DbKnownErrorOwnerRow>(
      'known_error_owners',
    )
      .whereIn('known_error_id', ids)
      .orderBy(['known_error_id', 'owner_ref']);
    const group = <T extends { known_error_id: string }>(items: T[]) => {
      const byId = new Map<string, T[]>();
      for (const item of items) {
        byId.set(item.known_error_id, [
          ...(byId.get(item.known_error_id) ?? []),
          item,
        ]);
      }
      return byId;
    };
    const entitiesById = group(entities);
    const ownersById = group(owners);
    return rows.map(row => ({
      id: row.id,
      number: formatKnownErrorNumber(Number(row.number)),
      title: row.title,
      symptoms: row.symptoms,
      rootCause: row.root_cause,
      workaround: row.workaround,
      permanentFix: row.permanent_fix,
      fixUrl: row.fix_url,
      status: row.status as KnownErrorStatus,
      entityRefs: (entitiesById.get(row.id) ?? []).map(e => e.entity_ref),
      ownerRefs: (ownersById.get(row.id) ?? []).map(o => o.owner_ref),
      incidentCount: Number(row.incident_count),
      lastSeenAt: optionalIso(row.last_seen_at),
      createdAt: toIso(row.created_at),
      createdBy: row.created_by,
      updatedAt: toIso(row.updated_at),
    }));
  }
}

function toHistoryEntry(row: DbKnownErrorHistoryRow): KnownErrorHistoryEntry {
  return {
    id: String(row.id),
    kind: row.kind as KnownErrorHistoryEntry['kind'],
    actorRef: row.actor_ref,
    at: toIso(row.at),
    changes: row.changes ? JSON.parse(row.changes) : null,
    incident:
      row.incident_id && row.incident_number !== null
        ? {
            id: row.incident_id,
            number: formatIncidentNumber(Number(row.incident_number)),
          }
        : null,
  };
}
