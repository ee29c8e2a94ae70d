import {
  AuditorService,
  AuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  ConflictError,
  InputError,
  NotAllowedError,
  NotFoundError,
  stringifyError,
} from '@backstage/errors';
import {
  composeStatusUpdate,
  IncidentDetails,
  IncidentStatus,
  INCIDENT_ROLES,
  INCIDENT_STATUSES,
  isOneOf,
  UserTimelineEntryKind,
} from '@incident-response/backstage-plugin-incidents-common';
import type { View } from '@slack/types';
import { IncidentsService } from '../incidents/IncidentsService';
import { SlackWorkspaceClient } from '../integrations/slack/SlackWorkspaceClient';
import { withAuditEvent } from '../lib/auditEvent';
import { Actor } from '../lib/authorize';
import { SlackAck } from './createSlackRouter';
import { IncidentChangeRights } from './IncidentChangeRights';
import { plainText } from './declareModal';
import {
  CHANNEL_SUBCOMMANDS,
  SLACK_TEXTS,
  SlackLanguage,
  SlackTexts,
} from './slackTexts';
import { SlackPerson, SlackUsers } from './SlackUsers';

/** The status-update modal's `callback_id`. */
export const STATUS_UPDATE_CALLBACK_ID = 'incident-status-update';

const STATUS_UPDATE_FIELDS = [
  'summary',
  'currentStatus',
  'nextSteps',
  'nextUpdate',
] as const;

/** What a command in an incident's channel is about. */
export type ChannelCommand = {
  incident: IncidentDetails;
  person: SlackPerson;
  language: SlackLanguage;
  /** The slash command's fields (`command`, `text`, `team_id`, `trigger_id`...). */
  fields: Record<string, string>;
};

const ephemeral = (text: string): SlackAck => ({
  body: { response_type: 'ephemeral', text },
});

/**
 * `/incident <subcommand>` in an incident's channel: the incident's summary, impact,
 * severity, status and roles, timeline entries, a status update written with the
 * handbook's pattern, and its links. Each change goes through the incident use cases
 * with the same audit events as the web, so the timeline, the Slack follow-ups and the
 * live pages follow. Changing an incident from Slack takes a role on it or membership of
 * a team that owns what it affects.
 */
export class IncidentChannelCommands {
  constructor(
    private readonly deps: {
      incidents: IncidentsService;
      users: SlackUsers;
      slack: SlackWorkspaceClient;
      auth: AuthService;
      auditor: AuditorService;
      rights: IncidentChangeRights;
      incidentUrl(number: string): string;
      logger: LoggerService;
    },
  ) {}

