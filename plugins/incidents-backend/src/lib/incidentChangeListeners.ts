import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import {
  IncidentChange,
  IncidentDetails,
} from '@incident-response/backstage-plugin-incidents-common';

/**
 * An incident after a change committed. `change` says what changed when it was a change
 * to the incident itself; it is absent for timeline entries and workspace step updates.
 */
export type IncidentChangedEvent = {
  incident: IncidentDetails;
  change?: IncidentChange;
};

/** Something that reacts once a change is committed: live updates, notifications. */
export type IncidentChangeListener = (
  event: IncidentChangedEvent,
) => Promise<void> | void;

/**
 * The listeners every entry point's changes reach: the use cases and the workspace
 * worker call `notify` after their transaction commits. A listener that fails is
 * logged, never rethrown: the change has happened and the caller must hear so.
 */
export class IncidentChangeListeners {
  constructor(
    private readonly listeners: IncidentChangeListener[],
    private readonly logger: LoggerService,
  ) {}

  async notify(event: IncidentChangedEvent): Promise<void> {
    await Promise.all(
      this.listeners.map(async listener => {
        try {
          await listener(event);
        } catch (error) {
          this.logger.warn('An incident change listener failed', {
            incident: event.incident.number,
            change: event.change?.type ?? 'update',
            error: stringifyError(error),
          });
        }
      }),
    );
  }
}
