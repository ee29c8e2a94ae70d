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
