import {
  IncidentDetails,
  IncidentStatus,
} from '@incident-response/backstage-plugin-incidents-common';

/**
 * A rule another domain puts on incident status changes, checked before the change:
 * postmortems refuse to let an incident close before its required postmortem is
 * approved. It throws the error the caller gets (a 409 naming what is missing).
 */
export interface StatusChangeGuard {
  assertMayChangeStatus(
    incident: IncidentDetails,
    to: IncidentStatus,
  ): Promise<void>;
}
