import { TestBackend } from '@backstage/backend-test-utils';
import { IncidentDetails } from '@incident-response/backstage-plugin-incidents-common';
import { Knex } from 'knex';
import request from 'supertest';
import { FakeWorkspaceServer } from '../__testUtils__/fakes/FakeWorkspaceServer';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import {
  APP_BASE_URL,
  asUser,
  declareIncident,
  FOLDER_ID,
  GUEST,
  SPREADSHEET_ID,
  startFakeWorkspace,
  startWorkspaceBackend,
  statuses,
  stepMap,
  TRACKING_SHEET,
  waitForSteps,
  workspaceConfig,
} from '../__testUtils__/workspaceTestBed';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const DECLARE_KEYS = [
  'slack.channel',
  'google.meet',
  'google.doc',
  'google.doc-fill',
  'slack.share',
  'slack.links',
  'google.sheet',
  'slack.invite',
  'slack.announce',
];

describe.each(databases.eachSupportedId())(
  'workspace steps, everything answering, on %s',
  databaseId => {
    let knex: Knex;
    let fake: FakeWorkspaceServer;
    let backend: TestBackend;
    const api = () => request(backend.server);

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      fake = await startFakeWorkspace();
      backend = await startWorkspaceBackend({
        knex,
        config: workspaceConfig(fake),
      });
    });

    afterAll(async () => {
      await backend.stop();
      await fake.stop();
    });

    it('reports both integrations as enabled in GET /config', async () => {
      const res = await api().get('/api/incidents/config').set(asUser());
      expect(res.body.integrations).toEqual({ slack: true, google: true });
    });

    describe('a declared incident', () => {
      let declared: IncidentDetails;
      let incident: IncidentDetails;
      let channelId: string;

      beforeAll(async () => {
        declared = await declareIncident(backend);
        incident = await waitForSteps(backend, declared.id);
        channelId = String(
          stepMap(incident)['slack.channel'].result?.channelId,
        );
      });

      it('is answered at once with its steps written and pending', () => {
        expect(declared.steps.map(s => s.key)).toEqual(DECLARE_KEYS);
        expect(declared.steps.every(s => s.status === 'pending')).toBe(true);
        expect(stepMap(declared)['slack.share'].dependsOn).toEqual([
          'slack.channel',
          'google.meet',
          'google.doc',
        ]);
      });

      it('runs every step once and records each result', () => {
        expect(statuses(incident)).toEqual(
          Object.fromEntries(DECLARE_KEYS.map(key => [key, 'succeeded'])),
        );
        for (const step of incident.steps) {
          expect(step.attempts).toBe(1);
          expect(step.lastError).toBeNull();
        }
        const steps = stepMap(incident);
        expect(steps['slack.channel'].result).toMatchObject({
          channelId: expect.stringMatching(/^C/),
          channelName: expect.stringMatching(/^incident-/),
          url: `https://slack.com/app_redirect?channel=${channelId}`,
        });
        expect(steps['google.meet'].result?.url).toMatch(
          /^https:\/\/meet\.google\.com\//,
        );
        expect(steps['google.doc'].result?.url).toMatch(
          /^https:\/\/docs\.google\.com\/document\/d\//,
        );
      });

      it('creates one channel named after the date and the title, with topic and purpose', () => {
        const date = incident.declaredAt.slice(0, 10);
        const created = fake.createdChannels().filter(c => c.id === channelId);
        expect(created).toHaveLength(1);
        const [channel] = created;
        expect(channel.name).toBe(
          `incident-${date}-checkout-returns-502-for-every-basket`,
        );
        expect(channel.is_private).toBe(false);
        expect(channel.topic).toBe(
          `${incident.number} · SEV2 - Major · Active · IC: guest`,
        );
        expect(channel.purpose).toBe(
          `Checkout returns 502 for every basket · ${APP_BASE_URL}/incidents/${incident.number}`,
        );
        expect(
          fake.calls('slack:conversations.create').map(r => r.body.name),
        ).toEqual([channel.name]);
      });

      it('invites the reporter and the owners matched to Slack users by email', () => {
        const channel = fake.channelById(channelId)!;
        expect([...channel.members].sort()).toEqual(
          ['UALICE', 'UBOB', 'UBOTINCIDENTS', 'UGUEST'].sort(),
        );
        const invite = stepMap(incident)['slack.invite'];
        expect(invite.result).toMatchObject({
          invited: [
            'user:default/alice',
            'user:default/bob',
            'user:default/guest',
          ],
          notFound: ['user:default/carol', 'user:default/dave'],
        });
      });

      it('creates one Meet space', () => {
        expect(fake.google.spaces).toHaveLength(1);
        expect(fake.google.spaces[0].config).toEqual({
          accessType: 'TRUSTED',
          entryPointAccess: 'ALL',
        });
        expect(fake.google.spaces[0].meetingUri).toBe(
          stepMap(incident)['google.meet'].result?.meetingUri,
        );
      });

      it('copies the postmortem template into the folder and fills every placeholder', () => {
        const documentId = String(
          stepMap(incident)['google.doc'].result?.documentId,
        );
        const doc = fake.file(documentId)!;
        expect(doc.name).toBe(
          `${incident.number} Postmortem: Checkout returns 502 for every basket`,
        );
        expect(doc.parents).toEqual([FOLDER_ID]);
        expect(doc.appProperties.backstageIncidentId).toBe(incident.id);
        const channel = fake.channelById(channelId)!;
        expect(doc.content).not.toContain('{{');
        expect(doc.content.split('\n')).toEqual([
          `${incident.number}: Checkout returns 502 for every basket`,
          `Date: ${incident.declaredAt.slice(0, 10)}`,
          'Severity: SEV2 - Major',
          expect.stringMatching(
            /^Status: Active \(as of \d{4}-\d\d-\d\d \d\d:\d\d UTC\)$/,
          ),
          'Services: checkout-web, payments-gateway',
          'Owners: payments-team, storefront-team',
          'Incident commander: guest',
          `Slack: #${channel.name}`,
          `Meet: ${fake.google.spaces[0].meetingUri}`,
          `Backstage: ${APP_BASE_URL}/incidents/${incident.number}`,
        ]);
        // The real JWT flow: a signed assertion for the delegated user and the scopes.
        expect(fake.google.assertions[0]).toMatchObject({
          iss: 'incidents@northwind-incidents.iam.gserviceaccount.com',
          sub: 'incident-bot@northwind.example',
          scope: expect.stringContaining(
            'https://www.googleapis.com/auth/meetings.space.created',
          ),
        });
      });

      it('posts and pins one first message with the summary, roles, links and next steps', () => {
        const channel = fake.channelById(channelId)!;
        expect(channel.messages).toHaveLength(1);
        const [first] = channel.messages;
        const text = JSON.stringify(first.blocks);
        expect(first.text).toContain(incident.number);
        expect(text).toContain('Customers cannot pay');
        expect(text).toContain('Incident commander: guest');
        expect(text).toContain(fake.google.spaces[0].meetingUri);
        expect(text).toContain(
          String(stepMap(incident)['google.doc'].result?.documentUrl),
        );
        expect(text).toContain('Next steps');
        expect(text).toContain('delegate the roles');
        expect(first.metadata).toEqual({
          event_type: 'backstage_incident_step',
          event_payload: {
            incident_id: incident.id,
            step: 'slack.share',
            sharedMeet: true,
            sharedDoc: true,
          },
        });
        expect(channel.pins).toEqual([first.ts]);
        expect(channel.bookmarks.map(b => b.title).sort()).toEqual([
          'Google Meet',
          'Incident in Backstage',
          'Postmortem',
        ]);
        expect(stepMap(incident)['slack.links'].result).toEqual({
          late: false,
        });
      });

      it('adds one row to the tracking sheet', () => {
        const rows = fake.sheetRows(SPREADSHEET_ID, TRACKING_SHEET);
        const mine = rows.filter(r => r[0] === incident.number);
        expect(mine).toEqual([
          [
            incident.number,
            incident.declaredAt,
            'Checkout returns 502 for every basket',
            'SEV2 - Major',
            'Active',
            'checkout-web, payments-gateway',
            'guest',
            `#${fake.channelById(channelId)!.name}`,
            String(stepMap(incident)['google.doc'].result?.documentUrl),
            `${APP_BASE_URL}/incidents/${incident.number}`,
          ],
        ]);
      });

      it('announces the incident in #incident-sre in English and French, with a link to its page', () => {
        const announcements = fake
          .channelByName('incident-sre')!
          .messages.filter(
            m => m.metadata?.event_payload.incident_id === incident.id,
          );
        expect(announcements).toHaveLength(1);
        const [english, french] = announcements[0].text.split('\n\n');
        const page = `${APP_BASE_URL}/incidents/${incident.number}`;
        expect(english).toContain(
          `*New SEV2 - Major incident ${incident.number}*`,
        );
        expect(english).toContain(`Channel: <#${channelId}>`);
        expect(english).toContain(`<${page}|Open in Backstage>`);
        expect(french).toContain(
          `*Nouvel incident SEV2 - Majeur ${incident.number}*\u00a0: `,
        );
        expect(french).toContain(`Canal\u00a0: <#${channelId}>`);
        expect(french).toContain(`<${page}|Ouvrir dans Backstage>`);
      });

      it('writes one timeline entry per step outcome', async () => {
        const res = await api()
          .get(`/api/incidents/incidents/${incident.id}/timeline`)
          .set(asUser());
        const outcomes = res.body.items.filter(
          (e: any) => e.kind === 'workspace-step-succeeded',
        );
        expect(outcomes.map((e: any) => e.data.step).sort()).toEqual(
          [...DECLARE_KEYS].sort(),
        );
        expect(outcomes[0]).toMatchObject({
          automatic: true,
          authorRef: GUEST,
        });
      });

      it('posts status and role changes, then closes: final message, sheet, doc status, archive', async () => {
        const transition = (status: string) =>
          api()
            .post(`/api/incidents/incidents/${incident.id}/transitions`)
            .set(asUser())
            .send({ status })
            .expect(200);
        await transition('mitigated');
        await api()
          .put(
            `/api/incidents/incidents/${incident.id}/roles/communications-lead`,
          )
          .set(asUser())
          .send({
            userRef: 'user:default/alice',
            note: 'Status page is <b>up</b>',
          })
          .expect(200);
        await transition('resolved');
        // A SEV2 closes once its postmortem is approved.
        const postmortem = `/api/incidents/incidents/${incident.id}/postmortem`;
        await api()
          .patch(postmortem)
          .set(asUser())
          .send({
            updatedAt: null,
            sections: {
              summary: 'Checkout failed',
              impact: 'Card payments',
              rootCause: 'A bad deploy',
              resolution: 'Rolled back',
              evidence: 'https://grafana.example/d/checkout',
            },
          })
          .expect(200);
        await api()
          .post(`/api/incidents/incidents/${incident.id}/action-items`)
          .set(asUser())
          .send({
            title: 'Canary deploys',
            kind: 'prevent',
            ownerRef: 'group:default/payments-team',
          })
          .expect(201);
        for (const status of ['in-review', 'approved']) {
          await api()
            .post(`${postmortem}/transitions`)
            .set(asUser())
            .send({ status })
            .expect(200);
        }
        await transition('closed');
        const closed = await waitForSteps(backend, incident.id);

        const followUps = closed.steps.slice(DECLARE_KEYS.length);
        expect(followUps.map(s => [s.key, s.status])).toEqual([
          ['slack.status-update:10', 'succeeded'],
          ['google.sheet-update:10', 'succeeded'],
          ['slack.role-update:12', 'succeeded'],
          ['slack.status-update:13', 'succeeded'],
          ['google.sheet-update:13', 'succeeded'],
          // The approved postmortem, rendered into its document.
          ['google.postmortem-render:15', 'succeeded'],
          ['slack.close:16', 'succeeded'],
          ['slack.archive:16', 'succeeded'],
          ['google.sheet-update:16', 'succeeded'],
          ['google.doc-status:16', 'succeeded'],
        ]);

        const channel = fake.channelById(channelId)!;
        expect(channel.messages.map(m => m.text.split('\n')[0])).toEqual([
          expect.stringContaining(incident.number),
          expect.stringContaining(
            `*${incident.number} is now mitigated* (was active)`,
          ),
          expect.stringContaining('<@UALICE> is now communications lead'),
          expect.stringContaining(`*${incident.number} is now resolved*`),
          expect.stringContaining(`*${incident.number} is closed.*`),
        ]);
        // The handoff note is user text: escaped, quoted.
        expect(channel.messages[2].text).toContain(
          '> Status page is &lt;b&gt;up&lt;/b&gt;',
        );
        expect(channel.topic).toBe(
          `${incident.number} · SEV2 - Major · Closed · IC: guest`,
        );
        expect(channel.is_archived).toBe(true);

        const rows = fake
          .sheetRows(SPREADSHEET_ID, TRACKING_SHEET)
          .filter(r => r[0] === incident.number);
        expect(rows).toHaveLength(1);
        expect(rows[0][4]).toBe('Closed');

        const doc = fake.file(
          String(stepMap(closed)['google.doc'].result?.documentId),
        )!;
        expect(doc.content).toMatch(
          /^Status: Closed \(as of \d{4}-\d\d-\d\d \d\d:\d\d UTC\)$/m,
        );
        expect(doc.content).not.toContain('Active (as of');
      });
    });

    it('posts a change of severity and title, updates the topic, the purpose and the sheet row', async () => {
      const declared = await declareIncident(backend, {
        title: 'Refunds are paid twice',
        entityRefs: ['component:default/payments-gateway'],
      });
      const ready = await waitForSteps(backend, declared.id);
      await api()
        .patch(`/api/incidents/incidents/${declared.id}`)
        .set(asUser())
        .send({
          severity: 'SEV1',
          title: 'Refunds are paid <twice>',
          summary: 'Refund job paused',
        })
        .expect(200);
      const incident = await waitForSteps(backend, declared.id);

      expect(
        incident.steps
          .slice(ready.steps.length)
          .map(s => [s.key.split(':')[0], s.status]),
      ).toEqual([
        ['slack.details-update', 'succeeded'],
        ['google.sheet-update', 'succeeded'],
      ]);
      const channel = fake.channelById(
        String(stepMap(incident)['slack.channel'].result?.channelId),
      )!;
      expect(channel.messages[channel.messages.length - 1].text).toBe(
        [
          `:rotating_light: *${incident.number} is now SEV1 - Critical* (was SEV2 - Major), set by guest.`,
          `:pencil2: *${incident.number} is now called “Refunds are paid &lt;twice&gt;”* (was “Refunds are paid twice”), set by guest.`,
        ].join('\n'),
      );
      expect(channel.topic).toBe(
        `${incident.number} · SEV1 - Critical · Active · IC: guest`,
      );
      expect(channel.purpose).toBe(
        `Refunds are paid &lt;twice&gt; · ${APP_BASE_URL}/incidents/${incident.number}`,
      );
      const rows = fake
        .sheetRows(SPREADSHEET_ID, TRACKING_SHEET)
        .filter(r => r[0] === incident.number);
      expect(rows).toHaveLength(1);
      expect(rows[0].slice(2, 4)).toEqual([
        'Refunds are paid <twice>',
        'SEV1 - Critical',
      ]);

      // Other edits change nothing in Slack or Google.
      await api()
        .patch(`/api/incidents/incidents/${declared.id}`)
        .set(asUser())
        .send({ impact: 'Every refund since 09:00' })
        .expect(200);
      expect((await waitForSteps(backend, declared.id)).steps).toHaveLength(
        incident.steps.length,
      );
    });

    it('shares the known errors recognised or strongly matched when declaring, with their workarounds', async () => {
      const record = async (body: object) =>
        (
          await api()
            .post('/api/incidents/known-errors')
            .set(asUser())
            .send(body)
            .expect(201)
        ).body;
      const recognised = await record({
        title: 'Payments gateway rejects cards after a certificate rotation',
        symptoms: 'TLS handshake failures towards the acquirer',
        workaround: 'Pin the previous certificate bundle',
        entityRefs: ['component:default/payments-gateway'],
      });
      const matching = await record({
        title: 'Checkout returns 502 for baskets with gift cards',
        symptoms: 'Every basket with a gift card fails with 502',
        workaround: 'Disable gift cards in the admin',
        entityRefs: ['component:default/checkout-web'],
      });
      const unrelated = await record({
        title: 'Search results stale after reindex',
        symptoms: 'Old products in search',
        entityRefs: ['component:default/checkout-web'],
      });

      const declared = await declareIncident(backend, {
        knownErrorIds: [recognised.number],
      });
      expect(stepMap(declared)['slack.known-errors']).toMatchObject({
        status: 'pending',
        dependsOn: ['slack.share'],
      });
      const incident = await waitForSteps(backend, declared.id);
      const step = stepMap(incident)['slack.known-errors'];
      expect(step.status).toBe('succeeded');
      expect(step.result?.knownErrors).toEqual([
        recognised.number,
        matching.number,
      ]);

      const channel = fake.channelById(
        String(stepMap(incident)['slack.channel'].result?.channelId),
      )!;
      const message = channel.messages.find(m =>
        String(m.text).includes(recognised.number),
      )!;
      const blocks = JSON.stringify(message.blocks);
      expect(blocks).toContain('Known error recognised when declaring');
      expect(blocks).toContain('Pin the previous certificate bundle');
      expect(blocks).toContain('Known errors that may explain this');
      expect(blocks).toContain('Disable gift cards in the admin');
      expect(blocks).toContain(
        `${APP_BASE_URL}/known-errors/${recognised.number}`,
      );
      expect(blocks).not.toContain(unrelated.number);
      // After the first message.
      const first = channel.messages.findIndex(m =>
        String(m.text).includes('open in Backstage'),
      );
      expect(channel.messages.indexOf(message)).toBeGreaterThan(first);
    });

    it('keeps user text from pinging or spoofing links in Slack', async () => {
      const declared = await declareIncident(backend, {
        title: '<!channel> Payments & <https://evil.example|docs>',
        entityRefs: ['component:default/payments-gateway'],
      });
      const incident = await waitForSteps(backend, declared.id);
      const channel = fake.channelById(
        String(stepMap(incident)['slack.channel'].result?.channelId),
      )!;
      expect(channel.name).toBe(
        `incident-${incident.declaredAt.slice(
          0,
          10,
        )}-channel-payments-https-evil-example-docs`,
      );
      const announcement = fake
        .channelByName('incident-sre')!
        .messages.find(
          m => m.metadata?.event_payload.incident_id === incident.id,
        )!;
      expect(announcement.text).toContain(
        '&lt;!channel&gt; Payments &amp; &lt;https://evil.example|docs&gt;',
      );
      expect(announcement.text).not.toContain('<!channel>');
      // Headers are plain_text (never parsed); every mrkdwn text is escaped.
      const mrkdwn = channel.messages[0]
        .blocks!.filter(b => b.text?.type === 'mrkdwn')
        .map(b => b.text.text)
        .join('\n');
      expect(channel.messages[0].text).toContain('&lt;!channel&gt;');
      expect(`${mrkdwn}${channel.messages[0].text}`).not.toMatch(
        /<!channel>|<https:\/\/evil/,
      );
    });

    it('gives a security incident a private channel and a discreet announcement', async () => {
      const declared = await declareIncident(backend, {
        title: 'Customer addresses exposed',
        security: true,
        severity: 'SEV1',
      });
      const incident = await waitForSteps(backend, declared.id);
      const channel = fake.channelById(
        String(stepMap(incident)['slack.channel'].result?.channelId),
      )!;
      expect(channel.is_private).toBe(true);
      const announcement = fake
        .channelByName('incident-sre')!
        .messages.find(
          m => m.metadata?.event_payload.incident_id === incident.id,
        )!;
      expect(announcement.text).toContain('security incident');
      expect(announcement.text).toContain('incident de sécurité');
      expect(announcement.text).not.toContain('Customer addresses exposed');
    });

    it('gives a retrospective incident a postmortem and a sheet row, but no channel, Meet or announcement', async () => {
      const channelsBefore = fake.createdChannels().length;
      const declared = await declareIncident(backend, {
        mode: 'retrospective',
        impactStartedAt: new Date(Date.now() - 7200_000).toISOString(),
        resolvedAt: new Date(Date.now() - 3600_000).toISOString(),
      });
      const incident = await waitForSteps(backend, declared.id);
      expect(statuses(incident)).toEqual({
        'slack.channel': 'skipped',
        'google.meet': 'skipped',
        'google.doc': 'succeeded',
        'google.doc-fill': 'succeeded',
        'slack.share': 'skipped',
        'slack.links': 'skipped',
        'google.sheet': 'succeeded',
        'slack.invite': 'skipped',
        'slack.announce': 'skipped',
      });
      expect(stepMap(incident)['slack.channel'].skipReason).toMatch(
        /retrospective/,
      );
      expect(fake.createdChannels()).toHaveLength(channelsBefore);
      const doc = fake.file(
        String(stepMap(incident)['google.doc'].result?.documentId),
      )!;
      expect(doc.content).toContain('Slack: -');
      expect(doc.content).toContain('Status: Resolved (as of');
    });
  },
);

