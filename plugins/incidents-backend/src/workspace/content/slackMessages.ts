import {
  IncidentDetails,
  KNOWN_ERROR_STATUS_NAMES,
  KnownError,
} from '@incident-response/backstage-plugin-incidents-common';
import { FRENCH_ROLE_NAMES } from '../../lib/text/frenchNames';
import {
  DetailsStepInput,
  RoleStepInput,
  StatusStepInput,
} from '../steps/stepInputs';
import {
  duration,
  entityName,
  escapeMrkdwn,
  IncidentFacts,
  roleName,
  statusName,
  utc,
  WorkspaceLinks,
} from './incidentFacts';

type Block = Record<string, unknown>;

const section = (text: string): Block => ({
  type: 'section',
  text: { type: 'mrkdwn', text },
});

/**
 * Everything the workspace writes in Slack: the channel topic and purpose and every
 * message. User text is escaped for Slack; links come only from config and from the
 * APIs' answers.
 */
export class SlackMessages {
  constructor(
    private readonly facts: IncidentFacts,
    private readonly options: { archiveOnClose: boolean },
  ) {}

  channelTopic(incident: IncidentDetails): string {
    const commander = this.facts.commander(incident);
    return escapeMrkdwn(
      `${incident.number} · ${this.facts.severityName(
        incident.severity,
      )} · ${statusName(incident.status)}${
        commander ? ` · IC: ${entityName(commander)}` : ''
      }`,
    ).slice(0, 250);
  }

