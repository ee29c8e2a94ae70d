import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import { IncidentsStore } from '../incidents/IncidentsStore';
import { SlackWorkspaceClient } from '../integrations/slack/SlackWorkspaceClient';
import { SlackMessages } from './content/slackMessages';
import { SeverityReminderStore } from './SeverityReminderStore';

/** The scheduled task that reminds channels of severities still to be assessed. */
export const SEVERITY_REMINDERS_TASK_ID = 'incidents-severity-reminders';

/** How many reminders one run posts at most; the rest wait for the next run. */
const BATCH = 50;

/**
 * Reminds the channel of each open incident whose severity is still to be assessed:
 * soon after the channel is created, then every `intervalMinutes`, until someone sets
 * the severity or the incident is resolved. A reminder is taken in the database before
 * it is posted, so two runs at once post it once; one Slack refused is due again on the
 * next run.
 */
export class SeverityReminders {
  constructor(
    private readonly deps: {
      store: SeverityReminderStore;
      incidents: Pick<IncidentsStore, 'getIncident'>;
      slack: SlackWorkspaceClient;
      messages: SlackMessages;
      intervalMinutes: number;
      logger: LoggerService;
    },
  ) {}

  async run(now: Date = new Date()): Promise<{ sent: number; failed: number }> {
    const at = now.getTime();
    const nextAt = at + this.deps.intervalMinutes * 60_000;
    let sent = 0;
    let failed = 0;
    for (const reminder of await this.deps.store.listDue(at, BATCH)) {
      if (!(await this.deps.store.claim(reminder, nextAt))) {
        continue;
      }
      try {
        const incident = await this.deps.incidents.getIncident({
          id: reminder.incidentId,
        });
        if (!incident) {
          continue;
        }
        await this.deps.slack.postMessage({
          channel: reminder.channelId,
          text: this.deps.messages.severityReminder(incident),
          incidentId: incident.id,
          stepKey: 'slack.severity-reminder',
        });
        sent += 1;
      } catch (error) {
        failed += 1;
        await this.deps.store.release(reminder.incidentId, at);
        this.deps.logger.warn(
          'Could not remind an incident channel that the severity is to be assessed; trying again on the next run',
          {
            incidentId: reminder.incidentId,
            error: stringifyError(error),
          },
        );
      }
    }
    return { sent, failed };
  }
}
