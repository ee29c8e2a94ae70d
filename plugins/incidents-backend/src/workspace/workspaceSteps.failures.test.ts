import { mockCredentials, TestBackend } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { FakeWorkspaceServer } from '../__testUtils__/fakes/FakeWorkspaceServer';
import { component } from '../__testUtils__/catalogEntities';
import { permissionsDenying } from '../__testUtils__/startIncidentsBackend';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import {
  asUser,
  declareIncident,
  getIncident,
  GUEST,
  member,
  SPREADSHEET_ID,
  startFakeWorkspace,
  startWorkspaceBackend,
  statuses,
  stepMap,
  TRACKING_SHEET,
  waitForSteps,
  workspaceConfig,
} from '../__testUtils__/workspaceTestBed';
import { channelBaseName } from './channelName';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const allSucceeded = (steps: { status: string }[]) =>
  steps.every(s => s.status === 'succeeded');

async function timeline(backend: TestBackend, id: string) {
  const res = await request(backend.server)
    .get(`/api/incidents/incidents/${id}/timeline`)
    .set(asUser());
  return res.body.items as { kind: string; body: string; data: any }[];
}

function retry(backend: TestBackend, id: string, body?: object) {
  const req = request(backend.server)
    .post(`/api/incidents/incidents/${id}/steps/retry`)
    .set(asUser());
  return body ? req.send(body) : req;
}