  channelPurpose(incident: IncidentDetails): string {
    const link = ` · ${this.facts.incidentUrl(incident)}`;
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
    const lines = [
      `• <${this.facts.incidentUrl(incident)}|Incident in Backstage>`,
    ];
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
      `*Severity:* ${escapeMrkdwn(this.facts.severityName(incident.severity))}`,
      `*Status:* ${statusName(incident.status)}`,
      `*Affected:* ${incident.entityRefs.map(entityName).join(', ')}`,
      incident.ownerRefs.length > 0 &&
        `*Owners:* ${incident.ownerRefs.map(entityName).join(', ')}`,
      `*Impact started:* ${utc(incident.impactStartedAt)}`,
    ].filter(Boolean);
    const summary = incident.summary ?? incident.description;
    const assessed = incident.severity !== null;
    const severityIds = this.facts
      .severityGuide()
      .map(s => s.id)
      .join('|');
    const nextSteps = [
      !assessed &&
        `*Incident commander*: assess the severity in Backstage or here with \`/incident severity <${severityIds}>\`; it decides who is told and whether a postmortem is required, and it can change later.`,
      '*Incident commander*: delegate the roles (operations lead, communications lead, policy lead, scribe) in Backstage; you hold every role not yet delegated.',
      '*Everyone*: post what you observe and what you do in this channel, and check with the incident commander before changing production or staging.',
      `*Communications lead*: start a status thread titled "${
        assessed
          ? escapeMrkdwn(this.facts.severityName(incident.severity))
          : 'severity'
      } – summary"${
        assessed ? '' : ' (the severity once it is assessed)'
      }: 1-2 sentences on the current state and impact, 2-4 bullet points of status, 2-4 of next steps, and when the next update comes.`,
      'Record observations, decisions and actions in the incident timeline in Backstage.',
      `When the impact has ended, mark the incident resolved in Backstage.${
        this.facts.postmortemRequired(incident.severity)
          ? ' A blameless postmortem is required at this severity.'
          : ''
      }`,
    ]
      .filter(Boolean)
      .map((step, index) => `${index + 1}. ${step}`);
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
        this.facts.severityName(incident.severity),
      )}): ${title} – <${this.facts.incidentUrl(incident)}|open in Backstage>`,
      blocks,
    };
  }

  /**
   * The reminder, in English then in French, that an open incident's severity is still
   * to be assessed, with the severities' guidance and how to set it.
   */
  severityReminder(incident: IncidentDetails): string {
    const url = this.facts.incidentUrl(incident);
    const guide = this.facts.severityGuide();
    const command = `\`/incident severity <${guide
      .map(s => s.id)
      .join('|')}>\``;
    const list = (language: 'en' | 'fr') =>
      guide.map(severity => {
        const { name, description } = severity[language];
        const sep = language === 'fr' ? '\u00a0:' : ':';
        return `• *${escapeMrkdwn(name)}*${
          description ? `${sep} ${escapeMrkdwn(description)}` : ''
        }`;
      });
    return [
      [
        `:hourglass_flowing_sand: *The severity of ${incident.number} is still to be assessed.* It decides who is told and whether a postmortem is required, and it can change later. Set it in <${url}|Backstage> or here with ${command}:`,
        ...list('en'),
      ].join('\n'),
      [
        `:hourglass_flowing_sand: *La gravité de ${incident.number} reste à évaluer.* Elle décide qui est prévenu et si une analyse rétrospective est requise, et elle peut changer ensuite. Fixez-la dans <${url}|Backstage> ou ici avec ${command}\u00a0:`,
        ...list('fr'),
      ].join('\n'),
    ].join('\n\n');
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

  /**
   * The announcement in English then in French, as the handbook's bilingual
   * announcement channel has it.
   */
  announcement(incident: IncidentDetails, links: WorkspaceLinks): string {
    const url = this.facts.incidentUrl(incident);
    const kind = incident.security ? 'security incident' : 'incident';
    const genre = incident.security ? 'incident de sécurité' : 'incident';
    const newIncident =
      incident.severity === null
        ? `New ${kind} ${incident.number} (severity to be assessed)`
        : `New ${escapeMrkdwn(
            this.facts.severityName(incident.severity),
          )} ${kind} ${incident.number}`;
    const nouvelIncident =
      incident.severity === null
        ? `Nouvel ${genre} ${incident.number} (gravité à évaluer)`
        : `Nouvel ${genre} ${escapeMrkdwn(
            this.facts.frenchSeverityName(incident.severity),
          )} ${incident.number}`;
    if (incident.security) {
      // Security and privacy events: the details stay with the responders.
      return [
        `:lock: *${newIncident}*. Details are restricted to the responders. <${url}|Open in Backstage>`,
        `:lock: *${nouvelIncident}*. Les détails sont réservés aux intervenants. <${url}|Ouvrir dans Backstage>`,
      ].join('\n\n');
    }
    const title = escapeMrkdwn(incident.title);
    const affected = incident.entityRefs.map(entityName).join(', ');
    const commander = this.facts.commander(incident);
    const commanderName = commander && escapeMrkdwn(entityName(commander));
    const channel = links.channelId ? `<#${links.channelId}>` : undefined;
    return [
      [
        `:rotating_light: *${newIncident}*: ${title}`,
        `Affected: ${affected}${
          commanderName ? ` · Incident commander: ${commanderName}` : ''
        }`,
        `${channel ? `Channel: ${channel} · ` : ''}<${url}|Open in Backstage>`,
      ].join('\n'),
      [
        `:rotating_light: *${nouvelIncident}*\u00a0: ${title}`,
        `Concerne\u00a0: ${affected}${
          commanderName
            ? ` · ${FRENCH_ROLE_NAMES['incident-commander']}\u00a0: ${commanderName}`
            : ''
        }`,
        `${
          channel ? `Canal\u00a0: ${channel} · ` : ''
        }<${url}|Ouvrir dans Backstage>`,
      ].join('\n'),
    ].join('\n\n');
  }

  statusChangeMessage(
    incident: IncidentDetails,
    change: StatusStepInput,
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
    change: DetailsStepInput,
  ): string {
    const by = `set by ${escapeMrkdwn(entityName(change.byRef))}`;
    const lines: string[] = [];
    if (change.severity) {
      lines.push(
        `:rotating_light: *${incident.number} is now ${escapeMrkdwn(
          this.facts.severityName(change.severity.to),
        )}* (was ${
          change.severity.from === null
            ? 'to be assessed'
            : escapeMrkdwn(this.facts.severityName(change.severity.from))
        }), ${by}.`,
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
    change: RoleStepInput & { slackUserId?: string },
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
          this.facts.postmortemRequired(incident.severity) ? ' (required)' : ''
        }.`,
      );
    }
    lines.push(
      `<${this.facts.incidentUrl(incident)}|The incident in Backstage>.`,
    );
    if (this.options.archiveOnClose) {
      lines.push('This channel is being archived. Thank you, everyone.');
    } else {
      lines.push('Thank you, everyone.');
    }
    return lines.join('\n');
  }

  /**
   * The known errors that may explain a new incident: those the declarer linked, then
   * those suggested, each with its status, a link to its page and its workaround.
   */
  knownErrorsMessage(
    incident: IncidentDetails,
    knownErrors: Array<KnownError & { linked: boolean }>,
  ): { text: string; blocks: Block[] } {
    const entry = (knownError: KnownError) => {
      const workaround = knownError.workaround
        ? `\n*Workaround:* ${escapeMrkdwn(knownError.workaround).slice(
            0,
            2500,
          )}`
        : '\n_No workaround recorded yet._';
      return section(
        `<${this.facts.knownErrorUrl(knownError)}|${
          knownError.number
        }: ${escapeMrkdwn(knownError.title)}> (${
          KNOWN_ERROR_STATUS_NAMES[knownError.status]
        }, ${knownError.incidentCount} incident${
          knownError.incidentCount === 1 ? '' : 's'
        } so far)${workaround}`,
      );
    };
    const linked = knownErrors.filter(k => k.linked);
    const suggested = knownErrors.filter(k => !k.linked);
    const blocks: Block[] = [
      ...(linked.length > 0
        ? [
            section('*Known error recognised when declaring*'),
            ...linked.map(entry),
          ]
        : []),
      ...(suggested.length > 0
        ? [
            section(
              '*Known errors that may explain this* (they affect the same services and match its description)',
            ),
            ...suggested.map(entry),
          ]
        : []),
    ];
    return {
      text: `:books: ${incident.number}: ${
        knownErrors.length === 1 ? 'a known error' : 'known errors'
      } with workarounds: ${knownErrors.map(k => k.number).join(', ')}`,
      blocks,
    };
  }
}
