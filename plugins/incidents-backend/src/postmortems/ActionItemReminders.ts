import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import { IncidentsStore } from '../incidents/IncidentsStore';
import { addDays, dayOf } from './days';
import { PostmortemNotifier } from './PostmortemNotifier';
import { PostmortemsStore } from './PostmortemsStore';

/** The scheduled task that reminds owners of action items due soon or overdue. */
export const ACTION_ITEM_REMINDERS_TASK_ID = 'incidents-action-item-reminders';

/** How long before its due day an item's owners are reminded of it. */
const DUE_SOON_DAYS = 7;

/**
 * Reminds the owner team (and the assignee) of each open action item twice at most: a
 * week before its due day, and once it is overdue. Each reminder is recorded once sent,
 * so a run repeats nothing; a reminder that could not be sent is tried on the next run.
 * Items done or won't do are never reminded of again.
 */
export class ActionItemReminders {
  constructor(
    private readonly deps: {
      store: Pick<PostmortemsStore, 'dueReminders' | 'markReminded'>;
      incidents: Pick<IncidentsStore, 'getIncident'>;
      notifier: Pick<PostmortemNotifier, 'actionItemReminder'>;
      logger: LoggerService;
    },
  ) {}

  async run(now: Date = new Date()): Promise<{ sent: number; failed: number }> {
    const today = dayOf(now.getTime());
    const { dueSoon, overdue } = await this.deps.store.dueReminders({
      today,
      soonUntil: addDays(today, DUE_SOON_DAYS),
    });
    let sent = 0;
    let failed = 0;
    const reminders = [
      ...overdue.map(item => ({ item, reminder: 'overdue' as const })),
      ...dueSoon.map(item => ({ item, reminder: 'due-soon' as const })),
    ];
    for (const { item, reminder } of reminders) {
      try {
        const incident = await this.deps.incidents.getIncident({
          id: item.incidentId,
        });
        if (incident) {
          await this.deps.notifier.actionItemReminder(item, reminder, incident);
        }
        await this.deps.store.markReminded(item.id, reminder, now.getTime());
        sent += 1;
      } catch (error) {
        failed += 1;
        this.deps.logger.warn('Could not remind the owners of an action item', {
          actionItem: item.id,
          incident: item.incidentNumber,
          error: stringifyError(error),
        });
      }
    }
    return { sent, failed };
  }
}
