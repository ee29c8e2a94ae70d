import {
  INCIDENT_STATUSES,
  OPEN_INCIDENT_STATUSES,
} from '@incident-response/backstage-plugin-incidents-common';

/** The statuses of incidents that are over: every status that is not open. */
export const PAST_STATUSES = INCIDENT_STATUSES.filter(
  status => !OPEN_INCIDENT_STATUSES.includes(status),
);
