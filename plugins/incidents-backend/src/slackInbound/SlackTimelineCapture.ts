import { AuditorService, LoggerService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import { NewTimelineEntry } from '../database/timeline';
import { IncidentsService } from '../incidents/IncidentsService';
import { SlackWorkspaceClient } from '../integrations/slack/SlackWorkspaceClient';
import { withAuditEvent } from '../lib/auditEvent';
import { IncidentChangeListeners } from '../lib/changeListeners';
import { WorkspaceStepsStore } from '../workspace/WorkspaceStepsStore';
import { SlackAck } from './createSlackRouter';
import { IncidentChangeRights } from './IncidentChangeRights';
import { mentionedUsers, slackTextToMarkdown } from './slackMessageText';
import { SLACK_TEXTS, slackLanguage } from './slackTexts';
import {
  ReceivedSlackEvent,
  SlackMessageKey,
  SlackSaveMethod,
  SlackTimelineStore,
} from './SlackTimelineStore';
import { SlackPerson, SlackUsers } from './SlackUsers';

/** The scheduled task that sweeps up unfinished Slack events. */
export const SLACK_TIMELINE_SWEEP_TASK_ID = 'incidents-slack-timeline-sweep';

/** How long a replica holds an event it handles before another may take it over. */
const LEASE_MS = 60_000;
/** Events left unhandled this long (a replica stopped after answering Slack) are swept up. */
const SWEEP_AFTER_MS = 30_000;
const SWEEP_BATCH = 50;
/** An event that failed this often is given up (logged, with its last error kept). */
const MAX_ATTEMPTS = 5;
/** Handled events are kept this long: Slack resends for minutes, not days. */
const KEEP_HANDLED_MS = 7 * 24 * 60 * 60 * 1000;

const isChannelId = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Z0-9]{1,40}$/.test(value);

/** Slack's message timestamps: seconds and a sequence, `1764590400.000100`. */
const isMessageTs = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{1,12}\.\d{1,8}$/.test(value);

/** The Slack events this captures, and what each does to the timeline. */
type Capture = {
  eventId: string;
  type: string;
  add: boolean;
  savedWith: SlackSaveMethod;
  channelId: string;
  messageTs: string;
};

/**
 * Messages of an incident's channel onto its timeline: a pin (`pin_added`) or the
 * timeline reaction (`reaction_added`, `incidents.slack.timelineReaction`) puts the
 * message there with its author, time, text and permalink; unpinning or removing the
 * reaction records a correction, since the timeline is append-only. Events are kept
 * before Slack is answered and handled after, exactly once: by `event_id` across
 * Slack's retries and replicas, by message across pins and reactions. Events a replica
 * could not finish are swept up by `sweep`, which the plugin schedules.
 */
export class SlackTimelineCapture {
  constructor(
    private readonly deps: {
      store: SlackTimelineStore;
      slack: SlackWorkspaceClient;
      users: SlackUsers;
      incidents: IncidentsService;
      steps: Pick<WorkspaceStepsStore, 'incidentWithResult'>;
      rights: IncidentChangeRights;
      listeners: IncidentChangeListeners;
      auditor: AuditorService;
      timelineReaction?: string;
      logger: LoggerService;
      now?: () => number;
    },
  ) {}

  private now() {
    return this.deps.now?.() ?? Date.now();
  }

  /** Keeps an event of an incident's channel that changes its timeline, to handle after Slack's answer. */
  async receive(callback: Record<string, any>): Promise<SlackAck> {
    const capture = this.captureOf(callback);
    if (!capture || !(await this.incidentOfChannel(capture.channelId))) {
      return {};
    }
    const fresh = await this.deps.store.receive(
      { eventId: capture.eventId, type: capture.type, callback },
      this.now(),
    );
    // Slack sent it again: the first delivery's follow-up (or the sweep) handles it.
    return fresh ? { after: () => this.handle(capture.eventId) } : {};
  }

  /** Handles the events a replica took in but did not finish, and forgets old ones. */
  async sweep(): Promise<void> {
    const now = this.now();
    const unhandled = await this.deps.store.listUnhandled(
      now - SWEEP_AFTER_MS,
      SWEEP_BATCH,
      now,
    );
    for (const eventId of unhandled) {
      await this.handle(eventId);
    }
    await this.deps.store.forgetHandled(now - KEEP_HANDLED_MS);
  }

  private async handle(eventId: string): Promise<void> {
    const { store, logger } = this.deps;
    const event = await store.claim(eventId, LEASE_MS, this.now());
    if (!event) {
      return;
    }
    try {
      await this.apply(event);
    } catch (error) {
      const giveUp = event.attempts + 1 >= MAX_ATTEMPTS;
      await store.recordFailure(
        eventId,
        stringifyError(error),
        giveUp,
        this.now(),
      );
      (giveUp ? logger.error : logger.warn).call(
        logger,
        giveUp
          ? 'Gave up putting a Slack message on an incident timeline'
          : 'Could not put a Slack message on an incident timeline yet; will try again',
        { eventId, attempts: event.attempts + 1, error: stringifyError(error) },
      );
    }
  }

