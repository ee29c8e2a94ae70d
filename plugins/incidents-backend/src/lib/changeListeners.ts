import { LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import {
  IncidentChange,
  IncidentDetails,
  KnownError,
} from '@incident-response/backstage-plugin-incidents-common';

/**
 * An incident after a change committed. `change` says what changed when it was a change
 * to the incident itself; it is absent for timeline entries and workspace step updates.
 */
export type IncidentChangedEvent = {
  incident: IncidentDetails;
  change?: IncidentChange;
  /** Who made the change, when a person did (the incident use cases say). */
  actorRef?: string;
};

/** A known error after a change committed, with the incidents linked or unlinked by it. */
export type KnownErrorChangedEvent = {
  knownError: Pick<KnownError, 'id' | 'number'>;
  incidentIds: string[];
};

/** Something that reacts once a change is committed: live updates, notifications. */
export type ChangeListener<E> = (event: E) => Promise<void> | void;

/**
 * The listeners every entry point's changes reach: the use cases and the workspace
 * worker call `notify` after their transaction commits. A listener that fails is
 * logged, never rethrown: the change has happened and the caller must hear so.
 */
export class ChangeListeners<E> {
  constructor(
    private readonly listeners: ChangeListener<E>[],
    private readonly logger: LoggerService,
    /** What the log says about an event whose listener failed. */
    private readonly describe: (event: E) => Record<string, string>,
  ) {}

  /** Adds a listener built after the changes' sources (it may depend on them). */
  add(listener: ChangeListener<E>): void {
    this.listeners.push(listener);
  }

  async notify(event: E): Promise<void> {
    await Promise.all(
      this.listeners.map(async listener => {
        try {
          await listener(event);
        } catch (error) {
          this.logger.warn('A change listener failed', {
            ...this.describe(event),
            error: stringifyError(error),
          });
        }
      }),
    );
  }
}

export type IncidentChangeListeners = ChangeListeners<IncidentChangedEvent>;
export type KnownErrorChangeListeners = ChangeListeners<KnownErrorChangedEvent>;
