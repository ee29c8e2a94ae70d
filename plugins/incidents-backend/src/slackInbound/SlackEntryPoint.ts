import {
  AuditorService,
  AuthService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { InputError, stringifyError } from '@backstage/errors';
import { SeverityDefinition } from '@incident-response/backstage-plugin-incidents-common';
import { CatalogLookups } from '../catalog/CatalogLookups';
import { IncidentsService } from '../incidents/IncidentsService';
import { UnmappedUsersPolicy } from '../integrations/slack/readSlackSettings';
import { SlackWorkspaceClient } from '../integrations/slack/SlackWorkspaceClient';
import { withAuditEvent } from '../lib/auditEvent';
import { Actor } from '../lib/authorize';
import { channelBaseName } from '../workspace/channelName';
import { WorkspaceStepsStore } from '../workspace/WorkspaceStepsStore';
import { SlackAck, SlackDispatcher, SlackEnvelope } from './createSlackRouter';
import {
  DECLARE_CALLBACK_ID,
  DECLARE_FIELDS,
  DeclareField,
  declaredModal,
  declareModal,
  DeclareModalMetadata,
  entityOptionValue,
  plainText,
  readDeclareSubmission,
} from './declareModal';
import {
  IncidentChannelCommands,
  STATUS_UPDATE_CALLBACK_ID,
} from './IncidentChannelCommands';
import { SLACK_TEXTS, slackLanguage } from './slackTexts';
import { SlackTimelineCapture } from './SlackTimelineCapture';
import { SlackPerson, SlackUsers } from './SlackUsers';

/** How many entities the service picker offers for what is typed. */
const ENTITY_OPTIONS = 20;

const HELP_WORDS = ['help', 'aide'];

/**
 * Slack as an entry point: `/incident <what is wrong>` opens the declare modal, its
 * service picker searches the catalog, and its submission declares the incident through
 * the same use case, audit event and listeners as the web; in an incident's channel the
 * command runs the incident (IncidentChannelCommands). The Slack user is mapped to a
 * catalog user who is recorded as the declarer; catalog lookups on their behalf use the
 * plugin's own credentials (Slack users have no Backstage credentials).
 */
export class SlackEntryPoint implements SlackDispatcher {
  constructor(
    private readonly deps: {
      slack: SlackWorkspaceClient;
      users: SlackUsers;
      incidents: IncidentsService;
      catalogLookups: CatalogLookups;
      auth: AuthService;
      auditor: AuditorService;
      severities: SeverityDefinition[];
      incidentUrl(number: string): string;
      unmappedUsers: UnmappedUsersPolicy;
      steps: Pick<WorkspaceStepsStore, 'incidentWithResult'>;
      channelCommands: IncidentChannelCommands;
      timelineCapture: SlackTimelineCapture;
      logger: LoggerService;
    },
  ) {}

  async dispatch(envelope: SlackEnvelope): Promise<SlackAck> {
    if (envelope.kind === 'command') {
      return this.command(envelope.command);
    }
    if (envelope.kind === 'interaction') {
      const { payload } = envelope;
      if (
        payload.type === 'block_suggestion' &&
        payload.action_id === 'entity'
      ) {
        return { body: { options: await this.entityOptions(payload.value) } };
      }
      if (
        payload.type === 'view_submission' &&
        payload.view?.callback_id === DECLARE_CALLBACK_ID
      ) {
        return this.submitDeclare(payload);
      }
      if (
        payload.type === 'view_submission' &&
        payload.view?.callback_id === STATUS_UPDATE_CALLBACK_ID
      ) {
        return this.deps.channelCommands.submitStatusUpdate(payload);
      }
    }
    if (envelope.kind === 'event') {
      return this.deps.timelineCapture.receive(envelope.callback);
    }
    // Nothing else is subscribed to; Slack only needs to hear it arrived.
    return {};
  }

  private async command(command: Record<string, string>): Promise<SlackAck> {
    let person: SlackPerson;
    try {
      person = await this.deps.users.lookup(command.team_id, command.user_id);
    } catch (error) {
      // Without the user's locale, English.
      this.deps.logger.warn('Could not find who ran a Slack command', {
        error: stringifyError(error),
      });
      return ephemeral(SLACK_TEXTS.en.failed(stringifyError(error)));
    }
    const language = slackLanguage(person.locale);
    const texts = SLACK_TEXTS[language];
    const text = (command.text ?? '').trim();
    const incidentId = command.channel_id
      ? await this.deps.steps.incidentWithResult(
          'slack.channel',
          'channelId',
          command.channel_id,
        )
      : undefined;
    if (incidentId) {
      return this.deps.channelCommands.run({
        incident: await this.deps.incidents.get(incidentId),
        person,
        language,
        fields: command,
      });
    }
    if (HELP_WORDS.includes(text.toLowerCase())) {
      return ephemeral(texts.help(command.command));
    }
    if (!this.mayDeclare(person)) {
      return ephemeral(texts.notAllowed);
    }
    const metadata: DeclareModalMetadata = { language };
    try {
      await this.deps.slack.openView(
        command.trigger_id,
        declareModal({
          texts,
          severities: this.deps.severities,
          title: text,
          metadata,
        }),
      );
    } catch (error) {
      this.deps.logger.warn('Could not open the declare modal', {
        error: stringifyError(error),
      });
      return ephemeral(texts.failed(stringifyError(error)));
    }
    return {};
  }

  private async entityOptions(typed: unknown) {
    const text = String(typed ?? '').trim();
    if (!text) {
      return [];
    }
    const entities = await this.deps.catalogLookups.searchAffectableEntities(
      text,
      ENTITY_OPTIONS,
      await this.deps.auth.getOwnServiceCredentials(),
    );
    return entities.map(entity => ({
      text: plainText(`${entity.title} (${entity.ref})`),
      value: entityOptionValue(entity),
    }));
  }

  private async submitDeclare(payload: Record<string, any>): Promise<SlackAck> {
    const { view, user } = payload;
    const metadata = parseMetadata(view.private_metadata);
    const texts = SLACK_TEXTS[metadata.language];
    const submission = readDeclareSubmission(view.state?.values ?? {}, texts);
    if ('errors' in submission) {
      return { body: { response_action: 'errors', errors: submission.errors } };
    }
    const teamId = String(user?.team_id ?? payload.team?.id ?? '');
    const person = await this.deps.users.lookup(teamId, String(user?.id));
    if (!this.mayDeclare(person)) {
      return fieldError('title', texts.notAllowed);
    }
    const credentials = await this.deps.auth.getOwnServiceCredentials();
    const entityRef = submission.entity.startsWith('uid:')
      ? await this.deps.catalogLookups.refOfUid(
          submission.entity.slice('uid:'.length),
          credentials,
        )
      : submission.entity;
    if (!entityRef) {
      return fieldError('entity', texts.entityMissing);
    }
    const actor: Actor = {
      credentials,
      userRef: person.userRef ?? person.slackRef,
    };
    // A submission Slack sends again (a retry, a double click) declares nothing more.
    const idempotencyKey = `slack-view-${view.id}`;
    try {
      const { incident } = await withAuditEvent(
        this.deps.auditor,
        {
          eventId: 'incident-declare',
          meta: {
            via: 'slack',
            slackTeam: teamId,
            slackUser: String(user?.id),
            idempotencyKey,
          },
          resultMeta: result => ({
            incidentId: result.incident.id,
            number: result.incident.number,
            replayed: result.replayed,
          }),
        },
        () =>
          this.deps.incidents.declare(
            { ...submission.request, entityRefs: [entityRef] },
            actor,
            idempotencyKey,
          ),
      );
      const channel =
        incident.mode === 'live' ? channelBaseName(incident) : undefined;
      return {
        body: {
          response_action: 'update',
          view: declaredModal(
            texts,
            texts.declared(
              incident.number,
              this.deps.incidentUrl(incident.number),
              channel,
            ),
          ),
        },
      };
    } catch (error) {
      if (error instanceof InputError) {
        return fieldError(fieldOf(error.message), error.message);
      }
      throw error;
    }
  }

  private mayDeclare(person: SlackPerson): boolean {
    return person.userRef !== undefined || this.deps.unmappedUsers !== 'deny';
  }
}

function ephemeral(text: string): SlackAck {
  return { body: { response_type: 'ephemeral', text } };
}

function fieldError(field: DeclareField, message: string): SlackAck {
  return {
    body: { response_action: 'errors', errors: { [field]: message } },
  };
}

/** The form field a 400's message names (`severity: ...`), else the title. */
function fieldOf(message: string): DeclareField {
  const named = message.split(':')[0].replace(/^entityRefs.*/, 'entity');
  return (DECLARE_FIELDS as readonly string[]).includes(named)
    ? (named as DeclareField)
    : 'title';
}

function parseMetadata(text: unknown): DeclareModalMetadata {
  try {
    const parsed = JSON.parse(String(text));
    return { language: parsed?.language === 'fr' ? 'fr' : 'en' };
  } catch {
    return { language: 'en' };
  }
}