  async run(command: ChannelCommand): Promise<SlackAck> {
    const { incident, language, fields } = command;
    const texts = SLACK_TEXTS[language];
    const text = (fields.text ?? '').trim();
    const word = text.split(/\s+/)[0].toLowerCase();
    const rest = text.slice(word.length).trim();
    const help = texts.channelHelp(fields.command, incident.number);
    if (word === '' || word === 'help' || word === 'aide') {
      return ephemeral(help);
    }
    if (!isOneOf(CHANNEL_SUBCOMMANDS, word)) {
      return ephemeral(`${texts.unknownSubcommand(word)}\n${help}`);
    }
    if (word === 'link') {
      return ephemeral(this.links(incident, texts));
    }
    if (!(await this.deps.rights.mayChange(command.person, incident))) {
      return ephemeral(texts.notAllowedToChange(incident.number));
    }
    const actor: Actor = {
      credentials: await this.deps.auth.getOwnServiceCredentials(),
      userRef: command.person.userRef ?? command.person.slackRef,
    };
    const meta = {
      via: 'slack',
      slackTeam: fields.team_id,
      slackUser: fields.user_id,
      incident: incident.number,
    };
    try {
      switch (word) {
        case 'summary':
        case 'impact': {
          if (!rest) {
            return ephemeral(texts.needText(fields.command, word));
          }
          await this.audited(
            'incident-update',
            { ...meta, fields: [word] },
            () =>
              this.deps.incidents.update(incident.id, { [word]: rest }, actor),
          );
          return ephemeral(
            word === 'summary'
              ? texts.summarySet(incident.number)
              : texts.impactSet(incident.number),
          );
        }
        case 'severity': {
          const severity = rest.toUpperCase();
          await this.audited(
            'incident-update',
            { ...meta, fields: ['severity'] },
            () => this.deps.incidents.update(incident.id, { severity }, actor),
          );
          return ephemeral(texts.severitySet(incident.number, severity));
        }
        case 'status': {
          const status = rest.toLowerCase();
          if (!isOneOf(INCIDENT_STATUSES, status)) {
            return ephemeral(texts.needOneOf('status', [...INCIDENT_STATUSES]));
          }
          await this.audited('incident-transition', { ...meta, status }, () =>
            this.deps.incidents.transition(incident.id, { status }, actor),
          );
          return ephemeral(
            texts.statusSet(incident.number, status as IncidentStatus),
          );
        }
        case 'role':
          return await this.assignRole(command, rest, texts, actor, meta);
        case 'update':
          return await this.openStatusUpdate(command, texts);
        default: {
          const kind: UserTimelineEntryKind = word as UserTimelineEntryKind;
          if (!rest) {
            return ephemeral(texts.needText(fields.command, word));
          }
          await this.audited(
            'incident-timeline-append',
            { ...meta, kind },
            () =>
              this.deps.incidents.appendTimelineEntry(
                incident.id,
                { kind, body: rest },
                actor,
              ),
          );
          return ephemeral(texts.entryAdded(kind));
        }
      }
    } catch (error) {
      return this.refused(error, texts);
    }
  }

  /** Adds the status update written in the modal to the incident's timeline. */
  async submitStatusUpdate(payload: Record<string, any>): Promise<SlackAck> {
    const { view, user } = payload;
    let metadata: { incidentId?: string; language?: SlackLanguage } = {};
    try {
      metadata = JSON.parse(String(view.private_metadata));
    } catch {
      // handled below
    }
    const texts = SLACK_TEXTS[metadata.language === 'fr' ? 'fr' : 'en'];
    const incident = metadata.incidentId
      ? await this.deps.incidents
          .get(metadata.incidentId)
          .catch(() => undefined)
      : undefined;
    if (!incident) {
      return {};
    }
    const teamId = String(user?.team_id ?? payload.team?.id ?? '');
    const person = await this.deps.users.lookup(teamId, String(user?.id));
    if (!(await this.deps.rights.mayChange(person, incident))) {
      return fieldError('summary', texts.notAllowedToChange(incident.number));
    }
    const values = view.state?.values ?? {};
    const part = (field: (typeof STATUS_UPDATE_FIELDS)[number]) =>
      String(values[field]?.[field]?.value ?? '');
    const body = composeStatusUpdate(
      {
        summary: part('summary'),
        currentStatus: part('currentStatus'),
        nextSteps: part('nextSteps'),
        nextUpdate: part('nextUpdate'),
      },
      {
        severity: incident.severity ?? texts.severityToBeAssessed,
        title: incident.title,
        headings: {
          currentStatus: texts.statusUpdate.currentStatusHeading,
          nextSteps: texts.statusUpdate.nextStepsHeading,
          nextUpdate: texts.statusUpdate.nextUpdateHeading,
        },
      },
    );
    try {
      await this.audited(
        'incident-timeline-append',
        {
          via: 'slack',
          slackTeam: teamId,
          slackUser: String(user?.id),
          incident: incident.number,
          kind: 'status-update',
        },
        async () =>
          this.deps.incidents.appendTimelineEntry(
            incident.id,
            { kind: 'status-update', body },
            {
              credentials: await this.deps.auth.getOwnServiceCredentials(),
              userRef: person.userRef ?? person.slackRef,
            },
          ),
      );
    } catch (error) {
      if (error instanceof InputError) {
        return fieldError('summary', error.message);
      }
      throw error;
    }
    return {};
  }