describe.each(databases.eachSupportedId())(
  'workspace steps without Slack or Google config, on %s',
  databaseId => {
    let backend: TestBackend;

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      backend = await startWorkspaceBackend({ knex, config: {} });
    });

    afterAll(async () => {
      await backend.stop();
    });

    it('skips every step and says why; the incident works as before', async () => {
      const config = await request(backend.server)
        .get('/api/incidents/config')
        .set(asUser());
      expect(config.body.integrations).toEqual({ slack: false, google: false });

      const incident = await declareIncident(backend);
      expect(incident.steps.map(s => [s.key, s.status])).toEqual(
        DECLARE_KEYS.map(key => [key, 'skipped']),
      );
      const steps = stepMap(incident);
      expect(steps['slack.channel'].skipReason).toBe(
        'Slack is not configured (incidents.slack.botToken)',
      );
      expect(steps['google.doc'].skipReason).toBe(
        'Google Workspace is not configured (incidents.google.clientEmail and privateKey)',
      );

      const changed = await request(backend.server)
        .post(`/api/incidents/incidents/${incident.id}/transitions`)
        .set(asUser())
        .send({ status: 'resolved' })
        .expect(200);
      expect(changed.body.steps).toHaveLength(DECLARE_KEYS.length);

      const timeline = await request(backend.server)
        .get(`/api/incidents/incidents/${incident.id}/timeline`)
        .set(asUser());
      expect(timeline.body.items.map((e: any) => e.kind)).toEqual([
        'declared',
        'status-changed',
      ]);

      const retry = await request(backend.server)
        .post(`/api/incidents/incidents/${incident.id}/steps/retry`)
        .set(asUser());
      expect(retry.status).toBe(409);
      expect(retry.body.error.message).toMatch(/has no failed steps to retry/);
    });
  },
);
