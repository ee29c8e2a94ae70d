import { createPermission } from '@backstage/plugin-permission-common';

/**
 * The permission resource type of incidents; an incident's resource ref is its id.
 * Rules (see the backend's README): `isSecurityIncident`, `hasRoleHolder`,
 * `hasOwner`, `affectsEntity`.
 *
 * @public
 */
export const INCIDENT_RESOURCE_TYPE = 'incident';

/**
 * The permission resource type of known errors; a known error's resource ref is its id.
 * Rules: `hasOwner`, `affectsEntity`.
 *
 * @public
 */
export const KNOWN_ERROR_RESOURCE_TYPE = 'known-error';

/**
 * Declare an incident.
 *
 * @public
 */
export const incidentCreatePermission = createPermission({
  name: 'incident.create',
  attributes: { action: 'create' },
});

/**
 * See incidents, their roles and timeline.
 *
 * @public
 */
export const incidentReadPermission = createPermission({
  name: 'incident.read',
  attributes: { action: 'read' },
  resourceType: INCIDENT_RESOURCE_TYPE,
});

/**
 * Change an incident: edit fields, change status, assign roles, write to the timeline.
 *
 * @public
 */
export const incidentUpdatePermission = createPermission({
  name: 'incident.update',
  attributes: { action: 'update' },
  resourceType: INCIDENT_RESOURCE_TYPE,
});

/**
 * Retry an incident's failed workspace steps (Slack channel, Google Meet, postmortem
 * doc, tracking sheet, announcements).
 *
 * @public
 */
export const incidentStepsRetryPermission = createPermission({
  name: 'incident.steps.retry',
  attributes: { action: 'update' },
});

/**
 * See the known-error database: known errors, their workarounds, history and incidents.
 *
 * @public
 */
export const knownErrorReadPermission = createPermission({
  name: 'knownError.read',
  attributes: { action: 'read' },
  resourceType: KNOWN_ERROR_RESOURCE_TYPE,
});

/**
 * Record a known error.
 *
 * @public
 */
export const knownErrorCreatePermission = createPermission({
  name: 'knownError.create',
  attributes: { action: 'create' },
});

/**
 * Change a known error: its texts, affected entities and status.
 *
 * @public
 */
export const knownErrorUpdatePermission = createPermission({
  name: 'knownError.update',
  attributes: { action: 'update' },
  resourceType: KNOWN_ERROR_RESOURCE_TYPE,
});

/**
 * Approve a postmortem that is in review (SRE leadership, for high severities).
 *
 * @public
 */
export const postmortemApprovePermission = createPermission({
  name: 'postmortem.approve',
  attributes: { action: 'update' },
});

/**
 * Every permission of the incidents plugin.
 *
 * @public
 */
export const incidentsPermissions = [
  incidentCreatePermission,
  incidentReadPermission,
  incidentUpdatePermission,
  incidentStepsRetryPermission,
  knownErrorReadPermission,
  knownErrorCreatePermission,
  knownErrorUpdatePermission,
  postmortemApprovePermission,
];
