import { HumanDuration } from '@backstage/types';

export interface Config {
  /** Incident Response for Backstage. */
  incidents?: {
    /**
     * The severity levels, most severe first. Defaults to the CDS handbook's SEV1-SEV3.
     */
    severities?: Array<{
      /** Stored on incidents and used in the API, e.g. `SEV1`. */
      id: string;
      /** Shown to people, e.g. `SEV1 - Critical`. Defaults to the id. */
      name?: string;
      /** When to choose this level. */
      description?: string;
      /** Typical situations at this level. */
      examples?: string[];
      /** Whether incidents at this level need a postmortem. Defaults to false. */
      postmortemRequired?: boolean;
    }>;

    /**
     * Slack: each incident gets a channel, a first message, invitations and an
     * announcement. Without a bot token the Slack steps are skipped.
     */
    slack?: {
      /**
       * The Slack app's bot token (`xoxb-...`). See the README for the scopes it needs.
       * @visibility secret
       */
      botToken?: string;
      /** The Web API base URL. Defaults to `https://slack.com/api/`. */
      apiUrl?: string;
      /** Where new incidents are announced (a channel name). Defaults to `incident-sre`. */
      announceChannel?: string;
      /** Archive the incident's channel when the incident is closed. Defaults to false. */
      archiveOnClose?: boolean;
      /**
       * The Slack app's signing secret. With it (and the bot token), the plugin takes
       * Slack's requests at `/api/incidents/slack/*`: `/incident` and its modal.
       * @visibility secret
       */
      signingSecret?: string;
      /**
       * The Slack app's app-level token (`xapp-...`, scope `connections:write`). With it
       * (and the bot token), the plugin takes the same requests over Socket Mode: each
       * backend opens a WebSocket to Slack, so Backstage needs no public URL.
       * @visibility secret
       */
      appToken?: string;
      /**
       * What a Slack user without a catalog user may do from Slack: `declare-only`
       * (the default; response never waits for catalog hygiene), `allow` or `deny`.
       */
      unmappedUsers?: 'declare-only' | 'allow' | 'deny';
      /**
       * The emoji reaction that puts a message of an incident's channel on its timeline,
       * as pinning it does (removing it takes the message off): a name without colons,
       * `floppy_disk` by default, `false` for pins only.
       */
      timelineReaction?: string | false;
      /**
       * How often, in minutes, the channel of an open incident whose severity is still
       * to be assessed is reminded of it (30 by default); the first reminder comes soon
       * after the channel is created.
       */
      severityReminderMinutes?: number;
    };

    /** Security and privacy incidents. */
    security?: {
      /**
       * Groups whose members see every security incident, besides its role holders and
       * the members of the teams that own what it affects. Default
       * `group:default/security`.
       */
      responderGroups?: string[];
    };

    /**
     * Google Workspace: each incident gets a Google Meet, a postmortem document copied from
     * a template, and a row in a tracking spreadsheet. Without a service account the
     * Google steps are skipped.
     */
    google?: {
      /** The service account's `client_email`. */
      clientEmail?: string;
      /**
       * The service account's `private_key` (PEM; literal `\n` are turned into newlines).
       * @visibility secret
       */
      privateKey?: string;
      /**
       * The Workspace user the service account acts as, through domain-wide delegation.
       * Google Meet needs it; Drive, Docs and Sheets use it when set.
       */
      subject?: string;
      /** Replaces every Google API's root URL (for a proxy or a test server). */
      rootUrl?: string;
      /** The OAuth token endpoint. Defaults to `https://oauth2.googleapis.com/token`. */
      tokenUrl?: string;
      /** The Google Doc copied for each incident's postmortem. Without it, no doc is made. */
      postmortemTemplateId?: string;
      /** The Drive folder the postmortem copies go to. */
      incidentsFolderId?: string;
      /** The spreadsheet that lists incidents. Without it, no row is written. */
      trackingSpreadsheetId?: string;
      /**
       * The columns of the tracking sheet, as an A1 range of whole columns. Defaults to
       * `Sheet1!A:J`.
       */
      trackingRange?: string;
    };

    /** How the worker runs the Slack and Google steps. */
    workspace?: {
      /** Attempts before a step that keeps failing for a transient reason is marked failed. Defaults to 8. */
      maxAttempts?: number;
      /** The first retry delay, doubled on each attempt. Defaults to 1 second. */
      initialRetryDelay?: HumanDuration | string;
      /** The longest retry delay. Defaults to 5 minutes. */
      maxRetryDelay?: HumanDuration | string;
      /** How long a backend owns a step it runs before another may take it over. Defaults to 2 minutes. */
      lease?: HumanDuration | string;
      /** Steps one backend runs at the same time. Defaults to 8. */
      concurrency?: number;
      /** How often the scheduled task looks for due steps. Defaults to 10 seconds. */
      frequency?: HumanDuration | string;
      /** Timeout of each call to Slack or Google. Defaults to 10 seconds. */
      requestTimeout?: HumanDuration | string;
    };

    /** Postmortems and their action items. */
    postmortems?: {
      /**
       * When an action item is due unless its creator says otherwise, from its creation:
       * the handbook's completion target. Defaults to 8 weeks.
       */
      actionItemDueIn?: HumanDuration | string;
      /**
       * Who reviews postmortems: catalog groups or users notified when one is submitted
       * for review. Defaults to `group:default/sre-team`. Approving needs the
       * `postmortem.approve` permission.
       */
      reviewers?: string[];
      /** The reminders of action items due within a week or overdue. */
      reminders?: {
        /** How often the scheduled task `incidents-action-item-reminders` runs. Defaults to once a day. */
        frequency?: HumanDuration | string;
      };
    };

    /**
     * Backstage notifications sent by the plugin (incidents declared, roles assigned,
     * incidents resolved, postmortems, action-item reminders).
     */
    notifications?: {
      /**
       * The language they are written in: `en` or `fr`. Notifications are stored as
       * text and Backstage's backend does not know a reader's language, so they are
       * written in the organisation's language; unset, in English and French together.
       */
      language?: 'en' | 'fr';
    };
  };
}
