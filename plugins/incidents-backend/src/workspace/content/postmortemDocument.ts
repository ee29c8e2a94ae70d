import {
  IncidentDetails,
  IncidentStatus,
} from '@incident-response/backstage-plugin-incidents-common';
import {
  entityName,
  IncidentFacts,
  statusName,
  utc,
  WorkspaceLinks,
} from './incidentFacts';

/** The postmortem document's placeholders and status line. */
export class PostmortemDocumentText {
  constructor(private readonly facts: IncidentFacts) {}

  /** The status as written in the postmortem doc; the timestamp makes it unique, so it can be replaced later. */
  docStatusText(status: IncidentStatus, at: string): string {
    return `${statusName(status)} (as of ${utc(at)})`;
  }

  /** Placeholders of the postmortem template and their values. */
  docReplacements(
    incident: IncidentDetails,
    links: WorkspaceLinks,
    statusText: string,
  ): [string, string][] {
    const commander = this.facts.commander(incident);
    return [
      ['{{TITLE}}', incident.title],
      ['{{NUMBER}}', incident.number],
      ['{{DATE}}', incident.declaredAt.slice(0, 10)],
      ['{{SEVERITY}}', this.facts.severityName(incident.severity)],
      ['{{SERVICES}}', incident.entityRefs.map(entityName).join(', ')],
      ['{{OWNERS}}', incident.ownerRefs.map(entityName).join(', ') || '-'],
      ['{{IC}}', commander ? entityName(commander) : '-'],
      ['{{CHANNEL}}', links.channelName ? `#${links.channelName}` : '-'],
      ['{{MEET_LINK}}', links.meetUrl ?? '-'],
      ['{{STATUS}}', statusText],
      ['{{BACKSTAGE_LINK}}', this.facts.incidentUrl(incident)],
    ];
  }
}
