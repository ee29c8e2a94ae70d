import { LoggerService } from '@backstage/backend-plugin-api';
import {
  IncidentDetails,
  IncidentRole,
  IncidentStatus,
} from '@incident-response/backstage-plugin-incidents-common';
import {
  StepRecord,
  WorkspaceStepsStore,
} from '../database/WorkspaceStepsStore';
import { GoogleWorkspaceClient } from '../integrations/google/GoogleWorkspaceClient';
import {
  SlackChannel,
  SlackWorkspaceClient,
} from '../integrations/slack/SlackWorkspaceClient';
import {
  channelBaseName,
  channelNameCandidate,
  isChannelNameCandidate,
} from './channelName';
import { PermanentStepError } from './classifyStepError';
import { WorkspaceContent, WorkspaceLinks } from './WorkspaceContent';
import type { DetailsChange } from './WorkspacePlanner';
import { WorkspaceDirectory } from './WorkspaceDirectory';

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

/** Drive app property tagging the postmortem copy with the incident it belongs to. */
const DOC_INCIDENT_PROPERTY = 'backstageIncidentId';

/** Slack users looked up by email at the same time. */
const LOOKUP_BATCH = 10;

/** How many `-2`, `-3`... suffixes to try when channel names are taken. */
const MAX_CHANNEL_NAME_CANDIDATES = 50;

function slackChannelUrl(channelId: string): string {
  return `https://slack.com/app_redirect?channel=${channelId}`;
}

/**
 * What each kind of workspace step does. Every step is idempotent: it records what it
 * made the moment it exists (`save`), and when an earlier attempt may have made it
 * without recording it (a lost response, a crash), it looks for it first: the channel
 * by name and creator, messages by their metadata, the doc by its Drive app property,
 * the sheet row by incident number. Meet spaces cannot be looked up: a lost answer may
 * leave an unused space behind, which nobody sees.
 */
export class WorkspaceStepRunner {
  constructor(
    private readonly deps: {
      slack?: SlackWorkspaceClient;
      google?: GoogleWorkspaceClient;
      content: WorkspaceContent;
      directory: WorkspaceDirectory;
      store: WorkspaceStepsStore;
      logger: LoggerService;
    },
  ) {}

  async run(run: StepRun): Promise<StepSuccess> {
    switch (run.step.kind) {
      case 'slack.channel':
        return this.createChannel(run);
      case 'google.meet':
        return this.createMeet(run);
      case 'google.doc':
        return this.copyPostmortem(run);
      case 'google.doc-fill':
        return this.fillPostmortem(run);
      case 'slack.share':
        return this.shareFirstMessage(run);
      case 'slack.links':
        return this.shareLateLinks(run);
      case 'google.sheet':
      case 'google.sheet-update':
        return this.writeTrackingRow(run);
      case 'slack.invite':
        return this.invitePeople(run);
      case 'slack.announce':
        return this.announce(run);
      case 'slack.status-update':
        return this.postStatusChange(run);
      case 'slack.role-update':
        return this.postRoleChange(run);
      case 'slack.details-update':
        return this.postDetailsChange(run);
      case 'slack.close':
        return this.postClosing(run);
      case 'slack.archive':
        return this.archiveChannel(run);
      case 'google.doc-status':
        return this.updateDocStatus(run);
      default:
        throw new PermanentStepError(
          `Unknown workspace step ${run.step.key}; was it written by a newer version of the plugin?`,
        );
    }
  }

  private get slack(): SlackWorkspaceClient {
    if (!this.deps.slack) {
      throw new PermanentStepError(
        'Slack is not configured (incidents.slack.botToken) any more',
      );
    }
    return this.deps.slack;
  }

  private get google(): GoogleWorkspaceClient {
    if (!this.deps.google) {
      throw new PermanentStepError(
        'Google Workspace is not configured (incidents.google) any more',
      );
    }
    return this.deps.google;
  }

  /** The result of another step of the incident, if it succeeded. */
  private succeeded(run: StepRun, key: string) {
    const step = run.steps.get(key);
    return step?.status === 'succeeded' ? step.result ?? {} : undefined;
  }

