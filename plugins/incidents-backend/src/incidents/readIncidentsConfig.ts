import { Config } from '@backstage/config';
import {
  DEFAULT_SEVERITIES,
  INCIDENT_ROLE_DESCRIPTIONS,
  INCIDENT_ROLE_NAMES,
  INCIDENT_ROLES,
  INCIDENT_STATUS_NAMES,
  INCIDENT_STATUS_TRANSITIONS,
  INCIDENT_STATUSES,
  IncidentsConfigResponse,
  SeverityDefinition,
  UNASSESSED_SEVERITY_FILTER,
} from '@incident-response/backstage-plugin-incidents-common';

function readSeverities(config: Config): SeverityDefinition[] {
  const configured = config.getOptionalConfigArray('incidents.severities');
  if (!configured || configured.length === 0) {
    return DEFAULT_SEVERITIES.map(s => ({ ...s, examples: [...s.examples] }));
  }
  const severities = configured.map(c => ({
    id: c.getString('id'),
    name: c.getOptionalString('name') ?? c.getString('id'),
    description: c.getOptionalString('description') ?? '',
    examples: c.getOptionalStringArray('examples') ?? [],
    postmortemRequired: c.getOptionalBoolean('postmortemRequired') ?? false,
  }));
  const ids = new Set<string>();
  for (const { id } of severities) {
    if (id === UNASSESSED_SEVERITY_FILTER) {
      throw new Error(
        `incidents.severities: the id '${id}' is reserved for the incidents still to be assessed`,
      );
    }
    if (ids.has(id)) {
      throw new Error(`incidents.severities: the id '${id}' appears twice`);
    }
    ids.add(id);
  }
  return severities;
}

/**
 * The installation's severities, roles and statuses, which integrations are on and the
 * postmortem settings forms need, as `GET /config` returns them.
 */
export function readIncidentsConfig(
  config: Config,
  settings: Pick<IncidentsConfigResponse, 'integrations' | 'postmortems'>,
): IncidentsConfigResponse {
  return {
    severities: readSeverities(config),
    roles: INCIDENT_ROLES.map(id => ({
      id,
      name: INCIDENT_ROLE_NAMES[id],
      description: INCIDENT_ROLE_DESCRIPTIONS[id],
    })),
    statuses: INCIDENT_STATUSES.map(id => ({
      id,
      name: INCIDENT_STATUS_NAMES[id],
      transitions: [...INCIDENT_STATUS_TRANSITIONS[id]],
    })),
    ...settings,
  };
}
