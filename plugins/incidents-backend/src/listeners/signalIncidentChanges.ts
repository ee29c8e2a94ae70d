import { SignalsService } from '@backstage/plugin-signals-node';
import {
  IncidentChangedSignal,
  INCIDENTS_SIGNAL_CHANNEL,
} from '@incident-response/backstage-plugin-incidents-common';
import { IncidentChangeListener } from '../lib/incidentChangeListeners';

/**
 * Tells open pages that an incident changed, with what they filter on: its entities
 * and owners.
 */
export function signalIncidentChanges(
  signals: SignalsService,
): IncidentChangeListener {
  return ({ incident }) =>
    signals.publish<IncidentChangedSignal>({
      recipients: { type: 'broadcast' },
      channel: INCIDENTS_SIGNAL_CHANNEL,
      message: {
        type: 'incident-changed',
        incidentId: incident.id,
        number: incident.number,
        entityRefs: incident.entityRefs,
        ownerRefs: incident.ownerRefs,
      },
    });
}