  private links(run: StepRun): WorkspaceLinks {
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

  private channelId(run: StepRun): string {
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
  private async postOnce(
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

  // ---- declare -----------------------------------------------------------------------

  private async createChannel(run: StepRun): Promise<StepSuccess> {
    const { incident } = run;
    const slack = this.slack;
    let saved = Promise.resolve();
    if (!run.result.channelId) {
      const base = channelBaseName(incident);
      let channel: SlackChannel | undefined;
      if (run.mayHaveRun) {
        channel = await this.findOwnChannel(run, base);
      }
      for (let n = 1; !channel && n <= MAX_CHANNEL_NAME_CANDIDATES; n++) {
        // Slack answers name_taken for archived channels too: try the next suffix.
        channel = await slack.createChannel(
          channelNameCandidate(base, n),
          incident.security,
        );
      }
      if (!channel) {
        throw new PermanentStepError(
          `Slack channel names ${base} to ${channelNameCandidate(
            base,
            MAX_CHANNEL_NAME_CANDIDATES,
          )} are all taken`,
        );
      }
      // Saved while the topic and purpose are set: a re-run that finds no id still
      // finds the channel (by name and creator).
      saved = run.save({
        channelId: channel.id,
        channelName: channel.name,
        private: channel.isPrivate,
        url: slackChannelUrl(channel.id),
      });
      saved.catch(() => {}); // awaited below
    }
    const channelId = String(run.result.channelId);
    const { content } = this.deps;
    await Promise.all([
      saved,
      slack.setTopic(channelId, content.channelTopic(incident)),
      slack.setPurpose(channelId, content.channelPurpose(incident)),
    ]);
    return {
      result: run.result,
      summary: `Created the Slack channel #${run.result.channelName}`,
    };
  }

  /**
   * The channel an earlier attempt created without recording it: one of this incident's
   * candidate names, created by this app since the incident was declared, and not
   * recorded by another incident.
   */
  private async findOwnChannel(
    run: StepRun,
    base: string,
  ): Promise<SlackChannel | undefined> {
    const botUserId = await this.slack.getBotUserId();
    const since = Date.parse(run.incident.declaredAt) / 1000 - 60;
    const candidates = await this.slack.findChannels(
      c =>
        isChannelNameCandidate(base, c.name) &&
        c.creator === botUserId &&
        (c.created ?? 0) >= since,
    );
    for (const channel of candidates) {
      const taken = await this.deps.store.isResultRecordedElsewhere(
        'slack.channel',
        'channelId',
        channel.id,
        run.incident.id,
      );
      if (!taken) {
        this.deps.logger.info(
          'Found the Slack channel an earlier attempt created',
          { incident: run.incident.number, channel: channel.name },
        );
        return channel;
      }
    }
    return undefined;
  }

  private async createMeet(run: StepRun): Promise<StepSuccess> {
    const space = await this.google.createMeetSpace();
    const result = {
      spaceName: space.name,
      meetingUri: space.meetingUri,
      meetingCode: space.meetingCode,
      url: space.meetingUri,
    };
    await run.save(result);
    return {
      result: run.result,
      summary: `Created the Google Meet ${space.meetingUri}`,
    };
  }

  private async copyPostmortem(run: StepRun): Promise<StepSuccess> {
    const google = this.google;
    const { incident } = run;
    if (!run.result.documentId) {
      const found = run.mayHaveRun
        ? await google.findFileByAppProperty(DOC_INCIDENT_PROPERTY, incident.id)
        : undefined;
      const file =
        found ??
        (await google.copyFile({
          fileId: google.settings.postmortemTemplateId!,
          name: `${incident.number} Postmortem: ${incident.title}`,
          folderId: google.settings.incidentsFolderId,
          appProperties: {
            [DOC_INCIDENT_PROPERTY]: incident.id,
            backstageIncidentNumber: incident.number,
          },
        }));
      await run.save({
        documentId: file.id,
        documentName: file.name,
        documentUrl: file.url,
        url: file.url,
      });
    }
    return {
      result: run.result,
      summary: `Created the postmortem document "${run.result.documentName}" from the template`,
    };
  }

  private async fillPostmortem(run: StepRun): Promise<StepSuccess> {
    const doc = this.succeeded(run, 'google.doc')!;
    const { content } = this.deps;
    // Saved before the call: if the answer is lost, the re-run reuses the text that is
    // now in the document, so closing can find and replace it.
    if (!run.result.statusText) {
      await run.save({
        statusText: content.docStatusText(
          run.incident.status,
          new Date().toISOString(),
        ),
      });
    }
    const replaced = await this.google.replaceAllText(
      String(doc.documentId),
      content.docReplacements(
        run.incident,
        this.links(run),
        String(run.result.statusText),
      ),
    );
    await run.save({
      documentId: doc.documentId,
      url: doc.documentUrl,
      replaced,
    });
    const filled = Object.values(replaced).filter(n => n > 0).length;
    return {
      result: run.result,
      summary:
        filled === 0 && run.mayHaveRun
          ? 'The postmortem document was already filled in'
          : `Filled in ${filled} placeholder${
              filled === 1 ? '' : 's'
            } of the postmortem document`,
    };
  }

  private async shareFirstMessage(run: StepRun): Promise<StepSuccess> {
    const slack = this.slack;
    const channel = this.channelId(run);
    const links = this.links(run);
    const build = (shared: { sharedMeet: boolean; sharedDoc: boolean }) => {
      const meetUrl = shared.sharedMeet ? links.meetUrl : undefined;
      const docUrl = shared.sharedDoc ? links.docUrl : undefined;
      const comingLater = (['google.meet', 'google.doc'] as const)
        .filter(key => run.steps.get(key)?.status !== 'skipped')
        .map(key => (key === 'google.meet' ? 'meet' : 'doc'))
        .filter(link => (link === 'meet' ? !meetUrl : !docUrl));
      return { meetUrl, docUrl, comingLater };
    };
    // Which links the message carries travels with it (in its metadata and then the
    // result), so a re-run and slack.links know what is still to share.
    const intended = {
      sharedMeet: Boolean(links.meetUrl),
      sharedDoc: Boolean(links.docUrl),
    };
    const posted = await this.postOnce(
      run,
      channel,
      this.deps.content.firstMessage(run.incident, {
        ...links,
        ...build(intended),
      }),
      intended,
    );
    const { meetUrl, docUrl, comingLater } = build({
      sharedMeet: Boolean(posted.details.sharedMeet),
      sharedDoc: Boolean(posted.details.sharedDoc),
    });
    const bookmarks: [string, string, string][] = [
      [
        'Incident in Backstage',
        this.deps.content.incidentUrl(run.incident),
        ':rotating_light:',
      ],
    ];
    if (meetUrl) {
      bookmarks.push(['Google Meet', meetUrl, ':video_camera:']);
    }
    if (docUrl) {
      bookmarks.push(['Postmortem', docUrl, ':memo:']);
    }
    await Promise.all([
      posted.saved,
      slack.pin(channel, posted.ts),
      this.addBookmarks(run, channel, bookmarks),
    ]);
    return {
      result: { ...run.result, url: slackChannelUrl(channel) },
      summary: `Posted and pinned the first message in the channel${
        comingLater.length > 0
          ? '; the links not ready yet follow when they are'
          : ''
      }`,
    };
  }

  private async addBookmarks(
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

  private async shareLateLinks(run: StepRun): Promise<StepSuccess> {
    const share = this.succeeded(run, 'slack.share') ?? {};
    const links = this.links(run);
    const late = {
      meetUrl: share.sharedMeet ? undefined : links.meetUrl,
      docUrl: share.sharedDoc ? undefined : links.docUrl,
    };
    if (!late.meetUrl && !late.docUrl) {
      return {
        result: { late: false },
        summary:
          links.meetUrl || links.docUrl
            ? 'The first message already had the Meet and doc links'
            : 'No Meet or doc links to share',
      };
    }
    const channel = this.channelId(run);
    await (
      await this.postOnce(run, channel, {
        text: this.deps.content.lateLinksMessage(run.incident, late),
      })
    ).saved;
    const bookmarks: [string, string, string][] = [];
    if (late.meetUrl)
      bookmarks.push(['Google Meet', late.meetUrl, ':video_camera:']);
    if (late.docUrl) bookmarks.push(['Postmortem', late.docUrl, ':memo:']);
    await this.addBookmarks(run, channel, bookmarks);
    return {
      result: { ...run.result, late: true },
      summary: `Shared the ${[late.meetUrl && 'Meet', late.docUrl && 'doc']
        .filter(Boolean)
        .join(' and ')} link${
        late.meetUrl && late.docUrl ? 's' : ''
      } in the channel`,
    };
  }

  private async writeTrackingRow(run: StepRun): Promise<StepSuccess> {
    const google = this.google;
    const spreadsheetId = google.settings.trackingSpreadsheetId!;
    const values = this.deps.content.trackingRow(run.incident, this.links(run));
    const url = `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`;
    // A new incident's first attempt cannot have a row yet; every other run looks for it
    // (people may also have sorted the sheet since).
    const row =
      run.step.kind === 'google.sheet' && !run.mayHaveRun
        ? undefined
        : await google.findTrackingRow(spreadsheetId, run.incident.number);
    const range = row
      ? await google.updateTrackingRow(spreadsheetId, row, values)
      : await google.appendTrackingRow(spreadsheetId, values);
    return {
      result: { spreadsheetId, range, url },
      summary: row
        ? `Updated the tracking sheet row (${values[4]})`
        : 'Added the incident to the tracking sheet',
    };
  }

  private async invitePeople(run: StepRun): Promise<StepSuccess> {
    const slack = this.slack;
    const channel = this.channelId(run);
    const { incident } = run;
    const people = await this.deps.directory.people([
      incident.reporterRef,
      ...incident.roles.map(r => r.userRef),
      ...incident.ownerRefs,
    ]);
    // Lookups are rate limited (Slack tier 3): a few at a time, and each batch is saved,
    // so a retry after a 429 goes on from where it stopped instead of starting over.
    const found = {
      ...((run.result.slackUsers as Record<string, string | null>) ?? {}),
    };
    const pending = people.filter(p => !(p.userRef in found));
    for (let i = 0; i < pending.length; i += LOOKUP_BATCH) {
      const batch = pending.slice(i, i + LOOKUP_BATCH);
      const slackIds = await Promise.all(
        batch.map(person =>
          person.email ? slack.lookupUserByEmail(person.email) : undefined,
        ),
      );
      batch.forEach((person, index) => {
        found[person.userRef] = slackIds[index] ?? null;
      });
      if (pending.length > LOOKUP_BATCH) {
        await run.save({ slackUsers: found });
      }
    }
    const matched = people
      .filter(p => found[p.userRef])
      .map(p => ({ userRef: p.userRef, slackUserId: found[p.userRef]! }));
    const notFound = people.filter(p => !found[p.userRef]).map(p => p.userRef);
    let ids = [...new Set(matched.map(m => m.slackUserId))];
    if (run.mayHaveRun && ids.length > 0) {
      const members = new Set(await slack.listMembers(channel));
      ids = ids.filter(id => !members.has(id));
    }
    await slack.invite(channel, ids);
    notFound.sort();
    return {
      result: {
        channelId: channel,
        invited: matched.map(m => m.userRef).sort(),
        notFound,
        url: slackChannelUrl(channel),
      },
      summary: `Invited ${matched.length} ${
        matched.length === 1 ? 'person' : 'people'
      } to the channel${
        notFound.length > 0
          ? `; no Slack account found for ${notFound.join(', ')}`
          : ''
      }`,
    };
  }

  private async announce(run: StepRun): Promise<StepSuccess> {
    const channel = this.slack.settings.announceChannel;
    await (
      await this.postOnce(run, channel, {
        text: this.deps.content.announcement(run.incident, this.links(run)),
      })
    ).saved;
    return {
      result: { ...run.result, channel },
      summary: `Announced the incident in #${channel}`,
    };
  }

  // ---- follow-ups --------------------------------------------------------------------

  private postStatusChange(run: StepRun): Promise<StepSuccess> {
    const input = run.step.input as {
      from: IncidentStatus;
      to: IncidentStatus;
      at: string;
      byRef: string;
    };
    return this.postChangeAndTopic(
      run,
      this.deps.content.statusChangeMessage(run.incident, input),
      `Posted the status change to ${input.to} in the channel`,
    );
  }

  private async postDetailsChange(run: StepRun): Promise<StepSuccess> {
    const input = run.step.input as DetailsChange & { byRef: string };
    const success = await this.postChangeAndTopic(
      run,
      this.deps.content.detailsChangeMessage(run.incident, input),
      `Posted the ${[
        input.severity && `severity change to ${input.severity.to}`,
        input.title && 'new title',
      ]
        .filter(Boolean)
        .join(' and ')} in the channel`,
    );
    if (input.title) {
      await this.slack.setPurpose(
        this.channelId(run),
        this.deps.content.channelPurpose(run.incident),
      );
    }
    return success;
  }

  /** A change's message in the channel, and the topic, which shows severity and status. */
  private async postChangeAndTopic(
    run: StepRun,
    text: string,
    summary: string,
  ): Promise<StepSuccess> {
    const channel = this.channelId(run);
    const posted = await this.postOnce(run, channel, { text });
    await Promise.all([
      posted.saved,
      this.slack.setTopic(
        channel,
        this.deps.content.channelTopic(run.incident),
      ),
    ]);
    return { result: run.result, summary };
  }

  private async postRoleChange(run: StepRun): Promise<StepSuccess> {
    const slack = this.slack;
    const channel = this.channelId(run);
    const input = run.step.input as {
      role: IncidentRole;
      fromRef: string | null;
      toRef: string;
      note: string | null;
    };
    const [person] = await this.deps.directory.people([input.toRef]);
    const slackUserId = person?.email
      ? await slack.lookupUserByEmail(person.email)
      : undefined;
    if (slackUserId) {
      await slack.invite(channel, [slackUserId]);
    }
    await (
      await this.postOnce(run, channel, {
        text: this.deps.content.roleChangeMessage(run.incident, {
          ...input,
          slackUserId,
        }),
      })
    ).saved;
    if (input.role === 'incident-commander') {
      await slack.setTopic(
        channel,
        this.deps.content.channelTopic(run.incident),
      );
    }
    return {
      result: { ...run.result, invited: Boolean(slackUserId) },
      summary: `Posted the ${input.role} handover in the channel`,
    };
  }

  private async postClosing(run: StepRun): Promise<StepSuccess> {
    const channel = this.channelId(run);
    const posted = await this.postOnce(run, channel, {
      text: this.deps.content.closingMessage(run.incident, this.links(run)),
    });
    await posted.saved;
    await this.slack.setTopic(
      channel,
      this.deps.content.channelTopic(run.incident),
    );
    return {
      result: run.result,
      summary: 'Posted the closing message in the channel',
    };
  }

  private async archiveChannel(run: StepRun): Promise<StepSuccess> {
    const channel = this.channelId(run);
    await this.slack.archive(channel);
    return {
      result: { channelId: channel },
      summary: `Archived #${this.links(run).channelName}`,
    };
  }

  private async updateDocStatus(run: StepRun): Promise<StepSuccess> {
    const fill = this.succeeded(run, 'google.doc-fill');
    const doc = this.succeeded(run, 'google.doc');
    const written = fill?.statusText as string | undefined;
    if (!doc || !written) {
      return {
        result: {},
        summary: 'The postmortem document has no status to update',
      };
    }
    const input = run.step.input as { to: IncidentStatus; at: string };
    if (!run.result.statusText) {
      await run.save({
        statusText: this.deps.content.docStatusText(input.to, input.at),
      });
    }
    const replaced = await this.google.replaceAllText(String(doc.documentId), [
      [written, String(run.result.statusText)],
    ]);
    return {
      result: {
        ...run.result,
        documentId: doc.documentId,
        url: doc.documentUrl,
        replaced: replaced[written],
      },
      summary: `Set the postmortem document's status to "${run.result.statusText}"`,
    };
  }
}
