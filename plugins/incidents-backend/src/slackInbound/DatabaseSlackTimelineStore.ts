import { Knex } from 'knex';
import { isUniqueViolation } from '../database/dialect';
import {
  DbIncidentRow,
  DbSlackEventRow,
  DbSlackTimelineMessageRow,
} from '../database/tables';
import { insertTimelineEntries, NewTimelineEntry } from '../database/timeline';
import {
  ReceivedSlackEvent,
  SlackMessageKey,
  SlackTimelineStore,
} from './SlackTimelineStore';

const EVENTS = 'incident_slack_events';
const MESSAGES = 'incident_slack_timeline_messages';

/** Knex-backed SlackTimelineStore, for SQLite and PostgreSQL. */
export class DatabaseSlackTimelineStore implements SlackTimelineStore {
  constructor(private readonly db: Knex) {}

  async receive(
    event: { eventId: string; type: string; callback: Record<string, unknown> },
    now: number,
  ): Promise<boolean> {
    const inserted = await this.db<DbSlackEventRow>(EVENTS)
      .insert({
        event_id: event.eventId,
        type: event.type,
        payload: JSON.stringify(event.callback),
        received_at: now,
        attempts: 0,
      })
      .onConflict('event_id')
      .ignore()
      .returning('event_id');
    return inserted.length > 0;
  }

  async claim(
    eventId: string,
    leaseMs: number,
    now: number,
  ): Promise<ReceivedSlackEvent | undefined> {
    const claimed = await this.db<DbSlackEventRow>(EVENTS)
      .where('event_id', eventId)
      .whereNull('handled_at')
      .andWhere(free =>
        free.whereNull('leased_until').orWhere('leased_until', '<', now),
      )
      .update({ leased_until: now + leaseMs });
    if (claimed === 0) {
      return undefined;
    }
    const row = await this.db<DbSlackEventRow>(EVENTS)
      .where('event_id', eventId)
      .first();
    return row
      ? {
          eventId,
          callback: JSON.parse(row.payload),
          attempts: Number(row.attempts),
        }
      : undefined;
  }

  async listUnhandled(
    receivedBefore: number,
    limit: number,
    now: number,
  ): Promise<string[]> {
    const rows = await this.db<DbSlackEventRow>(EVENTS)
      .whereNull('handled_at')
      .andWhere('received_at', '<', receivedBefore)
      .andWhere(free =>
        free.whereNull('leased_until').orWhere('leased_until', '<', now),
      )
      .orderBy('received_at')
      .limit(limit)
      .select('event_id');
    return rows.map(row => row.event_id);
  }

  async recordFailure(
    eventId: string,
    error: string,
    giveUp: boolean,
    now: number,
  ): Promise<void> {
    await this.db<DbSlackEventRow>(EVENTS)
      .where('event_id', eventId)
      .whereNull('handled_at')
      .update({
        attempts: this.db.raw('attempts + 1'),
        last_error: error.slice(0, 2000),
        leased_until: null,
        ...(giveUp && { handled_at: now }),
      });
  }

  async markHandled(eventId: string, now: number): Promise<void> {
    await this.db<DbSlackEventRow>(EVENTS)
      .where('event_id', eventId)
      .whereNull('handled_at')
      .update({ handled_at: now, leased_until: null });
  }

  /** Marks the event handled in `trx`; false when it already was (by another replica). */
  private async takeEvent(trx: Knex.Transaction, eventId: string, now: number) {
    const updated = await trx<DbSlackEventRow>(EVENTS)
      .where('event_id', eventId)
      .whereNull('handled_at')
      .update({ handled_at: now, leased_until: null });
    return updated > 0;
  }

  async addMessage(
    eventId: string,
    incidentId: string,
    message: SlackMessageKey,
    entry: NewTimelineEntry,
    now: number,
  ): Promise<string | undefined> {
    try {
      return await this.db.transaction(async trx => {
        if (!(await this.takeEvent(trx, eventId, now))) {
          return undefined;
        }
        const onTimeline = await trx<DbSlackTimelineMessageRow>(MESSAGES)
          .where({
            channel_id: message.channelId,
            message_ts: message.messageTs,
          })
          .first('entry_id');
        if (onTimeline) {
          return undefined;
        }
        const [entryId] = await insertTimelineEntries(
          trx,
          incidentId,
          [entry],
          now,
        );
        await trx<DbSlackTimelineMessageRow>(MESSAGES).insert({
          channel_id: message.channelId,
          message_ts: message.messageTs,
          incident_id: incidentId,
          entry_id: Number(entryId),
          saved_with: message.savedWith,
        });
        await trx<DbIncidentRow>('incidents')
          .where('id', incidentId)
          .update({ updated_at: now });
        return entryId;
      });
    } catch (error) {
      // Pinned and marked at the same moment: the other event put it on the timeline.
      if (isUniqueViolation(error)) {
        await this.markHandled(eventId, now);
        return undefined;
      }
      throw error;
    }
  }

  async removeMessage(
    eventId: string,
    message: SlackMessageKey,
    correction: (entryId: string) => NewTimelineEntry,
    now: number,
  ): Promise<{ incidentId: string; entryId: string } | undefined> {
    return this.db.transaction(async trx => {
      if (!(await this.takeEvent(trx, eventId, now))) {
        return undefined;
      }
      const where = {
        channel_id: message.channelId,
        message_ts: message.messageTs,
        saved_with: message.savedWith,
      };
      const onTimeline = await trx<DbSlackTimelineMessageRow>(MESSAGES)
        .where(where)
        .first();
      if (!onTimeline) {
        return undefined;
      }
      const incidentId = onTimeline.incident_id;
      const [entryId] = await insertTimelineEntries(
        trx,
        incidentId,
        [correction(String(onTimeline.entry_id))],
        now,
      );
      await trx<DbSlackTimelineMessageRow>(MESSAGES).where(where).delete();
      await trx<DbIncidentRow>('incidents')
        .where('id', incidentId)
        .update({ updated_at: now });
      return { incidentId, entryId };
    });
  }

  async forgetHandled(receivedBefore: number): Promise<number> {
    return this.db<DbSlackEventRow>(EVENTS)
      .whereNotNull('handled_at')
      .andWhere('received_at', '<', receivedBefore)
      .delete();
  }
}
