import { TestBackend } from '@backstage/backend-test-utils';
import {
  IncidentDetails,
  Postmortem,
  PostmortemSections,
  WorkspaceStep,
} from '@incident-response/backstage-plugin-incidents-common';
import { Knex } from 'knex';
import request from 'supertest';
import { FakeWorkspaceServer } from '../__testUtils__/fakes/FakeWorkspaceServer';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import {
  asUser,
  declareIncident,
  isSettled,
  startFakeWorkspace,
  startWorkspaceBackend,
  stepMap,
  waitForSteps,
  workspaceConfig,
} from '../__testUtils__/workspaceTestBed';
import { POSTMORTEM_RANGE_NAME } from './steps/google/renderPostmortem';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const HEADINGS = [
  expect.stringMatching(
    /^Postmortem \(approved \d{4}-\d\d-\d\d \d\d:\d\d UTC by guest\)$/,
  ),
  'Summary',
  'Impact',
  'Detection',
  'Trigger',
  'Root cause and contributing factors',
  'Resolution',
  'What went well',
  'What went wrong',
  'Where we got lucky',
  'Evidence',
  'Timeline',
  'Action items',
];

/** What submitting for review needs written. */
const SECTIONS: Partial<PostmortemSections> = {
  summary: 'Checkout failed for **40 min**.',
  impact: 'Every customer who tried to pay',
  rootCause: 'A retry storm\n\n- gateway timeouts were too short',
  resolution: 'Rolled back deploy 42',
  evidence: '[Dashboard](https://grafana.example/d/checkout)',
};

const renders = (steps: WorkspaceStep[]) =>
  steps.filter(s => s.key.startsWith('google.postmortem-render:'));

