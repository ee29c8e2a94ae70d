import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { JsonObject } from '@backstage/types';
import {
  IncidentDetails,
  WorkspaceStep,
} from '@incident-response/backstage-plugin-incidents-common';
import { Knex } from 'knex';
import { generateKeyPairSync } from 'node:crypto';
import request from 'supertest';
import { incidentsPlugin } from '../plugin';
import { testCatalogEntities } from './catalogEntities';
import { FakeWorkspaceServer } from './fakes/FakeWorkspaceServer';

export const GUEST = 'user:default/guest';
export const APP_BASE_URL = 'http://backstage.example';
export const TEMPLATE_ID = 'postmortem-template';
export const FOLDER_ID = 'incidents-folder';
export const SPREADSHEET_ID = 'tracking-spreadsheet';
export const TRACKING_SHEET = 'Incidents';
export const SLACK_TOKEN = 'xoxb-incidents-test';

/** The postmortem template: every placeholder the doc-fill step replaces. */
export const TEMPLATE_TEXT = [
  '{{NUMBER}}: {{TITLE}}',
  'Date: {{DATE}}',
  'Severity: {{SEVERITY}}',
  'Status: {{STATUS}}',
  'Services: {{SERVICES}}',
  'Owners: {{OWNERS}}',
  'Incident commander: {{IC}}',
  'Slack: {{CHANNEL}}',
  'Meet: {{MEET_LINK}}',
  'Backstage: {{BACKSTAGE_LINK}}',
].join('\n');

/** A user in `group` of the test catalog. */
export const member = (
  name: string,
  group: string,
  email?: string,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { ...(email && { profile: { email } }), memberOf: [group] },
  relations: [{ type: 'memberOf', targetRef: `group:default/${group}` }],
});

/**
 * The test catalog, with team members: alice (payments) and bob (storefront) have Slack
 * accounts, carol (payments) has an email but no Slack account, dave (storefront) has no
 * email at all.
 */
