import { TestBackend } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { FakeWorkspaceServer } from '../__testUtils__/fakes/FakeWorkspaceServer';
import { countRows } from '../__testUtils__/startIncidentsBackend';
import {
  amelie,
  MORE_SLACK_USERS,
  nowS,
  SLACK_SIGNING_SECRET,
  SLACK_TEAM,
  slackSignature,
} from '../__testUtils__/slackPeople';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import {
  asUser,
  declareIncident,
  getIncident,
  startFakeWorkspace,
  startWorkspaceBackend,
  stepMap,
  waitForSteps,
  workspaceConfig,
} from '../__testUtils__/workspaceTestBed';

jest.setTimeout(60_000);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'the Slack entry point on %s',
  databaseId => {
    let fake: FakeWorkspaceServer;
    let knex: Knex;
    let backend: TestBackend;
    let triggers = 0;

    beforeAll(async () => {
      fake = await startFakeWorkspace({ moreSlackUsers: MORE_SLACK_USERS });
      knex = await databases.init(databaseId);
      backend = await startWorkspaceBackend({
        knex,
        config: workspaceConfig(fake, {
          slack: { signingSecret: SLACK_SIGNING_SECRET },
        }),
        moreEntities: [amelie],
      });
    });

    afterAll(async () => {
      await backend.stop();
      await fake.stop();
    });

    const post = (
      path: string,
      body: string,
      headers: Record<string, string>,
      contentType = 'application/x-www-form-urlencoded',
    ) =>
      request(backend.server)
        .post(`/api/incidents/slack/${path}`)
        .set('Content-Type', contentType)
        .set(headers)
        .send(body);

    const signedPost = (path: string, body: string, contentType?: string) =>
      post(path, body, slackSignature(body, nowS()), contentType);

    /** Runs `/incident <text>` as `user`, with a fresh trigger id Slack would accept. */
    function command(text: string, user = 'UGUEST', channel = 'C0GENERAL') {
      const triggerId = `trigger-${++triggers}`;
      fake.slack.triggerIds.add(triggerId);
      return signedPost(
        'commands',
        new URLSearchParams({
          command: '/incident',
          text,
          team_id: SLACK_TEAM,
          user_id: user,
          channel_id: channel,
          trigger_id: triggerId,
          response_url: `${fake.url}/response`,
        }).toString(),
      );
    }

    const interaction = (payload: Record<string, unknown>) =>
      signedPost(
        'interactions',
        new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      );

    /** Submits the declare modal last opened, with `values` as Slack sends them. */
    function submit(values: Record<string, unknown>, user = 'UGUEST') {
      const opened = fake.slack.views[fake.slack.views.length - 1];
      return interaction({
        type: 'view_submission',
        team: { id: SLACK_TEAM },
        user: { id: user, team_id: SLACK_TEAM },
        view: {
          id: opened.id,
          callback_id: opened.view.callback_id,
          private_metadata: opened.view.private_metadata,
          state: { values },
        },
      });
    }

    const filled = (overrides: Record<string, unknown> = {}) => ({
      title: { title: { type: 'plain_text_input', value: 'Checkout is down' } },
      entity: {
        entity: {
          type: 'external_select',
          selected_option: { value: 'component:default/checkout-web' },
        },
      },
      severity: {
        severity: {
          type: 'static_select',
          selected_option: { value: 'SEV2' },
        },
      },
      mode: {
        mode: { type: 'radio_buttons', selected_option: { value: 'live' } },
      },
      security: { security: { type: 'checkboxes', selected_options: [] } },
      description: {
        description: { type: 'plain_text_input', value: 'Card payments fail' },
      },
      ...overrides,
    });

    const usersInfoCalls = () =>
      fake.requests.filter(r => r.route === 'slack:users.info').length;

    describe("Slack's signature", () => {
      const body = new URLSearchParams({
        command: '/incident',
        text: 'help',
        team_id: SLACK_TEAM,
        user_id: 'UGUEST',
      }).toString();

      it('takes a signed request', async () => {
        const res = await post('commands', body, slackSignature(body, nowS()));
        expect(res.status).toBe(200);
        expect(res.body.response_type).toBe('ephemeral');
      });

      it.each([
        ['no signature', {}],
        [
          'a signature with another secret',
          slackSignature(body, nowS(), 'someone-elses-secret'),
        ],
        ['a timestamp 6 minutes old', slackSignature(body, nowS() - 360)],
        ['a timestamp 6 minutes ahead', slackSignature(body, nowS() + 360)],
        [
          'a signature of another body',
          slackSignature(body.replace('help', 'Checkout is down'), nowS()),
        ],
        [
          'a signature of the wrong length',
          { ...slackSignature(body, nowS()), 'X-Slack-Signature': 'v0=abc' },
        ],
        [
          'a timestamp that is not a number',
          {
            ...slackSignature(body, nowS()),
            'X-Slack-Request-Timestamp': 'yesterday',
          },
        ],
      ])('refuses %s with a 401, handling nothing', async (_case, headers) => {
        const before = usersInfoCalls();
        const res = await post('commands', body, headers);
        expect(res.status).toBe(401);
        expect(res.body.error.message).toBe('Not a request signed by Slack');
        expect(usersInfoCalls()).toBe(before);
      });

      it('answers the events URL check, but only when signed', async () => {
        const check = JSON.stringify({
          type: 'url_verification',
          challenge: 'three-words-challenge',
        });
        const res = await signedPost('events', check, 'application/json');
        expect(res.status).toBe(200);
        expect(res.body).toEqual({ challenge: 'three-words-challenge' });
        const unsigned = await post('events', check, {}, 'application/json');
        expect(unsigned.status).toBe(401);
      });

      it('answers a signed body that is not Slack’s with a 400', async () => {
        const res = await signedPost('interactions', 'payload=%7Bnot-json');
        expect(res.status).toBe(400);
      });
    });

    describe('/incident', () => {
      it('explains itself in the user’s language', async () => {
        const english = await command('help');
        expect(english.body).toEqual({
          response_type: 'ephemeral',
          text: expect.stringContaining('*/incident <what is wrong>* declares'),
        });
        const french = await command('aide', 'UAMELIE');
        expect(french.body.text).toContain(
          '*/incident <ce qui ne va pas>* déclare un incident',
        );
      });

      it('opens the declare modal with the title filled in', async () => {
        const res = await command('Checkout is down');
        expect(res.status).toBe(200);
        const opened = fake.slack.views[fake.slack.views.length - 1];
        expect(opened.triggerId).toBe(`trigger-${triggers}`);
        const { view } = opened;
        expect(view.callback_id).toBe('incident-declare');
        expect(view.title.text).toBe('Declare an incident');
        expect(view.blocks.map((b: any) => b.block_id)).toEqual([
          'title',
          'entity',
          'severity',
          'mode',
          'impactStartedAt',
          'detectedAt',
          'resolvedAt',
          'security',
          'description',
        ]);
        for (const block of view.blocks) {
          expect(block.element.action_id).toBe(block.block_id);
        }
        expect(view.blocks[0].element.initial_value).toBe('Checkout is down');
        // Nobody needs to know the severity to declare.
        expect(view.blocks[2]).toMatchObject({
          optional: true,
          hint: { text: expect.stringMatching(/to be assessed/) },
        });
        expect(
          view.blocks[2].element.options.map((o: any) => [
            o.value,
            o.text.text,
          ]),
        ).toEqual([
          ['SEV1', 'SEV1 - Critical'],
          ['SEV2', 'SEV2 - Major'],
          ['SEV3', 'SEV3 - Minor'],
        ]);
      });

      it('opens it in French for a French Slack user', async () => {
        await command('Le paiement échoue', 'UAMELIE');
        const { view } = fake.slack.views[fake.slack.views.length - 1];
        expect(view.title.text).toBe('Déclarer un incident');
        expect(view.blocks[2].element.options[0].text.text).toBe(
          'SEV1 - Critique',
        );
      });

      it('says so when Slack cannot say who ran the command', async () => {
        fake.fail('slack:users.info', 1, { status: 500 });
        const res = await command('Checkout is down', 'UBOB');
        expect(res.status).toBe(200);
        expect(res.body.response_type).toBe('ephemeral');
        expect(res.body.text).toMatch(/^That did not work/);
      });

      it('says so when Slack refuses to open the modal', async () => {
        const triggerId = 'trigger-expired';
        const body = new URLSearchParams({
          command: '/incident',
          text: 'Checkout is down',
          team_id: SLACK_TEAM,
          user_id: 'UGUEST',
          trigger_id: triggerId,
        }).toString();
        const res = await post('commands', body, slackSignature(body, nowS()));
        expect(res.status).toBe(200);
        expect(res.body.response_type).toBe('ephemeral');
        expect(res.body.text).toMatch(/expired_trigger_id/);
      });
    });

    describe('the declare modal', () => {
      it('finds services in the catalog as one types', async () => {
        const res = await interaction({
          type: 'block_suggestion',
          action_id: 'entity',
          block_id: 'entity',
          value: 'checkout',
          user: { id: 'UGUEST', team_id: SLACK_TEAM },
        });
        expect(res.status).toBe(200);
        expect(res.body.options).toEqual([
          {
            text: {
              type: 'plain_text',
              text: 'checkout-web (component:default/checkout-web)',
            },
            value: 'component:default/checkout-web',
          },
        ]);
      });

      it('declares the incident as the mapped user, once per submission', async () => {
        await command('Checkout is down');
        const before = (await countRows(knex)).incidents;
        const res = await submit(filled());
        expect(res.status).toBe(200);
        expect(res.body.response_action).toBe('update');
        const text: string = res.body.view.blocks[0].text.text;
        const number = text.match(/\*(INC-\d+)\*/)![1];
        expect(text).toContain(`http://backstage.example/incidents/${number}`);
        expect(text).toMatch(/#incident-\d{4}-\d{2}-\d{2}-checkout-is-down/);

        const incident = await request(backend.server)
          .get(`/api/incidents/incidents/${number}`)
          .set(asUser());
        expect(incident.body).toMatchObject({
          title: 'Checkout is down',
          severity: 'SEV2',
          description: 'Card payments fail',
          entityRefs: ['component:default/checkout-web'],
          reporterRef: 'user:default/guest',
          mode: 'live',
        });

        const again = await submit(filled());
        expect(again.body.view.blocks[0].text.text).toContain(number);
        expect((await countRows(knex)).incidents).toBe(before + 1);
      });

      it('declares without a severity: it is to be assessed', async () => {
        await command('Checkout is flaky');
        const res = await submit(
          filled({
            title: {
              title: { type: 'plain_text_input', value: 'Checkout is flaky' },
            },
            severity: {
              severity: { type: 'static_select', selected_option: null },
            },
          }),
        );
        expect(res.body.response_action).toBe('update');
        const number =
          res.body.view.blocks[0].text.text.match(/\*(INC-\d+)\*/)![1];
        const incident = await request(backend.server)
          .get(`/api/incidents/incidents/${number}`)
          .set(asUser());
        expect(incident.body).toMatchObject({
          title: 'Checkout is flaky',
          severity: null,
        });
      });

      it('records a Slack user without a catalog user by their Slack id', async () => {
        await command('Checkout is slow', 'UNOBODY');
        const res = await submit(
          filled({
            title: {
              title: { type: 'plain_text_input', value: 'Checkout is slow' },
            },
          }),
          'UNOBODY',
        );
        const number =
          res.body.view.blocks[0].text.text.match(/\*(INC-\d+)\*/)![1];
        const incident = await request(backend.server)
          .get(`/api/incidents/incidents/${number}`)
          .set(asUser());
        expect(incident.body.reporterRef).toBe(`slack:${SLACK_TEAM}/UNOBODY`);
        // They are in the incident's channel all the same.
        const steps = stepMap(await waitForSteps(backend, incident.body.id));
        expect(steps['slack.invite'].result?.invited).toContain(
          `slack:${SLACK_TEAM}/UNOBODY`,
        );
        expect(
          fake.channelById(String(steps['slack.channel'].result?.channelId))!
            .members,
        ).toContain('UNOBODY');
      });

      it('maps a user by the Slack id annotation before the email', async () => {
        await command('Le paiement échoue', 'UAMELIE');
        const res = await submit(
          filled({
            title: {
              title: { type: 'plain_text_input', value: 'Le paiement échoue' },
            },
          }),
          'UAMELIE',
        );
        const text: string = res.body.view.blocks[0].text.text;
        expect(text).toMatch(/est déclaré/);
        const number = text.match(/\*(INC-\d+)\*/)![1];
        const incident = await request(backend.server)
          .get(`/api/incidents/incidents/${number}`)
          .set(asUser());
        expect(incident.body.reporterRef).toBe('user:default/amelie');
      });

      it('sends missing answers back to their fields, declaring nothing', async () => {
        // Without words, the form opens empty.
        await command('');
        const before = (await countRows(knex)).incidents;
        const res = await submit({
          ...filled(),
          title: { title: { type: 'plain_text_input', value: '  ' } },
          entity: {
            entity: { type: 'external_select', selected_option: null },
          },
        });
        expect(res.body).toEqual({
          response_action: 'errors',
          errors: {
            title: 'Fill this in',
            entity: 'Choose the affected service',
          },
        });
        const past = await submit(
          filled({
            mode: {
              mode: {
                type: 'radio_buttons',
                selected_option: { value: 'retrospective' },
              },
            },
          }),
        );
        expect(past.body.errors).toEqual({
          impactStartedAt: 'Say when the impact started',
          resolvedAt: 'Say when the impact ended',
        });
        expect((await countRows(knex)).incidents).toBe(before);
      });

      it('puts what the backend refuses on the field it names', async () => {
        await command('Checkout is down');
        const before = (await countRows(knex)).incidents;
        const res = await submit(
          filled({
            entity: {
              entity: {
                type: 'external_select',
                selected_option: { value: 'component:default/no-such-thing' },
              },
            },
          }),
        );
        expect(res.body.response_action).toBe('errors');
        expect(res.body.errors.entity).toMatch(/was not found in the catalog/);
        expect((await countRows(knex)).incidents).toBe(before);
      });

      it('records a past incident with its times', async () => {
        await command('Promo codes were rejected');
        const started = nowS() - 3 * 3600;
        const res = await submit(
          filled({
            title: {
              title: {
                type: 'plain_text_input',
                value: 'Promo codes were rejected',
              },
            },
            mode: {
              mode: {
                type: 'radio_buttons',
                selected_option: { value: 'retrospective' },
              },
            },
            impactStartedAt: {
              impactStartedAt: {
                type: 'datetimepicker',
                selected_date_time: started,
              },
            },
            resolvedAt: {
              resolvedAt: {
                type: 'datetimepicker',
                selected_date_time: started + 3600,
              },
            },
          }),
        );
        const text: string = res.body.view.blocks[0].text.text;
        expect(text).not.toContain('#incident-');
        const number = text.match(/\*(INC-\d+)\*/)![1];
        const incident = await request(backend.server)
          .get(`/api/incidents/incidents/${number}`)
          .set(asUser());
        expect(incident.body).toMatchObject({
          mode: 'retrospective',
          status: 'resolved',
          impactStartedAt: new Date(started * 1000).toISOString(),
          resolvedAt: new Date((started + 3600) * 1000).toISOString(),
        });
      });
    });

    describe("in an incident's channel", () => {
      let incidentId: string;
      let channel: string;

      beforeAll(async () => {
        const incident = await declareIncident(backend, {
          title: 'Baskets lose their discounts',
          entityRefs: ['component:default/checkout-web'],
        });
        incidentId = incident.id;
        const settled = await waitForSteps(backend, incident.id);
        channel = String(stepMap(settled)['slack.channel'].result?.channelId);
      });

      const timeline = async () =>
        (
          await request(backend.server)
            .get(`/api/incidents/incidents/${incidentId}/timeline`)
            .set(asUser())
        ).body.items as { kind: string; body: string; authorRef: string }[];

      it('lists what can be done there', async () => {
        const res = await command('help', 'UGUEST', channel);
        expect(res.body.response_type).toBe('ephemeral');
        expect(res.body.text).toContain(
          'In this channel, */incident* works on',
        );
        expect(res.body.text).toContain(
          '`/incident status <mitigated|resolved|closed|active>`',
        );
        const unknown = await command('dance', 'UGUEST', channel);
        expect(unknown.body.text).toMatch(/^`dance` is not something I know\./);
      });

      it('sets the summary, impact and severity, and changes the status', async () => {
        for (const [text, answer] of [
          [
            'summary Discounts are ignored since 10:40',
            /summary of INC-\d+ is updated/,
          ],
          [
            'impact About 400 baskets overcharged',
            /impact of INC-\d+ is updated/,
          ],
          ['severity sev1', /is now SEV1/],
          ['status mitigated', /is now mitigated/],
        ] as const) {
          const res = await command(text, 'UGUEST', channel);
          expect(res.body.text).toMatch(answer);
        }
        const incident = await getIncident(backend, incidentId);
        expect(incident).toMatchObject({
          summary: 'Discounts are ignored since 10:40',
          impact: 'About 400 baskets overcharged',
          severity: 'SEV1',
          status: 'mitigated',
        });
        const refused = await command('status paused', 'UGUEST', channel);
        expect(refused.body.text).toMatch(
          /Say which status: active, mitigated/,
        );
        const illegal = await command('severity SEV9', 'UGUEST', channel);
        expect(illegal.body.text).toMatch(
          /^That did not work: severity: 'SEV9'/,
        );
      });

      it('adds notes, decisions and actions to the timeline as the mapped user', async () => {
        await command('note Cache hit ratio dropped', 'UGUEST', channel);
        await command(
          'decision Roll back the pricing service',
          'UGUEST',
          channel,
        );
        const res = await command('action', 'UGUEST', channel);
        expect(res.body.text).toMatch(/Say what/);
        const entries = await timeline();
        expect(
          entries
            .filter(e => ['note', 'decision'].includes(e.kind))
            .map(e => [e.kind, e.body, e.authorRef]),
        ).toEqual([
          ['note', 'Cache hit ratio dropped', 'user:default/guest'],
          ['decision', 'Roll back the pricing service', 'user:default/guest'],
        ]);
      });

      it('hands a role to a mentioned person', async () => {
        const res = await command(
          'role scribe <@UALICE|alice>',
          'UGUEST',
          channel,
        );
        expect(res.body.text).toBe('alice is now scribe.');
        const incident = await getIncident(backend, incidentId);
        expect(incident.roles).toContainEqual(
          expect.objectContaining({
            role: 'scribe',
            userRef: 'user:default/alice',
          }),
        );
        const usage = await command('role scribe alice', 'UGUEST', channel);
        expect(usage.body.text).toMatch(/Say which role and who/);
      });

      it('lets role holders and the owning team change it, and no one else', async () => {
        // bob is in the storefront team, which owns checkout-web; carol is not on Slack.
        const owner = await command(
          'note Looking at the pricing cache',
          'UBOB',
          channel,
        );
        expect(owner.body.text).toBe('Added the note to the timeline.');
        const stranger = await command('note Hello', 'UNOBODY', channel);
        expect(stranger.body.text).toMatch(
          /^Only the people holding a role on INC-\d+/,
        );
        const french = await command('note Bonjour', 'UAMELIE', channel);
        expect(french.body.text).toMatch(
          /^Seules les personnes qui ont un rôle/,
        );
        // alice became the scribe above.
        const scribe = await command('note Taking notes', 'UALICE', channel);
        expect(scribe.body.text).toBe('Added the note to the timeline.');
        const links = await command('link', 'UNOBODY', channel);
        expect(links.body.text).toContain(
          `<http://backstage.example/incidents/`,
        );
      });

      it('says so when Slack refuses to open the status update form', async () => {
        const body = new URLSearchParams({
          command: '/incident',
          text: 'update',
          team_id: SLACK_TEAM,
          user_id: 'UGUEST',
          channel_id: channel,
          trigger_id: 'trigger-never-issued',
        }).toString();
        const res = await post('commands', body, slackSignature(body, nowS()));
        expect(res.status).toBe(200);
        expect(res.body.text).toMatch(/expired_trigger_id/);
      });

      it('writes a status update with the handbook pattern', async () => {
        await command('update', 'UGUEST', channel);
        const opened = fake.slack.views[fake.slack.views.length - 1];
        expect(opened.view.callback_id).toBe('incident-status-update');
        const text = (value: string) => ({ type: 'plain_text_input', value });
        const res = await interaction({
          type: 'view_submission',
          team: { id: SLACK_TEAM },
          user: { id: 'UGUEST', team_id: SLACK_TEAM },
          view: {
            id: opened.id,
            callback_id: opened.view.callback_id,
            private_metadata: opened.view.private_metadata,
            state: {
              values: {
                summary: { summary: text('Discounts are applied again.') },
                currentStatus: {
                  currentStatus: text(
                    'Rollback done\nRoot cause currently unknown',
                  ),
                },
                nextSteps: {
                  nextSteps: text('Refund the overcharged baskets'),
                },
                nextUpdate: { nextUpdate: text('15:30 in this channel') },
              },
            },
          },
        });
        expect(res.status).toBe(200);
        const update = (await timeline()).find(e => e.kind === 'status-update');
        expect(update?.body).toBe(
          [
            '**SEV1 – Baskets lose their discounts**',
            'Discounts are applied again.',
            '**Current status**\n\n- Rollback done\n- Root cause currently unknown',
            '**Next steps**\n\n- Refund the overcharged baskets',
            '**Next update:** 15:30 in this channel',
          ].join('\n\n'),
        );
      });
    });
  },
);
