import { SignalPayload, SignalsService } from '@backstage/plugin-signals-node';
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

type Recipients = SignalPayload['recipients'];

function publishKnownErrorChanged(
  signals: SignalsService,
  message: Omit<KnownErrorChangedSignal, 'type'>,
  recipients: Recipients = { type: 'broadcast' },
) {
  return signals.publish<KnownErrorChangedSignal>({
    recipients,
    channel: INCIDENTS_SIGNAL_CHANNEL,
    message: { type: 'known-error-changed', ...message },
  });
}

/**
 * Tells open pages that an incident changed, with what they filter on: its entities
 * and owners. A link to a known error changes the known error too. A security
 * incident's signals reach only those who may see it: its role holders, the members of
 * its owner teams and of the security responder groups.
 */
export function signalIncidentChanges(
  signals: SignalsService,
  options: { securityResponderGroups: string[] },
): ChangeListener<IncidentChangedEvent> {
  return async ({ incident, change }) => {
    const recipients: Recipients = incident.security
      ? {
          type: 'user',
          entityRef: [
            ...new Set([
              ...incident.roles.map(role => role.userRef),
              ...incident.ownerRefs,
              ...options.securityResponderGroups,
            ]),
          ],
        }
      : { type: 'broadcast' };
    await signals.publish<IncidentChangedSignal>({
      recipients,
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
      await publishKnownErrorChanged(
        signals,
        { knownErrorId: change.knownErrorId, incidentIds: [incident.id] },
        recipients,
      );
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