export const workspaceCatalogEntities: Entity[] = [
  ...testCatalogEntities.filter(
    e => !(e.kind === 'User' && ['alice', 'bob'].includes(e.metadata.name)),
  ),
  member('alice', 'payments-team', 'alice@northwind.example'),
  member('bob', 'storefront-team', 'bob@northwind.example'),
  member('carol', 'payments-team', 'carol@northwind.example'),
  member('dave', 'storefront-team'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'storefront-team', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
];

export const SLACK_USERS = [
  { id: 'UGUEST', email: 'guest@northwind.example', name: 'guest' },
  { id: 'UALICE', email: 'alice@northwind.example', name: 'alice' },
  { id: 'UBOB', email: 'bob@northwind.example', name: 'bob' },
];

let keys: { privateKey: string; publicKey: string } | undefined;

/** Uses a key pair made elsewhere (the benchmark's fake runs in another process). */
export function useServiceAccountKeys(pair: {
  privateKey: string;
  publicKey: string;
}) {
  keys = pair;
}

/** One RSA key pair for the fake service account (generating one takes a while). */
export function serviceAccountKeys() {
  keys ??= generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return keys;
}

/** A fake Slack and Google with the users, template and spreadsheet the tests expect. */
export async function startFakeWorkspace(
  options: {
    existingChannels?: string[];
    /** Slack accounts besides SLACK_USERS. */
    moreSlackUsers?: typeof SLACK_USERS;
  } = {},
): Promise<FakeWorkspaceServer> {
  return new FakeWorkspaceServer({
    slackToken: SLACK_TOKEN,
    slackUsers: [...SLACK_USERS, ...(options.moreSlackUsers ?? [])],
    existingChannels: ['incident-sre', ...(options.existingChannels ?? [])],
    googlePublicKey: serviceAccountKeys().publicKey,
    driveFiles: [
      {
        id: TEMPLATE_ID,
        name: 'Postmortem template',
        content: TEMPLATE_TEXT,
      },
    ],
    spreadsheets: {
      [SPREADSHEET_ID]: {
        [TRACKING_SHEET]: [
          [
            'Number',
            'Declared',
            'Title',
            'Severity',
            'Status',
            'Services',
            'Incident commander',
            'Slack channel',
            'Postmortem',
            'Backstage',
          ],
        ],
      },
    },
  }).start();
}

/**
 * Config pointing the real Slack and Google clients at the fake, through the same keys
 * adopters set (never through requests). Retries are fast so tests stay short.
 */
export function workspaceConfig(
  fake: Pick<FakeWorkspaceServer, 'url'>,
  overrides: {
    slack?: JsonObject;
    google?: JsonObject;
    workspace?: JsonObject;
  } = {},
): JsonObject {
  return {
    app: { baseUrl: APP_BASE_URL },
    incidents: {
      slack: {
        botToken: SLACK_TOKEN,
        apiUrl: `${fake.url}/api/`,
        archiveOnClose: true,
        ...overrides.slack,
      },
      google: {
        clientEmail: 'incidents@northwind-incidents.iam.gserviceaccount.com',
        privateKey: serviceAccountKeys().privateKey,
        subject: 'incident-bot@northwind.example',
        rootUrl: fake.url,
        tokenUrl: `${fake.url}/token`,
        postmortemTemplateId: TEMPLATE_ID,
        incidentsFolderId: FOLDER_ID,
        trackingSpreadsheetId: SPREADSHEET_ID,
        trackingRange: `${TRACKING_SHEET}!A:J`,
        ...overrides.google,
      },
      workspace: {
        initialRetryDelay: '20ms',
        maxRetryDelay: '150ms',
        maxAttempts: 6,
        ...overrides.workspace,
      },
    },
  };
}

export async function startWorkspaceBackend(options: {
  knex: Knex;
  config: JsonObject;
  features?: Parameters<typeof startTestBackend>[0]['features'];
  /** Catalog entities besides workspaceCatalogEntities. */
  moreEntities?: Entity[];
}): Promise<TestBackend> {
  return startTestBackend({
    features: [
      incidentsPlugin,
      mockServices.database.factory({ knex: options.knex }),
      mockServices.rootConfig.factory({ data: options.config }),
      catalogServiceMock.factory({
        entities: [
          ...workspaceCatalogEntities,
          ...(options.moreEntities ?? []),
        ],
      }),
      ...(options.features ?? []),
    ],
  });
}

export const asUser = (user = GUEST) => ({
  Authorization: mockCredentials.user.header(user),
});

export async function declareIncident(
  backend: TestBackend,
  body: Record<string, unknown> = {},
): Promise<IncidentDetails> {
  const res = await request(backend.server)
    .post('/api/incidents/incidents')
    .set(asUser())
    .send({
      title: 'Checkout returns 502 for every basket',
      severity: 'SEV2',
      entityRefs: [
        'component:default/checkout-web',
        'component:default/payments-gateway',
      ],
      description: 'Customers cannot pay',
      ...body,
    });
  if (res.status !== 201) {
    throw new Error(
      `declare answered ${res.status}: ${JSON.stringify(res.body)}`,
    );
  }
  return res.body;
}

export async function getIncident(
  backend: TestBackend,
  id: string,
): Promise<IncidentDetails> {
  const res = await request(backend.server)
    .get(`/api/incidents/incidents/${id}`)
    .set(asUser());
  if (res.status !== 200) {
    throw new Error(`get answered ${res.status}: ${JSON.stringify(res.body)}`);
  }
  return res.body;
}

export const isSettled = (step: WorkspaceStep) =>
  ['succeeded', 'failed', 'skipped'].includes(step.status);

/** Polls the incident until every step (or `until`) is settled. */
export async function waitForSteps(
  backend: TestBackend,
  id: string,
  until: (steps: WorkspaceStep[]) => boolean = steps => steps.every(isSettled),
  timeoutMs = 15_000,
): Promise<IncidentDetails> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const incident = await getIncident(backend, id);
    if (until(incident.steps)) {
      return incident;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Steps did not settle in ${timeoutMs} ms: ${JSON.stringify(
          incident.steps.map(s => [s.key, s.status, s.attempts, s.lastError]),
        )}`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 25));
  }
}

export function stepMap(
  incident: IncidentDetails,
): Record<string, WorkspaceStep> {
  return Object.fromEntries(incident.steps.map(s => [s.key, s]));
}

export function statuses(incident: IncidentDetails): Record<string, string> {
  return Object.fromEntries(incident.steps.map(s => [s.key, s.status]));
}
