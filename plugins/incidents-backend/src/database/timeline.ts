import { InputError } from '@backstage/errors';
import {
  TimelineEntry,
  TimelineEntryKind,
} from '@incident-response/backstage-plugin-incidents-common';
import { Knex } from 'knex';
import { insertedId, toIso, toMillis } from './dialect';
import { DbTimelineRow } from './tables';

/** A timeline entry to write; `occurredAt` defaults to the time of writing. */
export type NewTimelineEntry = {
  kind: TimelineEntryKind;
  body: string;
  authorRef: string;
  automatic: boolean;
  data?: Record<string, unknown>;
  occurredAt?: string;
  correctsId?: string;
};

/**
 * The row of a new entry. Every store that records something on an incident's timeline
 * (its changes, workspace steps, retries) writes it through here.
 */
export function timelineRow(
  incidentId: string,
  entry: NewTimelineEntry,
  now: number,
): Omit<DbTimelineRow, 'id'> {
  return {
    incident_id: incidentId,
    kind: entry.kind,
    body: entry.body,
    author_ref: entry.authorRef,
    automatic: entry.automatic,
    corrects_id: entry.correctsId ? Number(entry.correctsId) : null,
    data: entry.data ? JSON.stringify(entry.data) : null,
    occurred_at: entry.occurredAt ? toMillis(entry.occurredAt) : now,
    created_at: now,
  };
}

async function assertTimelineEntryExists(
  trx: Knex.Transaction,
  incidentId: string,
  entryId: string,
) {
  const found =
    /^\d{1,15}$/.test(entryId) &&
    (await trx<DbTimelineRow>('incident_timeline')
      .where({ id: Number(entryId), incident_id: incidentId })
      .first('id'));
  if (!found) {
    throw new InputError(
      `correctsId: this incident's timeline has no entry ${entryId}`,
    );
  }
}

/**
 * Appends entries to an incident's timeline inside the caller's transaction; a
 * correction must point at an entry of the same incident. Returns the new ids, in order.
 */
export async function insertTimelineEntries(
  trx: Knex.Transaction,
  incidentId: string,
  entries: NewTimelineEntry[],
  now: number,
): Promise<string[]> {
  const ids: string[] = [];
  // One insert per entry keeps the ids in order on both dialects.
  for (const entry of entries) {
    if (entry.correctsId !== undefined) {
      await assertTimelineEntryExists(trx, incidentId, entry.correctsId);
    }
    const [inserted] = await trx<DbTimelineRow>('incident_timeline')
      .insert(timelineRow(incidentId, entry, now))
      .returning('id');
    ids.push(insertedId(inserted));
  }
  return ids;
}

export function toTimelineEntry(row: DbTimelineRow): TimelineEntry {
  return {
    id: String(row.id),
    incidentId: row.incident_id,
    kind: row.kind as TimelineEntryKind,
    body: row.body,
    authorRef: row.author_ref,
    automatic: Boolean(row.automatic),
    correctsId: row.corrects_id === null ? null : String(row.corrects_id),
    data: row.data ? JSON.parse(row.data) : null,
    occurredAt: toIso(row.occurred_at),
    createdAt: toIso(row.created_at),
  };
}
