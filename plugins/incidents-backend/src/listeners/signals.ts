import { SignalsService } from '@backstage/plugin-signals-node';
import {
  IncidentChangedSignal,
  INCIDENTS_SIGNAL_CHANNEL,
  KnownErrorChangedSignal,
} from '@incident-response/backstage-plugin-incidents-common';
import {
  ChangeListener,
  IncidentChangedEvent,
  KnownErrorChangedEvent,
} from '../lib/changeListeners';

function publishKnownErrorChanged(
  signals: SignalsService,
  message: Omit<KnownErrorChangedSignal, 'type'>,
) {
  return signals.publish<KnownErrorChangedSignal>({
    recipients: { type: 'broadcast' },
    channel: INCIDENTS_SIGNAL_CHANNEL,
    message: { type: 'known-error-changed', ...message },
  });
}

/**
 * Tells open pages that an incident changed, with what they filter on: its entities
 * and owners. A link to a known error changes the known error too.
 */
export function signalIncidentChanges(
  signals: SignalsService,
): ChangeListener<IncidentChangedEvent> {
  return async ({ incident, change }) => {
    await signals.publish<IncidentChangedSignal>({
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
    if (
      change?.type === 'known-error-linked' ||
      change?.type === 'known-error-unlinked'
    ) {
      await publishKnownErrorChanged(signals, {
        knownErrorId: change.knownErrorId,
        incidentIds: [incident.id],
      });
    }
  };
}

/** Tells open pages that a known error changed, and which incidents' lists changed. */
export function signalKnownErrorChanges(
  signals: SignalsService,
): ChangeListener<KnownErrorChangedEvent> {
  return ({ knownError, incidentIds }) =>
    publishKnownErrorChanged(signals, {
      knownErrorId: knownError.id,
      incidentIds,
    });
}