  private async apply(event: ReceivedSlackEvent): Promise<void> {
    const { store, slack, users, incidents } = this.deps;
    const capture = this.captureOf(event.callback)!;
    const incidentId = await this.incidentOfChannel(capture.channelId);
    const actorId = String(event.callback.event?.user ?? '');
    if (!incidentId || actorId === (await slack.getBotUserId())) {
      await store.markHandled(event.eventId, this.now());
      return;
    }
    const incident = await incidents.get(incidentId);
    const teamId = String(event.callback.team_id ?? '');
    const actor = await users.lookup(teamId, actorId);
    const texts = SLACK_TEXTS[slackLanguage(actor.locale)];
    if (!(await this.deps.rights.mayChange(actor, incident))) {
      await store.markHandled(event.eventId, this.now());
      await slack
        .postEphemeral(
          capture.channelId,
          actorId,
          texts.notAllowedToSave(incident.number),
        )
        .catch(error =>
          this.deps.logger.warn('Could not tell a Slack user why', {
            error: stringifyError(error),
          }),
        );
      return;
    }
    const key: SlackMessageKey = {
      channelId: capture.channelId,
      messageTs: capture.messageTs,
      savedWith: capture.savedWith,
    };
    const meta = {
      via: 'slack',
      slackTeam: teamId,
      slackUser: actorId,
      slackEvent: event.eventId,
      incident: incident.number,
      savedWith: capture.savedWith,
    };
    const actorRef = actor.userRef ?? actor.slackRef;
    const written = await withAuditEvent(
      this.deps.auditor,
      { eventId: 'incident-timeline-append', meta },
      async () => {
        if (!capture.add) {
          return (
            await store.removeMessage(
              event.eventId,
              key,
              entryId => ({
                kind: 'note',
                body: texts.takenOff(capture.savedWith),
                authorRef: actorRef,
                automatic: false,
                correctsId: entryId,
                data: { source: 'slack', takenOffWith: capture.savedWith },
              }),
              this.now(),
            )
          )?.entryId;
        }
        const entry = await this.messageEntry(
          event,
          capture,
          { ...actor, id: actorId, ref: actorRef },
          teamId,
        );
        if (!entry) {
          await store.markHandled(event.eventId, this.now());
          return undefined;
        }
        return store.addMessage(
          event.eventId,
          incident.id,
          key,
          entry,
          this.now(),
        );
      },
    );
    if (written) {
      await this.deps.listeners.notify({
        incident: await incidents.get(incident.id),
      });
    }
  }

  /** The entry of the pinned or marked message; undefined when Slack no longer has it. */
  private async messageEntry(
    event: ReceivedSlackEvent,
    capture: Capture,
    actor: SlackPerson & { id: string; ref: string },
    teamId: string,
  ): Promise<NewTimelineEntry | undefined> {
    const { id: actorId, ref: actorRef } = actor;
    const { slack, users } = this.deps;
    const pinned = event.callback.event?.item?.message;
    const message =
      pinned && typeof pinned.ts === 'string'
        ? {
            ts: pinned.ts as string,
            text: String(pinned.text ?? ''),
            user: typeof pinned.user === 'string' ? pinned.user : undefined,
            permalink:
              typeof pinned.permalink === 'string'
                ? pinned.permalink
                : undefined,
          }
        : await slack.findMessage(capture.channelId, capture.messageTs);
    if (!message) {
      return undefined;
    }
    const author =
      message.user && message.user !== actorId
        ? await users.lookup(teamId, message.user)
        : actor;
    const names = new Map<string, string | undefined>();
    for (const userId of mentionedUsers(message.text)) {
      names.set(userId, (await users.lookup(teamId, userId)).name);
    }
    const text = slackTextToMarkdown(message.text, id => names.get(id)).trim();
    const permalink =
      message.permalink ??
      (await slack.permalink(capture.channelId, capture.messageTs));
    const texts = SLACK_TEXTS[slackLanguage(actor.locale)];
    return {
      kind: 'note',
      body: text || texts.messageWithoutText,
      authorRef: message.user ? author.userRef ?? author.slackRef : actorRef,
      automatic: false,
      occurredAt: new Date(Math.floor(Number(message.ts) * 1000)).toISOString(),
      data: {
        source: 'slack',
        permalink,
        channelId: capture.channelId,
        messageTs: capture.messageTs,
        savedWith: capture.savedWith,
        savedByRef: actorRef,
      },
    };
  }

  private incidentOfChannel(channelId: string): Promise<string | undefined> {
    return this.deps.steps.incidentWithResult(
      'slack.channel',
      'channelId',
      channelId,
    );
  }

  /** What an event callback does to a timeline; undefined for anything else. */
  private captureOf(callback: Record<string, any>): Capture | undefined {
    const event = callback.event ?? {};
    const eventId = callback.event_id;
    if (typeof eventId !== 'string' || !eventId || eventId.length > 64) {
      return undefined;
    }
    const base = { eventId, type: String(event.type) };
    if (
      (event.type === 'pin_added' || event.type === 'pin_removed') &&
      event.item?.type === 'message'
    ) {
      const channelId = event.channel_id ?? event.item.channel;
      const messageTs = event.item.message?.ts;
      return isChannelId(channelId) && isMessageTs(messageTs)
        ? {
            ...base,
            add: event.type === 'pin_added',
            savedWith: 'pin',
            channelId,
            messageTs,
          }
        : undefined;
    }
    if (
      (event.type === 'reaction_added' || event.type === 'reaction_removed') &&
      this.deps.timelineReaction &&
      event.reaction === this.deps.timelineReaction &&
      event.item?.type === 'message' &&
      isChannelId(event.item.channel) &&
      isMessageTs(event.item.ts)
    ) {
      return {
        ...base,
        add: event.type === 'reaction_added',
        savedWith: 'reaction',
        channelId: event.item.channel,
        messageTs: event.item.ts,
      };
    }
    return undefined;
  }
}
