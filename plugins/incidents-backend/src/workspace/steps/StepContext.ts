import { LoggerService } from '@backstage/backend-plugin-api';
import {
  IncidentDetails,
  Postmortem,
} from '@incident-response/backstage-plugin-incidents-common';
import { PeopleDirectory } from '../../catalog/PeopleDirectory';
import { StepRecord } from '../../database/workspaceStepRows';
import { KnownErrorsStore } from '../../knownErrors/KnownErrorsStore';
import { GoogleWorkspaceClient } from '../../integrations/google/GoogleWorkspaceClient';
import { SlackWorkspaceClient } from '../../integrations/slack/SlackWorkspaceClient';
import { PermanentStepError } from '../classifyStepError';
import { IncidentFacts, WorkspaceLinks } from '../content/incidentFacts';
import { PostmortemDocumentText } from '../content/postmortemDocument';
import { SlackMessages } from '../content/slackMessages';
import { WorkspaceStepsStore } from '../WorkspaceStepsStore';

/** One attempt at a step, with what the worker knows when it starts. */
export type StepRun = {
  step: StepRecord;
  incident: IncidentDetails;
  /** Every step of the incident, by key, as it stood when this attempt started. */
  steps: Map<string, StepRecord>;
  /**
   * Whether an earlier attempt may have made something already (it started and did not
   * record an outcome): then the step looks for it before making anything.
   */
  mayHaveRun: boolean;
  /** What this step has made so far (from earlier attempts, then this one). */
  result: Record<string, unknown>;
  /** Adds to the result and writes it at once; throws LeaseLostError if the lease is gone. */
  save(partial: Record<string, unknown>): Promise<void>;
};

export type StepSuccess = {
  result: Record<string, unknown>;
  /** One English sentence for the timeline. */
  summary: string;
};

/** Where steps read an incident's postmortem, as it stands when they run. */
export type PostmortemReader = { get(incidentId: string): Promise<Postmortem> };

export function slackChannelUrl(channelId: string): string {
  return `https://slack.com/app_redirect?channel=${channelId}`;
}

/**
 * What every step handler works with: the Slack and Google clients, the texts, the
 * people directory, the step store, the postmortems, and the helpers steps share
 * (another step's result, the incident's links, posting a message exactly once).
 */
export class StepContext {
  constructor(
    private readonly deps: {
      slack?: SlackWorkspaceClient;
      google?: GoogleWorkspaceClient;
      facts: IncidentFacts;
      messages: SlackMessages;
      document: PostmortemDocumentText;
      directory: PeopleDirectory;
      store: WorkspaceStepsStore;
      knownErrors: Pick<KnownErrorsStore, 'getKnownErrors'>;
      postmortems: PostmortemReader;
      logger: LoggerService;
    },
  ) {}

  get slack(): SlackWorkspaceClient {
    if (!this.deps.slack) {
      throw new PermanentStepError(
        'Slack is not configured (incidents.slack.botToken) any more',
      );
    }
    return this.deps.slack;
  }

  get google(): GoogleWorkspaceClient {
    if (!this.deps.google) {
      throw new PermanentStepError(
        'Google Workspace is not configured (incidents.google) any more',
      );
    }
    return this.deps.google;
  }

  get facts(): IncidentFacts {
    return this.deps.facts;
  }

  get messages(): SlackMessages {
    return this.deps.messages;
  }

  get document(): PostmortemDocumentText {
    return this.deps.document;
  }

  get directory(): PeopleDirectory {
    return this.deps.directory;
  }

  get store(): WorkspaceStepsStore {
    return this.deps.store;
  }

  get knownErrors(): Pick<KnownErrorsStore, 'getKnownErrors'> {
    return this.deps.knownErrors;
  }

  get postmortems(): PostmortemReader {
    return this.deps.postmortems;
  }

  get logger(): LoggerService {
    return this.deps.logger;
  }

  /** The result of another step of the incident, if it succeeded. */
  succeeded(run: StepRun, key: string) {
    const step = run.steps.get(key);
    return step?.status === 'succeeded' ? step.result ?? {} : undefined;
  }

  links(run: StepRun): WorkspaceLinks {
    const channel = this.succeeded(run, 'slack.channel');
    const meet = this.succeeded(run, 'google.meet');
    const doc = this.succeeded(run, 'google.doc');
    return {
      channelId: channel?.channelId as string | undefined,
      channelName: channel?.channelName as string | undefined,
      meetUrl: meet?.meetingUri as string | undefined,
      docUrl: doc?.documentUrl as string | undefined,
    };
  }

  channelId(run: StepRun): string {
    const channelId = this.links(run).channelId;
    if (!channelId) {
      throw new PermanentStepError(
        'The incident has no Slack channel (slack.channel did not succeed)',
      );
    }
    return channelId;
  }

  /**
   * Posts a message once: a re-run finds the one an earlier attempt posted, by its
   * metadata, and gets back the `details` it was posted with. The message's id is saved
   * while the step goes on (`saved`): the metadata already makes it findable.
   */
  async postOnce(
    run: StepRun,
    channel: string,
    message: { text: string; blocks?: object[] },
    details: Record<string, string | number | boolean> = {},
  ): Promise<{
    channel: string;
    ts: string;
    details: Record<string, unknown>;
    saved: Promise<void>;
  }> {
    if (run.result.ts) {
      return {
        channel: String(run.result.postedIn ?? channel),
        ts: String(run.result.ts),
        details: run.result,
        saved: Promise.resolve(),
      };
    }
    let posted:
      | { channel: string; ts: string; details: Record<string, unknown> }
      | undefined;
    if (run.mayHaveRun) {
      const channelId = /^[CGD][A-Z0-9]+$/.test(channel)
        ? channel
        : (await this.slack.findChannels(c => c.name === channel))[0]?.id;
      if (channelId) {
        posted = await this.slack.findStepMessage(
          channelId,
          run.incident.id,
          run.step.key,
        );
      }
    }
    if (!posted) {
      const sent = await this.slack.postMessage({
        channel,
        ...message,
        details,
        incidentId: run.incident.id,
        stepKey: run.step.key,
      });
      posted = { ...sent, details };
    }
    const saved = run.save({
      ...posted.details,
      postedIn: posted.channel,
      ts: posted.ts,
    });
    saved.catch(() => {}); // the caller awaits it
    return { ...posted, saved };
  }

  async addBookmarks(
    run: StepRun,
    channel: string,
    bookmarks: [title: string, link: string, emoji: string][],
  ) {
    const existing = run.mayHaveRun
      ? new Set(await this.slack.listBookmarkLinks(channel))
      : new Set<string>();
    await Promise.all(
      bookmarks
        .filter(([, link]) => !existing.has(link))
        .map(([title, link, emoji]) =>
          this.slack.addBookmark(channel, title, link, emoji),
        ),
    );
  }

  /** A change's message in the channel, and the topic, which shows severity and status. */
  async postChangeAndTopic(
    run: StepRun,
    text: string,
    summary: string,
  ): Promise<StepSuccess> {
    const channel = this.channelId(run);
    const posted = await this.postOnce(run, channel, { text });
    await Promise.all([
      posted.saved,
      this.slack.setTopic(channel, this.messages.channelTopic(run.incident)),
    ]);
    return { result: run.result, summary };
  }
}
