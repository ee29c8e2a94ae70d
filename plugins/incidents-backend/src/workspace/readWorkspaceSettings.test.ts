import { ConfigReader } from '@backstage/config';
import { readWorkspaceSettings } from './readWorkspaceSettings';

const read = (incidents: object, app?: object) =>
  readWorkspaceSettings(new ConfigReader({ incidents, ...(app && { app }) }));

describe('readWorkspaceSettings', () => {
  it('turns both integrations off without credentials, with worker defaults', () => {
    expect(read({})).toEqual({
      slack: undefined,
      google: undefined,
      appBaseUrl: 'http://localhost:3000',
      worker: {
        maxAttempts: 8,
        initialRetryDelayMs: 1000,
        maxRetryDelayMs: 300_000,
        leaseMs: 120_000,
        concurrency: 8,
        frequency: { seconds: 10 },
        requestTimeoutMs: 10_000,
      },
    });
  });

  it("defaults Slack's URL, announcement channel and entry point", () => {
    expect(read({ slack: { botToken: 'xoxb-1' } }).slack).toEqual({
      botToken: 'xoxb-1',
      apiUrl: 'https://slack.com/api/',
      announceChannel: 'incident-sre',
      archiveOnClose: false,
      // Neither a signing secret nor an app-level token: Slack's requests are not taken.
      signingSecret: undefined,
      appToken: undefined,
      unmappedUsers: 'declare-only',
      // Pinning and this reaction put a message on its incident's timeline.
      timelineReaction: 'floppy_disk',
      // An incident whose severity is still to be assessed reminds its channel.
      severityReminderMinutes: 30,
    });
    expect(
      read({
        slack: {
          botToken: 'xoxb-1',
          apiUrl: 'http://127.0.0.1:9/api',
          announceChannel: '#incidents',
          archiveOnClose: true,
        },
      }).slack,
    ).toMatchObject({
      apiUrl: 'http://127.0.0.1:9/api/',
      announceChannel: 'incidents',
      archiveOnClose: true,
    });
    expect(
      read({
        slack: {
          botToken: 'xoxb-1',
          signingSecret: 's3cr3t',
          appToken: 'xapp-1',
          unmappedUsers: 'deny',
          timelineReaction: ':stopwatch:',
        },
      }).slack,
    ).toMatchObject({
      signingSecret: 's3cr3t',
      appToken: 'xapp-1',
      unmappedUsers: 'deny',
      timelineReaction: 'stopwatch',
    });
    expect(
      read({ slack: { botToken: 'xoxb-1', timelineReaction: false } }).slack
        ?.timelineReaction,
    ).toBeUndefined();
    expect(() =>
      read({ slack: { botToken: 'xoxb-1', timelineReaction: 'floppy disk' } }),
    ).toThrow(
      "incidents.slack.timelineReaction: 'floppy disk' is not the name of an emoji",
    );
    expect(() =>
      read({ slack: { botToken: 'xoxb-1', unmappedUsers: 'sometimes' } }),
    ).toThrow(
      "incidents.slack.unmappedUsers: 'sometimes' is not one of declare-only, allow, deny",
    );
    expect(
      read({ slack: { botToken: 'xoxb-1', severityReminderMinutes: 15 } }).slack
        ?.severityReminderMinutes,
    ).toBe(15);
    expect(() =>
      read({ slack: { botToken: 'xoxb-1', severityReminderMinutes: 0.5 } }),
    ).toThrow(
      "incidents.slack.severityReminderMinutes: '0.5' is not a whole number of minutes, 1 or more",
    );
  });

  it('reads the Google service account, restoring newlines in the key', () => {
    const google = read({
      google: {
        clientEmail: 'sa@p.iam.gserviceaccount.com',
        privateKey:
          '-----BEGIN PRIVATE KEY-----\\nabc\\n-----END PRIVATE KEY-----\\n',
        subject: 'bot@example.com',
        postmortemTemplateId: 't',
      },
    }).google!;
    expect(google.privateKey).toBe(
      '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n',
    );
    expect(google).toMatchObject({
      subject: 'bot@example.com',
      rootUrl: undefined,
      tokenUrl: 'https://oauth2.googleapis.com/token',
      trackingRange: 'Sheet1!A:J',
    });
  });

  it('refuses half a service account, naming what is missing', () => {
    expect(() => read({ google: { clientEmail: 'sa@p' } })).toThrow(
      "incidents.google: set both clientEmail and privateKey (the service account's client_email and private_key), or neither; privateKey is missing",
    );
  });

  it('refuses URLs that are not http(s) and ranges that are not whole columns', () => {
    expect(() =>
      read({ slack: { botToken: 'x', apiUrl: 'file:///etc/passwd' } }),
    ).toThrow(
      "incidents.slack.apiUrl: 'file:///etc/passwd' must be an http or https URL",
    );
    expect(() =>
      read({
        google: { clientEmail: 'a', privateKey: 'b', trackingRange: 'A1' },
      }),
    ).toThrow(/trackingRange: 'A1' is not a range of whole columns/);
  });

  it('reads worker durations in any Backstage duration form', () => {
    expect(
      read({
        workspace: {
          initialRetryDelay: '250ms',
          maxRetryDelay: { minutes: 1 },
          lease: 'PT30S',
          maxAttempts: 3,
        },
      }).worker,
    ).toMatchObject({
      initialRetryDelayMs: 250,
      maxRetryDelayMs: 60_000,
      leaseMs: 30_000,
      maxAttempts: 3,
    });
    expect(() => read({ workspace: { maxAttempts: 0 } })).toThrow(
      'incidents.workspace.maxAttempts: must be a whole number of at least 1',
    );
  });
});
