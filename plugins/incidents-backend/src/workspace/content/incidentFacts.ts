import { parseEntityRef } from '@backstage/catalog-model';
import { frenchSeverity } from '../../lib/text/frenchNames';
import {
  INCIDENT_ROLE_NAMES,
  INCIDENT_STATUS_NAMES,
  IncidentDetails,
  IncidentRole,
  IncidentStatus,
  roleHolder,
  SeverityDefinition,
} from '@incident-response/backstage-plugin-incidents-common';

/**
 * Escapes text for Slack mrkdwn: only `&`, `<` and `>`, as Slack asks. This keeps an
 * incident title such as `<!channel>` or `<https://evil|docs>` from pinging everyone or
 * passing off a link.
 */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** `user:default/alice` -> `alice`; anything unparsable is returned as is. */
export function entityName(ref: string): string {
  try {
    return parseEntityRef(ref).name;
  } catch {
    return ref;
  }
}

export function statusName(status: IncidentStatus): string {
  return INCIDENT_STATUS_NAMES[status] ?? status;
}

export function roleName(role: IncidentRole): string {
  return INCIDENT_ROLE_NAMES[role] ?? role;
}

export function utc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function duration(fromIso: string, toIso: string): string {
  const minutes = Math.max(
    0,
    Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 60000),
  );
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  return (
    [days && `${days} d`, hours && `${hours} h`, `${rest} min`]
      .filter(Boolean)
      .join(' ') || '0 min'
  );
}

/** Links a step may add to messages, when the steps that make them succeeded. */
export type WorkspaceLinks = {
  channelId?: string;
  channelName?: string;
  meetUrl?: string;
  docUrl?: string;
  /** Links not there yet because their step is still being retried. */
  comingLater?: ('meet' | 'doc')[];
};

/**
 * What every text the workspace writes says about an incident, whatever the target
 * (Slack messages, the postmortem document, the tracking sheet): its page in
 * Backstage, its severity's name and rules, its incident commander.
 */
export class IncidentFacts {
  constructor(
    private readonly options: {
      appBaseUrl: string;
      severities: SeverityDefinition[];
    },
  ) {}

  /** The incident's page in Backstage (the frontend route is /incidents/:id). */
  incidentUrl(incident: IncidentDetails): string {
    return `${this.options.appBaseUrl}/incidents/${incident.number}`;
  }

  /** A known error's page in Backstage (the frontend route is /known-errors/:id). */
  knownErrorUrl(knownError: { number: string }): string {
    return `${this.options.appBaseUrl}/known-errors/${knownError.number}`;
  }

  /** The severity's name; null (not assessed yet) is "To be assessed". */
  severityName(severity: string | null): string {
    if (severity === null) {
      return 'To be assessed';
    }
    return (
      this.options.severities.find(s => s.id === severity)?.name ?? severity
    );
  }

  /** The severity's name in French (custom severities keep their configured name). */
  frenchSeverityName(severity: string | null): string {
    if (severity === null) {
      return 'À évaluer';
    }
    const definition = this.options.severities.find(s => s.id === severity);
    return definition ? frenchSeverity(definition).name : severity;
  }

  /** The configured severities with what each means, in English and in French. */
  severityGuide(): Array<{
    id: string;
    en: { name: string; description: string };
    fr: { name: string; description: string };
  }> {
    return this.options.severities.map(severity => ({
      id: severity.id,
      en: { name: severity.name, description: severity.description },
      fr: frenchSeverity(severity),
    }));
  }

  /** False while the severity is to be assessed: nobody knows yet. */
  postmortemRequired(severity: string | null): boolean {
    return Boolean(
      this.options.severities.find(s => s.id === severity)?.postmortemRequired,
    );
  }

  /** Who leads the response: the incident commander. */
  commander(incident: IncidentDetails): string | undefined {
    return roleHolder(incident, 'incident-commander').userRef;
  }
}
