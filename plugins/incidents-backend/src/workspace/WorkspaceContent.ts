import { parseEntityRef } from '@backstage/catalog-model';
import {
  IncidentDetails,
  IncidentRole,
  IncidentStatus,
  SeverityDefinition,
  WorkspaceStepKind,
} from '@incident-response/backstage-plugin-incidents-common';
import type { DetailsChange } from './WorkspacePlanner';

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

const STATUS_NAMES: Record<IncidentStatus, string> = {
  active: 'Active',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
  closed: 'Closed',
};

const ROLE_NAMES: Record<IncidentRole, string> = {
  'incident-commander': 'Incident commander',
  'operations-lead': 'Operations lead',
  'communications-lead': 'Communications lead',
  'policy-lead': 'Policy lead',
  'postmortem-owner': 'Postmortem owner',
  scribe: 'Scribe',
  reporter: 'Reporter',
};

export function statusName(status: IncidentStatus): string {
  return STATUS_NAMES[status] ?? status;
}

export function roleName(role: IncidentRole): string {
  return ROLE_NAMES[role] ?? role;
}

function utc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function duration(fromIso: string, toIso: string): string {
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

type Block = Record<string, unknown>;

const section = (text: string): Block => ({
  type: 'section',
  text: { type: 'mrkdwn', text },
});

/**
 * The text of everything the workspace steps write: Slack messages, the channel topic
 * and purpose, the postmortem doc's placeholders and the tracking-sheet row. User text
 * is escaped for Slack; links come only from config and from the APIs' answers.
 */
export class WorkspaceContent {
  constructor(
    private readonly options: {
      appBaseUrl: string;
      severities: SeverityDefinition[];
      archiveOnClose: boolean;
    },
  ) {}

  /** The incident's page in Backstage (the frontend route is /incidents/:id). */
  incidentUrl(incident: IncidentDetails): string {
    return `${this.options.appBaseUrl}/incidents/${incident.number}`;
  }

  severityName(severity: string): string {
    return (
      this.options.severities.find(s => s.id === severity)?.name ?? severity
    );
  }

  private postmortemRequired(severity: string): boolean {
    return Boolean(
      this.options.severities.find(s => s.id === severity)?.postmortemRequired,
    );
  }

  /** Who holds a role: the explicit holder, else the incident commander. */
  holder(incident: IncidentDetails, role: IncidentRole): string | undefined {
    const explicit = incident.roles.find(r => r.role === role)?.userRef;
    return (
      explicit ??
      incident.roles.find(r => r.role === 'incident-commander')?.userRef
    );
  }

  channelTopic(incident: IncidentDetails): string {
    const commander = this.holder(incident, 'incident-commander');
    return escapeMrkdwn(
      `${incident.number} · ${this.severityName(
        incident.severity,
      )} · ${statusName(incident.status)}${
        commander ? ` · IC: ${entityName(commander)}` : ''
      }`,
    ).slice(0, 250);
  }

  channelPurpose(incident: IncidentDetails): string {
    const link = ` · ${this.incidentUrl(incident)}`;
    return `${escapeMrkdwn(incident.title).slice(0, 250 - link.length)}${link}`;
  }

  private rolesText(incident: IncidentDetails): string {
    const lines = incident.roles
      .filter(r => r.role !== 'reporter')
      .map(
        r => `• ${roleName(r.role)}: ${escapeMrkdwn(entityName(r.userRef))}`,
      );
    const reporter = incident.roles.find(r => r.role === 'reporter');
    if (reporter) {
      lines.push(`• Reporter: ${escapeMrkdwn(entityName(reporter.userRef))}`);
    }
    return `*Roles*\n${lines.join(
      '\n',
    )}\n_The incident commander holds every role not yet delegated._`;
  }

  private linksText(incident: IncidentDetails, links: WorkspaceLinks): string {
    const lines = [`• <${this.incidentUrl(incident)}|Incident in Backstage>`];
    if (links.meetUrl) {
      lines.push(`• <${links.meetUrl}|Google Meet>`);
    } else if (links.comingLater?.includes('meet')) {
      lines.push('• Google Meet: being set up, the link will follow here');
    }
    if (links.docUrl) {
      lines.push(`• <${links.docUrl}|Postmortem document>`);
    } else if (links.comingLater?.includes('doc')) {
      lines.push(
        '• Postmortem document: being set up, the link will follow here',
      );
    }
    return `*Links*\n${lines.join('\n')}`;
  }

  /**
   * The channel's first message: what is wrong, roles, links and the handbook's next
   * steps (CDS incident management handbook: roles, communication pattern).
   */
  firstMessage(
    incident: IncidentDetails,
    links: WorkspaceLinks,
  ): { text: string; blocks: Block[] } {
    const title = escapeMrkdwn(incident.title);
    const facts = [
      `*Severity:* ${escapeMrkdwn(this.severityName(incident.severity))}`,
      `*Status:* ${statusName(incident.status)}`,
      `*Affected:* ${incident.entityRefs.map(entityName).join(', ')}`,
      incident.ownerRefs.length > 0 &&
        `*Owners:* ${incident.ownerRefs.map(entityName).join(', ')}`,
      `*Impact started:* ${utc(incident.impactStartedAt)}`,
    ].filter(Boolean);
    const summary = incident.summary ?? incident.description;
    const nextSteps = [
      '1. *Incident commander*: delegate the roles (operations lead, communications lead, policy lead, scribe) in Backstage; you hold every role not yet delegated.',
      '2. *Everyone*: post what you observe and what you do in this channel, and check with the incident commander before changing production or staging.',
      `3. *Communications lead*: start a status thread titled "${escapeMrkdwn(
        this.severityName(incident.severity),
      )} – summary": 1-2 sentences on the current state and impact, 2-4 bullet points of status, 2-4 of next steps, and when the next update comes.`,
      '4. Record observations, decisions and actions in the incident timeline in Backstage.',
      `5. When the impact has ended, mark the incident resolved in Backstage.${
        this.postmortemRequired(incident.severity)
          ? ' A blameless postmortem is required at this severity.'
          : ''
      }`,
    ];
    const blocks: Block[] = [
      {
        type: 'header',
        text: {
          type: 'plain_text',
          text: `${incident.number}: ${incident.title}`.slice(0, 150),
        },
      },
      section(facts.join('\n')),
      ...(summary
        ? [section(`*What is wrong*\n${escapeMrkdwn(summary)}`)]
        : []),
      section(this.rolesText(incident)),
      section(this.linksText(incident, links)),
      section(`*Next steps*\n${nextSteps.join('\n')}`),
    ];
    return {
      text: `:rotating_light: ${incident.number} (${escapeMrkdwn(
        this.severityName(incident.severity),
      )}): ${title} – <${this.incidentUrl(incident)}|open in Backstage>`,
      blocks,
    };
  }

  /** Links that were not ready when the first message went out. */
  lateLinksMessage(
    incident: IncidentDetails,
    links: { meetUrl?: string; docUrl?: string },
  ): string {
    const parts = [
      links.meetUrl && `<${links.meetUrl}|Google Meet>`,
      links.docUrl && `<${links.docUrl}|postmortem document>`,
    ].filter(Boolean);
    return `:link: The ${parts.join(' and the ')} for ${incident.number} ${
      parts.length > 1 ? 'are' : 'is'
    } ready.`;
  }

  announcement(incident: IncidentDetails, links: WorkspaceLinks): string {
    const severity = escapeMrkdwn(this.severityName(incident.severity));
    const page = `<${this.incidentUrl(incident)}|Open in Backstage>`;
    if (incident.security) {
      // Security and privacy events: the details stay with the responders.
      return `:lock: *New ${severity} security incident ${incident.number}*. Details are restricted to the responders. ${page}`;
    }
    const commander = this.holder(incident, 'incident-commander');
    return [
      `:rotating_light: *New ${severity} incident ${
        incident.number
      }*: ${escapeMrkdwn(incident.title)}`,
      `Affected: ${incident.entityRefs.map(entityName).join(', ')}${
        commander
          ? ` · Incident commander: ${escapeMrkdwn(entityName(commander))}`
          : ''
      }`,
      `${links.channelId ? `Channel: <#${links.channelId}> · ` : ''}${page}`,
    ].join('\n');
  }

  statusChangeMessage(
    incident: IncidentDetails,
    change: {
      from: IncidentStatus;
      to: IncidentStatus;
      at: string;
      byRef: string;
    },
  ): string {
    return `:arrows_counterclockwise: *${incident.number} is now ${statusName(
      change.to,
    ).toLowerCase()}* (was ${statusName(
      change.from,
    ).toLowerCase()}), set by ${escapeMrkdwn(
      entityName(change.byRef),
    )} at ${utc(change.at)}.`;
  }

  detailsChangeMessage(
    incident: IncidentDetails,
    change: DetailsChange & { byRef: string },
  ): string {
    const by = `set by ${escapeMrkdwn(entityName(change.byRef))}`;
    const lines: string[] = [];
    if (change.severity) {
      lines.push(
        `:rotating_light: *${incident.number} is now ${escapeMrkdwn(
          this.severityName(change.severity.to),
        )}* (was ${escapeMrkdwn(
          this.severityName(change.severity.from),
        )}), ${by}.`,
      );
    }
    if (change.title) {
      lines.push(
        `:pencil2: *${incident.number} is now called “${escapeMrkdwn(
          change.title.to,
        )}”* (was “${escapeMrkdwn(change.title.from)}”), ${by}.`,
      );
    }
    return lines.join('\n');
  }

  roleChangeMessage(
    incident: IncidentDetails,
    change: {
      role: IncidentRole;
      fromRef: string | null;
      toRef: string;
      note: string | null;
      slackUserId?: string;
    },
  ): string {
    const who = change.slackUserId
      ? `<@${change.slackUserId}>`
      : `*${escapeMrkdwn(entityName(change.toRef))}*`;
    const lines = [
      `:bust_in_silhouette: ${who} is now ${roleName(
        change.role,
      ).toLowerCase()} for ${incident.number}${
        change.fromRef
          ? `, taking over from ${escapeMrkdwn(entityName(change.fromRef))}`
          : ''
      }.`,
    ];
    if (change.note) {
      lines.push(
        ...escapeMrkdwn(change.note)
          .split('\n')
          .map(line => `> ${line}`),
      );
    }
    return lines.join('\n');
  }

  closingMessage(incident: IncidentDetails, links: WorkspaceLinks): string {
    const lines = [`:white_check_mark: *${incident.number} is closed.*`];
    if (incident.resolvedAt) {
      lines.push(
        `The impact lasted ${duration(
          incident.impactStartedAt,
          incident.resolvedAt,
        )} (${utc(incident.impactStartedAt)} to ${utc(incident.resolvedAt)}).`,
      );
    }
    if (links.docUrl) {
      lines.push(
        `Postmortem: <${links.docUrl}|document>${
          this.postmortemRequired(incident.severity) ? ' (required)' : ''
        }.`,
      );
    }
    lines.push(`<${this.incidentUrl(incident)}|The incident in Backstage>.`);
    if (this.options.archiveOnClose) {
      lines.push('This channel is being archived. Thank you, everyone.');
    } else {
      lines.push('Thank you, everyone.');
    }
    return lines.join('\n');
  }

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
    const commander = this.holder(incident, 'incident-commander');
    return [
      ['{{TITLE}}', incident.title],
      ['{{NUMBER}}', incident.number],
      ['{{DATE}}', incident.declaredAt.slice(0, 10)],
      ['{{SEVERITY}}', this.severityName(incident.severity)],
      ['{{SERVICES}}', incident.entityRefs.map(entityName).join(', ')],
      ['{{OWNERS}}', incident.ownerRefs.map(entityName).join(', ') || '-'],
      ['{{IC}}', commander ? entityName(commander) : '-'],
      ['{{CHANNEL}}', links.channelName ? `#${links.channelName}` : '-'],
      ['{{MEET_LINK}}', links.meetUrl ?? '-'],
      ['{{STATUS}}', statusText],
      ['{{BACKSTAGE_LINK}}', this.incidentUrl(incident)],
    ];
  }

  /** The tracking-sheet row; the first column (the number) is how the row is found again. */
  trackingRow(incident: IncidentDetails, links: WorkspaceLinks): string[] {
    const commander = this.holder(incident, 'incident-commander');
    return [
      incident.number,
      incident.declaredAt,
      incident.title,
      this.severityName(incident.severity),
      statusName(incident.status),
      incident.entityRefs.map(entityName).join(', '),
      commander ? entityName(commander) : '',
      links.channelName ? `#${links.channelName}` : '',
      links.docUrl ?? '',
      this.incidentUrl(incident),
    ];
  }
}

/** What each kind of step is, in the timeline and the logs. */
export const STEP_LABELS: Record<WorkspaceStepKind, string> = {
  'slack.channel': 'Slack channel',
  'google.meet': 'Google Meet',
  'google.doc': 'Postmortem document',
  'google.doc-fill': 'Postmortem placeholders',
  'slack.share': 'First channel message',
  'slack.links': 'Meet and doc links in the channel',
  'google.sheet': 'Tracking sheet row',
  'slack.invite': 'Channel invitations',
  'slack.announce': 'Announcement',
  'slack.status-update': 'Status change message',
  'slack.details-update': 'Severity or title change message',
  'slack.role-update': 'Role change message',
  'slack.close': 'Closing message',
  'slack.archive': 'Channel archiving',
  'google.sheet-update': 'Tracking sheet update',
  'google.doc-status': 'Postmortem status',
};