describe.each(databases.eachSupportedId())(
  'rendering the approved postmortem into its document, on %s',
  databaseId => {
    let knex: Knex;
    let fake: FakeWorkspaceServer;
    let backend: TestBackend;
    const api = () => request(backend.server);

    async function start(
      config = (f: FakeWorkspaceServer) => workspaceConfig(f),
    ) {
      fake = await startFakeWorkspace();
      backend = await startWorkspaceBackend({ knex, config: config(fake) });
    }

    beforeEach(async () => {
      knex = await databases.init(databaseId);
    });

    afterEach(async () => {
      await backend?.stop();
      await fake?.stop();
    });

    async function getPostmortem(id: string): Promise<Postmortem> {
      const res = await api()
        .get(`/api/incidents/incidents/${id}/postmortem`)
        .set(asUser())
        .expect(200);
      return res.body;
    }

    async function editPostmortem(
      id: string,
      changes: {
        sections?: Partial<PostmortemSections>;
        important?: Record<string, boolean>;
      },
    ): Promise<Postmortem> {
      const { updatedAt } = await getPostmortem(id);
      const res = await api()
        .patch(`/api/incidents/incidents/${id}/postmortem`)
        .set(asUser())
        .send({ updatedAt, ...changes });
      expect(res.status).toBe(200);
      return res.body;
    }

    async function transition(
      id: string,
      status: Postmortem['status'],
      comment?: string,
    ) {
      const res = await api()
        .post(`/api/incidents/incidents/${id}/postmortem/transitions`)
        .set(asUser())
        .send({ status, ...(comment && { comment }) });
      expect(res.status).toBe(200);
      return res.body as Postmortem;
    }

    async function approve(id: string) {
      await transition(id, 'in-review');
      return transition(id, 'approved');
    }

    /**
     * A declared incident whose steps are done, with two notes on its timeline, and its
     * postmortem written (one note marked important) with one action item.
     */
    async function writtenPostmortem(): Promise<IncidentDetails> {
      const declared = await declareIncident(backend);
      await waitForSteps(backend, declared.id);
      for (const body of [
        'Rolled back the gateway',
        'Checked the dashboards',
      ]) {
        await api()
          .post(`/api/incidents/incidents/${declared.id}/timeline`)
          .set(asUser())
          .send({ kind: 'note', body })
          .expect(201);
      }
      const { timeline } = await getPostmortem(declared.id);
      const rolledBack = timeline.find(
        e => e.body === 'Rolled back the gateway',
      )!;
      await editPostmortem(declared.id, {
        sections: SECTIONS,
        important: { [rolledBack.entryId]: true },
      });
      await api()
        .post(`/api/incidents/incidents/${declared.id}/action-items`)
        .set(asUser())
        .send({
          title: 'Cap gateway retries',
          ownerRef: 'group:default/payments-team',
          kind: 'prevent',
        })
        .expect(201);
      return declared;
    }

    /** Waits until the incident has `count` render steps and every step is settled. */
    function waitForRenders(id: string, count: number) {
      return waitForSteps(
        backend,
        id,
        steps => renders(steps).length >= count && steps.every(isSettled),
      );
    }

    const documentIdOf = (incident: IncidentDetails) =>
      String(stepMap(incident)['google.doc'].result?.documentId);

    /** What the step said it did, in the incident's timeline. */
    async function summaryOf(id: string, step: WorkspaceStep) {
      const res = await api()
        .get(`/api/incidents/incidents/${id}/timeline`)
        .set(asUser());
      return res.body.items.find(
        (e: any) =>
          e.kind === 'workspace-step-succeeded' && e.data?.step === step.key,
      )?.body as string | undefined;
    }

    /** The batchUpdates that wrote a block (the doc-fill's replaceAllText does not). */
    const blockWrites = () =>
      fake
        .calls('google:docs.documents.batchUpdate')
        .filter(c => c.body.requests.some((r: any) => r.insertText));

    it('renders the approved postmortem once, after the filled-in template, with headings', async () => {
      await start();
      const declared = await writtenPostmortem();
      const documentId = documentIdOf(await waitForSteps(backend, declared.id));
      const template = fake.file(documentId)!.content;
      const approved = await approve(declared.id);
      const incident = await waitForRenders(declared.id, 1);

      const [render] = renders(incident.steps);
      expect(render).toMatchObject({
        status: 'succeeded',
        attempts: 1,
        lastError: null,
      });
      expect(render.dependsOn).toContain('google.doc-fill');

      const [block] = fake.namedRangeTexts(documentId, POSTMORTEM_RANGE_NAME);
      expect(fake.namedRangeTexts(documentId, POSTMORTEM_RANGE_NAME)).toEqual([
        block,
      ]);
      // Appended as paragraphs of its own; the template's text is untouched.
      expect(fake.file(documentId)!.content).toBe(`${template}\n${block}`);
      expect(render.result).toEqual({
        documentId,
        url: stepMap(incident)['google.doc'].result?.url,
        characters: block.length,
      });

      const lines = block.split('\n');
      expect(lines[0]).toBe(
        `Postmortem (approved ${approved.approvedAt!.slice(
          0,
          10,
        )} ${approved.approvedAt!.slice(11, 16)} UTC by guest)`,
      );
      expect(block).toContain(
        '\nSummary\nCheckout failed for **40 min**.\nImpact\n',
      );
      expect(block).toContain(
        '\nRoot cause and contributing factors\nA retry storm\n\n- gateway timeouts were too short\nResolution\n',
      );
      expect(block).toContain('\nDetection\n-\nTrigger\n-\n');
      expect(lines).toContainEqual(
        expect.stringMatching(
          /^- \d{4}-\d\d-\d\d \d\d:\d\d UTC: Rolled back the gateway$/,
        ),
      );
      expect(block).not.toContain('Checked the dashboards');
      expect(block).toMatch(
        /\nAction items\n- Cap gateway retries, owner payments-team, due \d{4}-\d\d-\d\d, open, prevent, (high|medium|low) priority$/,
      );

      const paragraphs = fake.paragraphs(documentId);
      expect(
        paragraphs.filter(p => p.style === 'HEADING_2').map(p => p.text),
      ).toEqual(HEADINGS);
      expect(
        paragraphs.find(p => p.text === 'Every customer who tried to pay'),
      ).toMatchObject({ style: 'NORMAL_TEXT' });

      expect(blockWrites()).toHaveLength(1);
      const timeline = await api()
        .get(`/api/incidents/incidents/${declared.id}/timeline`)
        .set(asUser());
      expect(
        timeline.body.items.find(
          (e: any) =>
            e.kind === 'workspace-step-succeeded' &&
            e.data?.step === render.key,
        )?.body,
      ).toMatch(/: Rendered the approved postmortem into its document$/);
    });

    it('writes the block once when the answer to the write is lost', async () => {
      await start();
      const declared = await writtenPostmortem();
      const documentId = documentIdOf(await waitForSteps(backend, declared.id));
      const template = fake.file(documentId)!.content;
      fake.fail('google:docs.documents.batchUpdate', 1, { dropResponse: true });
      await approve(declared.id);
      const incident = await waitForRenders(declared.id, 1);

      const [render] = renders(incident.steps);
      expect(render).toMatchObject({ status: 'succeeded', attempts: 2 });
      expect(blockWrites().map(c => c.status)).toEqual([599]);
      const blocks = fake.namedRangeTexts(documentId, POSTMORTEM_RANGE_NAME);
      expect(blocks).toHaveLength(1);
      expect(fake.file(documentId)!.content).toBe(`${template}\n${blocks[0]}`);
      expect(render.result?.characters).toBe(blocks[0].length);
      expect(await summaryOf(declared.id, render)).toMatch(
        /: The approved postmortem was already in its document$/,
      );
    });

    it('replaces the block when the postmortem is sent back, edited and approved again', async () => {
      await start();
      const declared = await writtenPostmortem();
      const documentId = documentIdOf(await waitForSteps(backend, declared.id));
      const template = fake.file(documentId)!.content;
      await approve(declared.id);
      await waitForRenders(declared.id, 1);
      const [first] = fake.namedRangeTexts(documentId, POSTMORTEM_RANGE_NAME);

      await transition(declared.id, 'draft', 'Say how long customers waited');
      await editPostmortem(declared.id, {
        sections: { summary: 'Checkout failed for 40 min; payments waited.' },
      });
      await approve(declared.id);
      const incident = await waitForRenders(declared.id, 2);

      const [before, after] = renders(incident.steps);
      expect(after.status).toBe('succeeded');
      expect(after.dependsOn).toContain(before.key);
      const blocks = fake.namedRangeTexts(documentId, POSTMORTEM_RANGE_NAME);
      expect(blocks).toHaveLength(1);
      expect(blocks[0]).not.toBe(first);
      expect(blocks[0]).toContain(
        '\nSummary\nCheckout failed for 40 min; payments waited.\n',
      );
      expect(blocks[0]).not.toContain('Checkout failed for **40 min**.');
      // One block where the first was: no leftover lines, the template untouched.
      expect(fake.file(documentId)!.content).toBe(`${template}\n${blocks[0]}`);
      expect(
        fake
          .paragraphs(documentId)
          .filter(p => p.style === 'HEADING_2')
          .map(p => p.text),
      ).toEqual(HEADINGS);
      expect(blockWrites()).toHaveLength(2);
    });

    it('retries a 5xx on reading the document like any other step', async () => {
      await start();
      const declared = await writtenPostmortem();
      fake.fail('google:docs.documents.get', 2, { status: 503 });
      await approve(declared.id);
      const incident = await waitForRenders(declared.id, 1);

      expect(renders(incident.steps)[0]).toMatchObject({
        status: 'succeeded',
        attempts: 3,
        lastError: null,
      });
      expect(
        fake.calls('google:docs.documents.get').map(c => c.status),
      ).toEqual([503, 503, 200]);
      expect(blockWrites()).toHaveLength(1);
    });

    it('renders nothing for an approval that is no longer the current one', async () => {
      await start(f => workspaceConfig(f, { workspace: { maxAttempts: 50 } }));
      const declared = await writtenPostmortem();
      fake.fail('google:docs.documents.get', 10_000, { status: 503 });
      await approve(declared.id);
      await waitForSteps(backend, declared.id, steps =>
        renders(steps).some(s => s.attempts >= 2),
      );
      await transition(declared.id, 'draft', 'Not blameless enough yet');
      fake.clearFaults();
      const incident = await waitForRenders(declared.id, 1);

      const [render] = renders(incident.steps);
      expect(render.status).toBe('succeeded');
      expect(await summaryOf(declared.id, render)).toMatch(
        /: Rendered nothing: the postmortem was sent back to draft after this approval$/,
      );
      expect(blockWrites()).toHaveLength(0);
      const documentId = documentIdOf(incident);
      expect(fake.namedRangeTexts(documentId, POSTMORTEM_RANGE_NAME)).toEqual(
        [],
      );
    });

    it('leaves an outdated approval unrendered once a newer one is there', async () => {
      await start();
      const declared = await writtenPostmortem();
      // The first attempt has read the first approval and hangs on the document while
      // the postmortem is sent back and approved again; its retry reads the second.
      fake.fail('google:docs.documents.get', 1, {
        status: 503,
        delayMs: 1500,
      });
      await approve(declared.id);
      while (fake.calls('google:docs.documents.get').length === 0) {
        await new Promise(resolve => setTimeout(resolve, 10));
      }
      await transition(declared.id, 'draft', 'Name the deploy');
      await editPostmortem(declared.id, {
        sections: { trigger: 'Deploy 42 of the gateway' },
      });
      await approve(declared.id);
      const incident = await waitForRenders(declared.id, 2);

      const [outdated, current] = renders(incident.steps);
      expect(await summaryOf(declared.id, outdated)).toMatch(
        /: Rendered nothing: the postmortem was approved again since, and that version is rendered instead$/,
      );
      expect(await summaryOf(declared.id, current)).toMatch(
        /: Rendered the approved postmortem into its document$/,
      );
      expect(blockWrites()).toHaveLength(1);
      const blocks = fake.namedRangeTexts(
        documentIdOf(incident),
        POSTMORTEM_RANGE_NAME,
      );
      expect(blocks).toHaveLength(1);
      expect(blocks[0]).toContain('\nTrigger\nDeploy 42 of the gateway\n');
    });

    it('plans no render, or a skipped one, without Google', async () => {
      await start(f => {
        const config = workspaceConfig(f);
        delete (config.incidents as { google?: unknown }).google;
        return config;
      });
      const declared = await writtenPostmortem();
      await approve(declared.id);
      const incident = await waitForSteps(backend, declared.id);

      for (const step of renders(incident.steps)) {
        expect(step).toMatchObject({
          status: 'skipped',
          skipCode: 'google-not-configured',
        });
      }
      expect(fake.calls('google:docs.documents.get')).toHaveLength(0);
      expect(fake.google.files.map(f => f.id)).toEqual(['postmortem-template']);
    });
  },
);