describe.each(databases.eachSupportedId())(
  'workspace steps when Slack or Google fail, on %s',
  databaseId => {
    let knex: Knex;
    let fake: FakeWorkspaceServer;
    let backend: TestBackend;

    async function start(
      overrides: Parameters<typeof workspaceConfig>[1] = {},
      fakeOptions: Parameters<typeof startFakeWorkspace>[0] = {},
    ) {
      fake = await startFakeWorkspace(fakeOptions);
      backend = await startWorkspaceBackend({
        knex,
        config: workspaceConfig(fake, overrides),
      });
    }

    /** A new backend on the same database and fake, as after a deploy or a crash. */
    async function restart(
      overrides: Parameters<typeof workspaceConfig>[1] = {},
    ) {
      await backend.stop();
      backend = await startWorkspaceBackend({
        knex,
        config: workspaceConfig(fake, overrides),
      });
    }

    beforeEach(async () => {
      // A database per test, so no test's leftover steps run in another.
      knex = await databases.init(databaseId);
    });

    afterEach(async () => {
      await backend?.stop();
      await fake?.stop();
    });

    it('answers a declare at once while Slack and Google hang, then finishes the steps', async () => {
      await start();
      fake.fail('*', 1000, { delayMs: 1500 });
      const started = Date.now();
      const declared = await declareIncident(backend);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(declared.steps.every(s => s.status === 'pending')).toBe(true);
      fake.clearFaults();
      const incident = await waitForSteps(backend, declared.id);
      expect(allSucceeded(incident.steps)).toBe(true);
    });

    it('saves the incident while Slack is down and creates one channel once Slack is back', async () => {
      await start({ workspace: { maxAttempts: 50 } });
      fake.outage('slack');
      const declared = await declareIncident(backend);

      const during = await waitForSteps(backend, declared.id, steps => {
        const channel = steps.find(s => s.key === 'slack.channel')!;
        return (
          channel.attempts >= 3 &&
          steps.find(s => s.key === 'google.doc')!.status === 'succeeded'
        );
      });
      const channelStep = stepMap(during)['slack.channel'];
      expect(['pending', 'running']).toContain(channelStep.status);
      expect(during.steps.find(s => s.lastError)?.lastError).toMatch(
        /Slack answered HTTP 503/,
      );
      expect(stepMap(during)['slack.share'].status).toBe('pending');
      expect(fake.createdChannels()).toHaveLength(0);

      fake.restore('slack');
      const incident = await waitForSteps(backend, declared.id);
      expect(allSucceeded(incident.steps)).toBe(true);
      expect(fake.createdChannels()).toHaveLength(1);
      expect(
        fake.calls('slack:conversations.create', { succeeded: true }),
      ).toHaveLength(1);

      // One "retrying" entry for the run of failures, then the outcome.
      const entries = (await timeline(backend, declared.id)).filter(
        e => e.data?.step === 'slack.channel',
      );
      expect(entries.map(e => e.kind)).toEqual([
        'workspace-step-retrying',
        'workspace-step-succeeded',
      ]);
      expect(entries[0].body).toMatch(/Slack channel: .*503.*Retrying/);
    });

    it('shares the first message while Google fails for a while, then the links once it is back', async () => {
      await start({ workspace: { maxAttempts: 50 } });
      for (const api of ['drive', 'docs', 'sheets', 'meet']) {
        fake.fail(`google:${api}.*`, 10_000, { status: 503 });
      }
      const declared = await declareIncident(backend);
      await waitForSteps(
        backend,
        declared.id,
        steps =>
          steps.find(s => s.key === 'slack.share')!.status === 'succeeded',
      );
      const channelId = String(
        stepMap(await getIncident(backend, declared.id))['slack.channel'].result
          ?.channelId,
      );
      const first = fake.channelById(channelId)!.messages[0];
      expect(JSON.stringify(first.blocks)).toContain(
        'Google Meet: being set up, the link will follow here',
      );

      fake.clearFaults();
      const incident = await waitForSteps(backend, declared.id);
      expect(allSucceeded(incident.steps)).toBe(true);
      const channel = fake.channelById(channelId)!;
      expect(channel.messages).toHaveLength(2);
      expect(channel.messages[1].text).toMatch(
        /The <https:\/\/meet\.google\.com\/.*\|Google Meet> and the <https:\/\/docs\.google\.com\/.*\|postmortem document> for INC-\d+ are ready/,
      );
      expect(channel.bookmarks.map(b => b.title).sort()).toEqual([
        'Google Meet',
        'Incident in Backstage',
        'Postmortem',
      ]);
      expect(fake.google.spaces).toHaveLength(1);
      expect(
        fake.google.files.filter(f => f.id !== 'postmortem-template'),
      ).toHaveLength(1);
      expect(
        fake
          .sheetRows(SPREADSHEET_ID, TRACKING_SHEET)
          .filter(r => r[0] === incident.number),
      ).toHaveLength(1);
      expect(stepMap(incident)['google.meet'].attempts).toBeGreaterThan(1);
    });

    it('waits as long as a 429 Retry-After asks', async () => {
      await start();
      fake.fail('slack:conversations.create', 1, { retryAfter: 1 });
      const declared = await declareIncident(backend);
      const incident = await waitForSteps(backend, declared.id);
      expect(allSucceeded(incident.steps)).toBe(true);
      const creates = fake.calls('slack:conversations.create');
      expect(creates.map(c => c.status)).toEqual([429, 200]);
      expect(
        creates[1].startedAt - creates[0].startedAt,
      ).toBeGreaterThanOrEqual(1000);
      expect(stepMap(incident)['slack.channel']).toMatchObject({
        attempts: 2,
        lastError: null,
      });
    });

    it('goes on from the people already looked up when Slack rate-limits a large team', async () => {
      // The reporter and 14 members: two batches of lookups, the second one limited.
      const engineers = Array.from(
        { length: 14 },
        (_, i) => `engineer-${String(i + 1).padStart(2, '0')}`,
      );
      fake = await startFakeWorkspace({
        moreSlackUsers: engineers.map(name => ({
          id: `U${name.toUpperCase().replace('-', '')}`,
          email: `${name}@northwind.example`,
          name,
        })),
      });
      backend = await startWorkspaceBackend({
        knex,
        config: workspaceConfig(fake),
        moreEntities: [
          component('search-api', 'search-team'),
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Group',
            metadata: { name: 'search-team', namespace: 'default' },
            spec: { type: 'team', children: [] },
          },
          ...engineers.map(name =>
            member(name, 'search-team', `${name}@northwind.example`),
          ),
        ],
      });
      fake.fail(
        'slack:users.lookupByEmail',
        1,
        { retryAfter: 1 },
        { after: 10 },
      );

      const declared = await declareIncident(backend, {
        entityRefs: ['component:default/search-api'],
      });
      const incident = await waitForSteps(backend, declared.id);

      const invite = stepMap(incident)['slack.invite'];
      expect(invite).toMatchObject({ status: 'succeeded', attempts: 2 });
      expect(invite.result?.invited).toEqual(
        [GUEST, ...engineers.map(name => `user:default/${name}`)].sort(),
      );
      const lookupsPerEmail = new Map<string, number>();
      for (const call of fake.calls('slack:users.lookupByEmail')) {
        const email = String(call.body.email);
        lookupsPerEmail.set(email, (lookupsPerEmail.get(email) ?? 0) + 1);
      }
      // The first ten once; only the limited batch of five again.
      expect([...lookupsPerEmail.values()].sort()).toEqual([
        ...Array(10).fill(1),
        ...Array(5).fill(2),
      ]);
      const invited = fake
        .calls('slack:conversations.invite', { succeeded: true })
        .flatMap(call => String(call.body.users).split(','));
      expect(invited).toHaveLength(15);
    });

    it('takes the next free channel name when the name is taken', async () => {
      const base = channelBaseName({
        declaredAt: new Date().toISOString(),
        title: 'Checkout returns 502 for every basket',
        number: 'INC-1',
      });
      await start({}, { existingChannels: [base, `${base}-2`] });
      const declared = await declareIncident(backend);
      const incident = await waitForSteps(backend, declared.id);
      expect(stepMap(incident)['slack.channel'].result?.channelName).toBe(
        `${base}-3`,
      );
      expect(
        fake.calls('slack:conversations.create').map(c => c.body.name),
      ).toEqual([base, `${base}-2`, `${base}-3`]);
    });

    it('creates nothing twice when responses are lost after the remote side acted', async () => {
      await start();
      fake.fail('slack:conversations.create', 1, { dropResponse: true });
      fake.fail('slack:chat.postMessage', 2, { dropResponse: true });
      fake.fail('google:drive.files.copy', 1, { dropResponse: true });
      fake.fail('google:sheets.values.append', 1, { dropResponse: true });
      const declared = await declareIncident(backend);
      const incident = await waitForSteps(backend, declared.id);
      expect(allSucceeded(incident.steps)).toBe(true);

      // The remote side did act on the lost requests...
      expect(
        fake.calls('slack:conversations.create').map(c => c.status),
      ).toEqual([599]);
      expect(fake.calls('google:drive.files.copy').map(c => c.status)).toEqual([
        599,
      ]);
      // ...and the re-runs found what they made instead of making it again.
      expect(fake.createdChannels()).toHaveLength(1);
      const channel = fake.createdChannels()[0];
      expect(stepMap(incident)['slack.channel'].result?.channelId).toBe(
        channel.id,
      );
      // At most one message per step: the first message, and the late doc link when
      // the first message went out while the doc copy was being retried.
      const posted = channel.messages.map(m => m.metadata?.event_payload.step);
      expect(posted[0]).toBe('slack.share');
      expect(new Set(posted).size).toBe(posted.length);
      expect(channel.pins).toEqual([channel.messages[0].ts]);
      expect(fake.channelByName('incident-sre')!.messages).toHaveLength(1);
      const postStatuses = fake
        .calls('slack:chat.postMessage')
        .map(c => c.status);
      expect(postStatuses.slice(0, 2)).toEqual([599, 599]);
      expect(postStatuses.length).toBe(
        channel.messages.length + 1 /* announcement */,
      );
      const copies = fake.google.files.filter(
        f => f.id !== 'postmortem-template',
      );
      expect(copies).toHaveLength(1);
      expect(stepMap(incident)['google.doc'].result?.documentId).toBe(
        copies[0].id,
      );
      expect(
        fake
          .sheetRows(SPREADSHEET_ID, TRACKING_SHEET)
          .filter(r => r[0] === incident.number),
      ).toHaveLength(1);
      for (const key of ['slack.channel', 'google.doc', 'google.sheet']) {
        expect(stepMap(incident)[key].attempts).toBe(2);
      }
    });

    it('resumes a step a dead backend was running, after its lease, finding what it made', async () => {
      await start();
      fake.outage('slack');
      const declared = await declareIncident(backend);
      await backend.stop();

      // The dead backend had created the channel, and died before recording it.
      const base = channelBaseName(declared);
      const orphan = fake.addChannel(base);
      await knex('incident_steps')
        .where({ incident_id: declared.id, key: 'slack.channel' })
        .update({
          status: 'running',
          attempts: 1,
          lease_owner: 'dead-backend',
          lease_until: Date.now() + 700,
        });
      fake.restore('slack');
      const createsBefore = fake.calls('slack:conversations.create').length;

      backend = await startWorkspaceBackend({
        knex,
        config: workspaceConfig(fake),
      });
      const incident = await waitForSteps(backend, declared.id);
      expect(allSucceeded(incident.steps)).toBe(true);
      expect(stepMap(incident)['slack.channel']).toMatchObject({
        attempts: 2,
        result: expect.objectContaining({ channelId: orphan.id }),
      });
      expect(fake.calls('slack:conversations.create')).toHaveLength(
        createsBefore,
      );
      expect(fake.createdChannels()).toEqual([orphan]);
      expect(orphan.messages).toHaveLength(1);
    });

    it('fails at once on a bad Slack token, says why, and retries once the token is fixed', async () => {
      await start({ slack: { botToken: 'xoxb-revoked' } });
      const declared = await declareIncident(backend);
      const failed = await waitForSteps(
        backend,
        declared.id,
        steps =>
          ['slack.channel', 'slack.announce', 'google.sheet'].every(key =>
            ['failed', 'succeeded'].includes(
              steps.find(s => s.key === key)!.status,
            ),
          ) && steps.find(s => s.key === 'google.meet')!.status === 'succeeded',
      );
      const steps = stepMap(failed);
      expect(steps['slack.channel']).toMatchObject({
        status: 'failed',
        attempts: 1,
        lastError:
          'Slack refused the request: invalid_auth; the bot token is not valid; check incidents.slack.botToken',
      });
      expect(steps['slack.announce'].status).toBe('failed');
      // Steps that need the channel wait for it; the others went ahead.
      expect(statuses(failed)).toMatchObject({
        'slack.share': 'pending',
        'slack.invite': 'pending',
        'google.doc-fill': 'pending',
        'google.meet': 'succeeded',
        'google.doc': 'succeeded',
        'google.sheet': 'succeeded',
      });
      const failures = (await timeline(backend, declared.id)).filter(
        e => e.kind === 'workspace-step-failed',
      );
      expect(failures.map(e => e.data.step).sort()).toEqual([
        'slack.announce',
        'slack.channel',
      ]);
      expect(failures[0].body).toMatch(/invalid_auth/);

      await restart();
      const res = await retry(backend, declared.id);
      expect(res.status).toBe(200);
      expect(['pending', 'running']).toContain(
        stepMap(res.body)['slack.channel'].status,
      );
      const incident = await waitForSteps(backend, declared.id);
      expect(allSucceeded(incident.steps)).toBe(true);
      expect(stepMap(incident)['slack.channel'].attempts).toBe(2);
      expect(fake.createdChannels()).toHaveLength(1);
      const entries = await timeline(backend, declared.id);
      expect(
        entries.find(e => e.kind === 'workspace-steps-retried'),
      ).toMatchObject({
        body: 'Retried Slack channel, Announcement',
        data: { steps: ['slack.channel', 'slack.announce'] },
      });
    });

    it('names a missing Slack scope, and retries just that step', async () => {
      await start();
      fake.fail('slack:conversations.create', 1, {
        slackError: 'missing_scope',
        message: 'channels:manage',
      });
      const declared = await declareIncident(backend);
      const failed = await waitForSteps(
        backend,
        declared.id,
        steps =>
          steps.find(s => s.key === 'slack.channel')!.status === 'failed',
      );
      expect(stepMap(failed)['slack.channel'].lastError).toBe(
        'Slack refused the request: missing_scope (needs scope channels:manage); the Slack app lacks a scope (see the README for the list)',
      );
      await retry(backend, declared.id, { keys: ['slack.channel'] }).expect(
        200,
      );
      const incident = await waitForSteps(backend, declared.id);
      expect(allSucceeded(incident.steps)).toBe(true);
    });

    it('fails on a missing postmortem template, shares what it can, and catches up after the fix', async () => {
      await start({ google: { postmortemTemplateId: 'no-such-template' } });
      const declared = await declareIncident(backend);
      const failed = await waitForSteps(
        backend,
        declared.id,
        steps =>
          steps.find(s => s.key === 'google.doc')!.status === 'failed' &&
          [
            'slack.share',
            'google.sheet',
            'slack.invite',
            'slack.announce',
          ].every(
            key => steps.find(s => s.key === key)!.status === 'succeeded',
          ),
      );
      expect(stepMap(failed)['google.doc']).toMatchObject({
        attempts: 1,
        lastError: expect.stringMatching(
          /^Google refused the request \(404, notFound\): File not found: no-such-template\.; check incidents\.google\.postmortemTemplateId/,
        ),
      });
      expect(statuses(failed)).toMatchObject({
        'google.doc-fill': 'pending',
        'slack.links': 'pending',
      });

      await restart();
      await retry(backend, declared.id).expect(200);
      const incident = await waitForSteps(backend, declared.id);
      expect(allSucceeded(incident.steps)).toBe(true);
      const channel = fake.createdChannels()[0];
      expect(channel.messages[1].text).toMatch(
        /postmortem document> for INC-\d+ is ready/,
      );
    });

    it('fails on refused Google credentials with what to check', async () => {
      await start();
      fake.google.rejectTokens = true;
      const declared = await declareIncident(backend);
      const failed = await waitForSteps(
        backend,
        declared.id,
        steps => steps.find(s => s.key === 'google.meet')!.status === 'failed',
      );
      expect(stepMap(failed)['google.meet'].lastError).toMatch(
        /^Google refused the request \(401\): unauthorized_client: Client is unauthorized .*domain-wide delegation/,
      );
      fake.google.rejectTokens = false;
      await retry(backend, declared.id).expect(200);
      const incident = await waitForSteps(backend, declared.id);
      expect(allSucceeded(incident.steps)).toBe(true);
    });

    it('runs skipped steps once their integration is configured and the steps are retried', async () => {
      fake = await startFakeWorkspace();
      const withoutSlack = workspaceConfig(fake);
      delete (withoutSlack.incidents as any).slack;
      backend = await startWorkspaceBackend({ knex, config: withoutSlack });
      const declared = await declareIncident(backend);
      const googleOnly = await waitForSteps(backend, declared.id);
      expect(stepMap(googleOnly)['slack.channel']).toMatchObject({
        status: 'skipped',
        skipCode: 'slack-not-configured',
        skipReason: 'Slack is not configured (incidents.slack.botToken)',
      });
      expect(stepMap(googleOnly)['google.doc'].status).toBe('succeeded');

      await restart();
      await retry(backend, declared.id).expect(200);
      const incident = await waitForSteps(backend, declared.id);
      expect(allSucceeded(incident.steps)).toBe(true);
      expect(stepMap(incident)['slack.channel']).toMatchObject({
        skipCode: null,
        skipReason: null,
      });
      expect(fake.createdChannels()).toHaveLength(1);
      // The doc was filled before there was a channel; it is not made again.
      expect(
        fake.google.files.filter(f => f.id !== 'postmortem-template'),
      ).toHaveLength(1);
    });

    it('gives up after the attempt limit and says so', async () => {
      await start({ workspace: { maxAttempts: 3 } });
      fake.outage('slack');
      const declared = await declareIncident(backend);
      const incident = await waitForSteps(
        backend,
        declared.id,
        steps =>
          steps.find(s => s.key === 'slack.channel')!.status === 'failed',
      );
      expect(stepMap(incident)['slack.channel']).toMatchObject({
        attempts: 3,
        lastError: 'Gave up after 3 attempts: Slack answered HTTP 503',
      });
    });

    describe('the retry endpoint', () => {
      const denyRetry = permissionsDenying(['incident.steps.retry']);

      it('answers 403 without the incident.steps.retry permission', async () => {
        fake = await startFakeWorkspace();
        backend = await startWorkspaceBackend({
          knex,
          config: workspaceConfig(fake, {
            slack: { botToken: 'xoxb-revoked' },
          }),
          features: [denyRetry.factory],
        });
        const declared = await declareIncident(backend);
        await waitForSteps(
          backend,
          declared.id,
          steps =>
            steps.find(s => s.key === 'slack.channel')!.status === 'failed',
        );
        const res = await retry(backend, declared.id);
        expect(res.status).toBe(403);
        expect(res.body.error.message).toMatch(/incident\.steps\.retry/);
        expect(
          stepMap(await getIncident(backend, declared.id))['slack.channel']
            .status,
        ).toBe('failed');
      });

      it('rejects bad requests with a 4xx naming the problem', async () => {
        await start({ slack: { botToken: 'xoxb-revoked' } });
        const declared = await declareIncident(backend);
        await waitForSteps(
          backend,
          declared.id,
          steps =>
            steps.find(s => s.key === 'slack.channel')!.status === 'failed',
        );
        const unknownKey = await retry(backend, declared.id, {
          keys: ['slack.channel', 'slack.nope'],
        });
        expect(unknownKey.status).toBe(400);
        expect(unknownKey.body.error.message).toMatch(
          new RegExp(
            `^keys: ${declared.number} has no step slack\\.nope; its steps are slack\\.channel, `,
          ),
        );
        const unknownField = await retry(backend, declared.id, { step: 'x' });
        expect(unknownField.status).toBe(400);
        expect(unknownField.body.error.message).toMatch(
          /^step: not accepted here/,
        );
        const emptyKeys = await retry(backend, declared.id, { keys: [] });
        expect(emptyKeys.status).toBe(400);
        const notFailed = await retry(backend, declared.id, {
          keys: ['google.meet'],
        });
        expect(notFailed.status).toBe(409);
        expect(notFailed.body.error.message).toBe(
          `${declared.number} has no such failed steps to retry`,
        );
        expect(notFailed.body.error).toMatchObject({
          code: 'no-failed-steps',
          values: { number: declared.number },
        });
        const unknownIncident = await retry(backend, 'INC-999');
        expect(unknownIncident.status).toBe(404);
        const anonymous = await request(backend.server)
          .post(`/api/incidents/incidents/${declared.id}/steps/retry`)
          .set('Authorization', mockCredentials.none.header());
        expect(anonymous.status).toBe(401);
        expect(
          stepMap(await getIncident(backend, declared.id))['slack.channel']
            .status,
        ).toBe('failed');
      });
    });
  },
);
