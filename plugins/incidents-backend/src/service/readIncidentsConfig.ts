import { Config } from '@backstage/config';
import {
  DEFAULT_SEVERITIES,
  INCIDENT_STATUS_TRANSITIONS,
  INCIDENT_STATUSES,
  IncidentsConfigResponse,
  RoleDefinition,
  SeverityDefinition,
  StatusDefinition,
} from '@incident-response/backstage-plugin-incidents-common';
import { readWorkspaceSettings } from '../workspace/readWorkspaceSettings';

const ROLES: RoleDefinition[] = [
  {
    id: 'incident-commander',
    name: 'Incident commander',
    description:
      'Has overall responsibility and authority for the incident; holds every role not yet delegated.',
  },
  {
    id: 'operations-lead',
    name: 'Operations lead',
    description:
      'Develops theories about what is broken, decides on changes and runs the technical team.',
  },
  {
    id: 'communications-lead',
    name: 'Communications lead',
    description:
      'The public face of the incident: periodic updates to responders, stakeholders and users.',
  },
  {
    id: 'policy-lead',
    name: 'Policy lead',
    description:
      'Assesses policy and privacy implications and advises the incident commander.',
  },
  {
    id: 'postmortem-owner',
    name: 'Postmortem owner',
    description:
      'Accountable for the blameless postmortem, from draft to publication.',
  },
  {
    id: 'scribe',
    name: 'Scribe',
    description: 'Records what is observed, decided and done in the timeline.',
  },
  {
    id: 'reporter',
    name: 'Reporter',
    description: 'Declared the incident.',
  },
];

const STATUS_NAMES: Record<StatusDefinition['id'], string> = {
  active: 'Active',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
  closed: 'Closed',
};

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
    if (ids.has(id)) {
      throw new Error(`incidents.severities: the id '${id}' appears twice`);
    }
    ids.add(id);
  }
  return severities;
}

/** The installation's severities, roles and statuses, as `GET /config` returns them. */
export function readIncidentsConfig(config: Config): IncidentsConfigResponse {
  const workspace = readWorkspaceSettings(config);
  return {
    severities: readSeverities(config),
    roles: ROLES,
    statuses: INCIDENT_STATUSES.map(id => ({
      id,
      name: STATUS_NAMES[id],
      transitions: [...INCIDENT_STATUS_TRANSITIONS[id]],
    })),
    integrations: {
      slack: workspace.slack !== undefined,
      google: workspace.google !== undefined,
    },
  };
}
