import { OPEN_INCIDENT_STATUSES } from '@incident-response/backstage-plugin-incidents-common';
import { Knex } from 'knex';
import { DbIncidentRow } from '../database/tables';

/** An open incident still to be assessed whose channel is due a reminder. */
export type DueSeverityReminder = {
  incidentId: string;
  channelId: string;
  /** When it fell due; null for the first reminder, due as soon as the channel exists. */
  dueAt: number | null;
};

/** When the channels of incidents whose severity is to be assessed are reminded of it. */
export interface SeverityReminderStore {
  /** The reminders due at `now`: open incidents without a severity that have a channel. */
  listDue(now: number, limit: number): Promise<DueSeverityReminder[]>;
  /**
   * Takes a reminder and makes the next one due at `nextAt`; false when another run took
   * it first, or the incident no longer needs it.
   */
  claim(reminder: DueSeverityReminder, nextAt: number): Promise<boolean>;
  /** Makes a reminder due again at `at` (it could not be posted). */
  release(incidentId: string, at: number): Promise<void>;
}

/** The incidents' `severity_reminder_due_at`, beside the channel the workspace made. */
export class DatabaseSeverityReminderStore implements SeverityReminderStore {
  constructor(private readonly db: Knex) {}

  /** Open incidents without a severity, as `i`. */
  private needingReminders() {
    return this.db<DbIncidentRow>({ i: 'incidents' })
      .whereNull('i.severity')
      .whereIn('i.status', [...OPEN_INCIDENT_STATUSES]);
  }

  async listDue(now: number, limit: number): Promise<DueSeverityReminder[]> {
    const rows = await this.needingReminders()
      .join('incident_steps as s', join =>
        join
          .on('s.incident_id', 'i.id')
          .andOnVal('s.key', 'slack.channel')
          .andOnVal('s.status', 'succeeded'),
      )
      .where(due =>
        due
          .whereNull('i.severity_reminder_due_at')
          .orWhere('i.severity_reminder_due_at', '<=', now),
      )
      .orderBy('i.declared_at')
      .limit(limit)
      .select('i.id', 'i.severity_reminder_due_at', 's.result');
    return rows.flatMap(row => {
      const channelId = JSON.parse(String(row.result ?? '{}')).channelId;
      return typeof channelId === 'string'
        ? [
            {
              incidentId: String(row.id),
              channelId,
              dueAt:
                row.severity_reminder_due_at === null
                  ? null
                  : Number(row.severity_reminder_due_at),
            },
          ]
        : [];
    });
  }

  async claim(reminder: DueSeverityReminder, nextAt: number): Promise<boolean> {
    // Compare and set: of two runs that listed the same reminder, one updates the row.
    const updated = await this.db<DbIncidentRow>('incidents')
      .where('id', reminder.incidentId)
      .whereNull('severity')
      .whereIn('status', [...OPEN_INCIDENT_STATUSES])
      .where(same =>
        reminder.dueAt === null
          ? same.whereNull('severity_reminder_due_at')
          : same.where('severity_reminder_due_at', reminder.dueAt),
      )
      .update({ severity_reminder_due_at: nextAt });
    return updated === 1;
  }

  async release(incidentId: string, at: number): Promise<void> {
    await this.db<DbIncidentRow>('incidents')
      .where('id', incidentId)
      .update({ severity_reminder_due_at: at });
  }
}