  private async assignRole(
    command: ChannelCommand,
    rest: string,
    texts: SlackTexts,
    actor: Actor,
    meta: Record<string, string>,
  ): Promise<SlackAck> {
    const [role] = rest.split(/\s+/);
    const mention = rest.match(/<@([A-Z0-9]+)(?:\|[^>]*)?>/);
    if (!role || !mention) {
      return ephemeral(texts.roleUsage(command.fields.command));
    }
    if (!isOneOf(INCIDENT_ROLES, role) || role === 'reporter') {
      return ephemeral(
        texts.needOneOf(
          'role',
          INCIDENT_ROLES.filter(r => r !== 'reporter'),
        ),
      );
    }
    const person = await this.deps.users.lookup(
      command.fields.team_id,
      mention[1],
    );
    if (!person.userRef) {
      return ephemeral(texts.roleMentionUnknown);
    }
    const userRef = person.userRef;
    await this.audited('incident-role-assign', { ...meta, role }, () =>
      this.deps.incidents.assignRole(
        command.incident.id,
        role,
        { userRef },
        actor,
      ),
    );
    return ephemeral(texts.roleSet(role, userRef));
  }

  private async openStatusUpdate(
    command: ChannelCommand,
    texts: SlackTexts,
  ): Promise<SlackAck> {
    try {
      await this.deps.slack.openView(
        command.fields.trigger_id,
        statusUpdateModal(texts, {
          incidentId: command.incident.id,
          language: command.language,
        }),
      );
    } catch (error) {
      this.deps.logger.warn('Could not open the status update form', {
        error: stringifyError(error),
      });
      return ephemeral(texts.failed(stringifyError(error)));
    }
    return {};
  }

  private links(incident: IncidentDetails, texts: SlackTexts): string {
    const result = (key: string, field: string) => {
      const step = incident.steps.find(
        s => s.key === key && s.status === 'succeeded',
      );
      const value = step?.result?.[field];
      return typeof value === 'string' ? value : undefined;
    };
    return texts.links({
      page: this.deps.incidentUrl(incident.number),
      meet: result('google.meet', 'meetingUri'),
      doc: result('google.doc', 'documentUrl'),
    });
  }

  private audited<T>(
    eventId: string,
    meta: Record<string, string | string[]>,
    change: () => Promise<T>,
  ): Promise<T> {
    return withAuditEvent(this.deps.auditor, { eventId, meta }, change);
  }

  /** What the incident use cases refused, said to the user; anything else is thrown. */
  private refused(error: unknown, texts: SlackTexts): SlackAck {
    if (
      error instanceof InputError ||
      error instanceof ConflictError ||
      error instanceof NotFoundError ||
      error instanceof NotAllowedError
    ) {
      return ephemeral(texts.failed(error.message));
    }
    this.deps.logger.error('A Slack command failed', {
      error: stringifyError(error),
    });
    throw error;
  }
}

function fieldError(field: string, message: string): SlackAck {
  return { body: { response_action: 'errors', errors: { [field]: message } } };
}

/** The status-update form: the handbook's pattern, with its checklist. */
export function statusUpdateModal(
  texts: SlackTexts,
  metadata: { incidentId: string; language: SlackLanguage },
): View {
  const words = texts.statusUpdate;
  const input = (
    field: (typeof STATUS_UPDATE_FIELDS)[number],
    label: string,
    multiline: boolean,
    hint?: string,
  ) => ({
    type: 'input',
    block_id: field,
    label: plainText(label),
    ...(hint && { hint: plainText(hint) }),
    element: {
      type: 'plain_text_input',
      action_id: field,
      multiline,
      max_length: 1200,
    },
  });
  return {
    type: 'modal',
    callback_id: STATUS_UPDATE_CALLBACK_ID,
    title: plainText(words.title),
    submit: plainText(words.submit),
    close: plainText(texts.cancel),
    private_metadata: JSON.stringify(metadata),
    blocks: [
      input('summary', words.summaryLabel, true),
      input('currentStatus', words.currentStatusLabel, true, words.bulletsHint),
      input('nextSteps', words.nextStepsLabel, true, words.bulletsHint),
      input('nextUpdate', words.nextUpdateLabel, false),
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: words.checklist }],
      },
    ],
  } as View;
}
