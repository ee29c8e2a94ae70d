import { IncidentDetails } from '@incident-response/backstage-plugin-incidents-common';
import {
  entityName,
  IncidentFacts,
  statusName,
  WorkspaceLinks,
} from './incidentFacts';

/** The tracking-sheet row; the first column (the number) is how the row is found again. */
export function trackingRow(
  facts: IncidentFacts,
  incident: IncidentDetails,
  links: WorkspaceLinks,
): string[] {
  const commander = facts.commander(incident);
  return [
    incident.number,
    incident.declaredAt,
    incident.title,
    facts.severityName(incident.severity),
    statusName(incident.status),
    incident.entityRefs.map(entityName).join(', '),
    commander ? entityName(commander) : '',
    links.channelName ? `#${links.channelName}` : '',
    links.docUrl ?? '',
    facts.incidentUrl(incident),
  ];
}
