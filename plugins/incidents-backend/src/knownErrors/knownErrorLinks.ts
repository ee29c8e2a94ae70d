import {
  formatKnownErrorNumber,
  LinkedKnownError,
} from '@incident-response/backstage-plugin-incidents-common';
import { Knex } from 'knex';
import { isPostgres } from '../database/dialect';
import {
  DbIncidentRow,
  DbKnownErrorHistoryRow,
  DbKnownErrorIncidentRow,
  DbKnownErrorRow,
} from '../database/tables';
import { insertTimelineEntries } from '../database/timeline';

/** An incident and a known error that caused it. */
export type KnownErrorLink = { knownErrorId: string; incidentId: string };

type LinkChange = {
  links: KnownErrorLink[];
  actorRef: string;
  now: number;
};

async function lockKnownErrors(
  trx: Knex.Transaction,
  ids: string[],
): Promise<Map<string, DbKnownErrorRow>> {
  let query = trx<DbKnownErrorRow>('known_errors').whereIn('id', ids);
  if (isPostgres(trx)) {
    query = query.forUpdate();
  }
  const rows: DbKnownErrorRow[] = await query;
  return new Map(rows.map(row => [row.id, row]));
}

async function incidentNumbers(
  trx: Knex.Transaction,
  ids: string[],
): Promise<Map<string, number>> {
  const rows: Pick<DbIncidentRow, 'id' | 'number'>[] = await trx<DbIncidentRow>(
    'incidents',
  )
    .whereIn('id', ids)
    .select('id', 'number');
  return new Map(rows.map(row => [row.id, Number(row.number)]));
}

/** Recounts the incidents of known errors and when the latest one's impact started. */
async function refreshRecurrence(trx: Knex.Transaction, ids: string[]) {
  await trx('known_errors')
    .whereIn('id', ids)
    .update({
      incident_count: trx.raw(
        '(select count(*) from known_error_incidents l where l.known_error_id = known_errors.id)',
      ),
      last_seen_at: trx.raw(
        `(select max(i.impact_started_at) from known_error_incidents l
          join incidents i on i.id = l.incident_id
          where l.known_error_id = known_errors.id)`,
      ),
    });
}

/**
 * Writes links (or unlinks) between incidents and known errors inside the caller's
 * transaction, with everything that goes with them: the known error's history, its
 * incident count and last-seen time, and the incident's timeline (the incident's own
 * change time moves too). Links that already exist, or unlinks of links that do not,
 * are left out. Returns the timeline entries written and the pairs that changed.
 */
async function writeLinks(
  trx: Knex.Transaction,
  kind: 'link' | 'unlink',
  { links, actorRef, now }: LinkChange,
): Promise<{ timelineIds: string[]; changed: KnownErrorLink[] }> {
  if (links.length === 0) {
    return { timelineIds: [], changed: [] };
  }
  const knownErrors = await lockKnownErrors(trx, [
    ...new Set(links.map(l => l.knownErrorId)),
  ]);
  const existing: DbKnownErrorIncidentRow[] =
    await trx<DbKnownErrorIncidentRow>('known_error_incidents').whereIn(
      ['known_error_id', 'incident_id'],
      links.map(l => [l.knownErrorId, l.incidentId]),
    );
  const exists = new Set(
    existing.map(row => `${row.known_error_id} ${row.incident_id}`),
  );
  const changed = links.filter(
    l =>
      exists.has(`${l.knownErrorId} ${l.incidentId}`) === (kind === 'unlink'),
  );
  if (changed.length === 0) {
    return { timelineIds: [], changed };
  }
  const numbers = await incidentNumbers(trx, [
    ...new Set(changed.map(l => l.incidentId)),
  ]);

  if (kind === 'link') {
    await trx<DbKnownErrorIncidentRow>('known_error_incidents').insert(
      changed.map(l => ({
        known_error_id: l.knownErrorId,
        incident_id: l.incidentId,
        linked_by: actorRef,
        linked_at: now,
      })),
    );
  } else {
    for (const l of changed) {
      await trx('known_error_incidents')
        .where({ known_error_id: l.knownErrorId, incident_id: l.incidentId })
        .delete();
    }
  }
  await trx<DbKnownErrorHistoryRow>('known_error_history').insert(
    changed.map(l => ({
      known_error_id: l.knownErrorId,
      kind: kind === 'link' ? 'incident-linked' : 'incident-unlinked',
      actor_ref: actorRef,
      at: now,
      changes: null,
      incident_id: l.incidentId,
      incident_number: numbers.get(l.incidentId) ?? null,
    })),
  );
  await refreshRecurrence(trx, [...new Set(changed.map(l => l.knownErrorId))]);
  await trx('incidents')
    .whereIn('id', [...numbers.keys()])
    .update({ updated_at: now });

  const timelineIds: string[] = [];
  for (const l of changed) {
    const knownError = knownErrors.get(l.knownErrorId)!;
    const number = formatKnownErrorNumber(Number(knownError.number));
    timelineIds.push(
      ...(await insertTimelineEntries(
        trx,
        l.incidentId,
        [
          {
            kind:
              kind === 'link' ? 'known-error-linked' : 'known-error-unlinked',
            body: `${
              kind === 'link' ? 'Linked' : 'Unlinked'
            } the known error ${number}: ${knownError.title}`,
            authorRef: actorRef,
            automatic: true,
            data: {
              knownErrorId: knownError.id,
              number,
              title: knownError.title,
            },
          },
        ],
        now,
      )),
    );
  }
  return { timelineIds, changed };
}

export function linkKnownErrors(trx: Knex.Transaction, change: LinkChange) {
  return writeLinks(trx, 'link', change);
}

export function unlinkKnownErrors(trx: Knex.Transaction, change: LinkChange) {
  return writeLinks(trx, 'unlink', change);
}

/** The known errors linked to an incident, oldest link first, as the incident shows them. */
export async function readLinkedKnownErrors(
  db: Knex,
  incidentId: string,
): Promise<LinkedKnownError[]> {
  const rows: Pick<
    DbKnownErrorRow,
    'id' | 'number' | 'title' | 'status' | 'workaround'
  >[] = await db('known_error_incidents as l')
    .join('known_errors as k', 'k.id', 'l.known_error_id')
    .where('l.incident_id', incidentId)
    .orderBy([
      { column: 'l.linked_at', order: 'asc' },
      { column: 'k.number', order: 'asc' },
    ])
    .select('k.id', 'k.number', 'k.title', 'k.status', 'k.workaround');
  return rows.map(row => ({
    id: row.id,
    number: formatKnownErrorNumber(Number(row.number)),
    title: row.title,
    status: row.status as LinkedKnownError['status'],
    workaround: row.workaround,
  }));
}
