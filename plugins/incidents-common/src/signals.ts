/**
 * The signal channel on which the backend announces incident changes.
 *
 * @public
 */
export const INCIDENTS_SIGNAL_CHANNEL = 'incidents';

/**
 * The message published on the incidents signal channel after a change.
 *
 * @public
 */
export type IncidentChangedSignal = {
  type: 'incident-changed';
  incidentId: string;
  number: string;
  entityRefs: string[];
  ownerRefs: string[];
};

/**
 * The message published on the incidents signal channel after a known error changed.
 *
 * @public
 */
export type KnownErrorChangedSignal = {
  type: 'known-error-changed';
  knownErrorId: string;
  /** Incidents whose list of known errors changed with it (linked or unlinked). */
  incidentIds: string[];
};
