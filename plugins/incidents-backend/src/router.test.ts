import { mockCredentials, TestBackend } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import request from 'supertest';
import { ALICE, as, GUEST } from './__testUtils__/incidentsApi';
import {
  countRows,
  RecordedAuditEvent,
  startIncidentsBackend,
} from './__testUtils__/startIncidentsBackend';
import { createTestDatabases } from './__testUtils__/testDatabases';
import { spec } from './schema/openapi/generated/router';

jest.setTimeout(60_000);

const databases = createTestDatabases();

type Operation = {
  /** A request the OpenAPI validator accepts, so that what answers is the authorization. */
  body?: object;
  query?: string;
  /** The permission the route checks; `public` needs no credentials. */
  permission: 'public' | 'read' | 'write';
};

/**
 * Every operation of the spec, with a valid request. The test below fails when a route is
 * added to the spec without a row here, so no route escapes the matrix.
 */
const OPERATIONS: Record<string, Operation> = {
  'get /health': { permission: 'public' },
  'get /config': { permission: 'read' },
  'post /incidents': {
    permission: 'write',
    body: {
      title: 'Checkout is down',
      severity: 'SEV1',
      entityRefs: ['component:default/checkout-web'],
    },
  },
  'get /incidents': { permission: 'read' },
  'get /incidents/{id}': { permission: 'read' },
  'patch /incidents/{id}': { permission: 'write', body: { summary: 'Down' } },
  'post /incidents/{id}/transitions': {
    permission: 'write',
    body: { status: 'mitigated' },
  },
  'put /incidents/{id}/roles/{role}': {
    permission: 'write',
    body: { userRef: ALICE },
  },
  'get /incidents/{id}/timeline': { permission: 'read' },
  'post /incidents/{id}/timeline': {
    permission: 'write',
    body: { kind: 'note', body: 'Looking at the load balancer' },
  },
  'post /incidents/{id}/steps/retry': { permission: 'write', body: {} },
  'put /incidents/{id}/known-errors/{knownErrorId}': { permission: 'write' },
  'delete /incidents/{id}/known-errors/{knownErrorId}': { permission: 'write' },
  'get /metrics': { permission: 'read' },
  'get /known-errors': { permission: 'read' },
  'post /known-errors': {
    permission: 'write',
    body: {
      title: 'Checkout 502 after cart restarts',
      symptoms: '502 on /checkout',
      entityRefs: ['component:default/checkout-web'],
    },
  },
  'get /known-errors/suggestions': {
    permission: 'read',
    query: 'entityRef=component:default/checkout-web',
  },
  'get /known-errors/{knownErrorId}': { permission: 'read' },
  'patch /known-errors/{knownErrorId}': {
    permission: 'write',
    body: { workaround: 'Retry once' },
  },
  'get /incidents/{id}/postmortem': { permission: 'read' },
  'patch /incidents/{id}/postmortem': {
    permission: 'write',
    body: { updatedAt: null, sections: { trigger: 'A config push' } },
  },
  'post /incidents/{id}/postmortem/transitions': {
    permission: 'write',
    body: { status: 'in-review' },
  },
  'post /incidents/{id}/action-items': {
    permission: 'write',
    body: {
      title: 'Alert on 502 rates',
      ownerRef: 'group:default/payments-team',
      kind: 'detect',
    },
  },
  'get /action-items': { permission: 'read' },
  'get /action-items/slo': { permission: 'read' },
  'get /postmortems': { permission: 'read' },
  'patch /action-items/{actionItemId}': {
    permission: 'write',
    body: { status: 'in-progress' },
  },
};

/** The action item the routes that name one use, made before the tests. */
let actionItemId = '';

const specOperations = Object.entries(spec.paths).flatMap(([path, methods]) =>
  Object.keys(methods).map(method => `${method} ${path}`),
);

function send(backend: TestBackend, operation: string, headers: object) {
  const [method, path] = operation.split(' ');
  const { body, query } = OPERATIONS[operation];
  const url = `/api/incidents${path
    .replace('{id}', 'INC-1')
    .replace('{role}', 'scribe')
    .replace('{knownErrorId}', 'KE-1')
    .replace('{actionItemId}', actionItemId)}${query ? `?${query}` : ''}`;
  const test = (request(backend.server) as any)[method](url).set(headers);
  return body ? test.send(body) : test;
}

it('has a row in the permission matrix for every operation of the spec', () => {
  expect(Object.keys(OPERATIONS).sort()).toEqual([...specOperations].sort());
});

describe.each(databases.eachSupportedId())('the HTTP API on %s', databaseId => {
  let knex: Knex;
  let allowing: TestBackend;
  const auditEvents: RecordedAuditEvent[] = [];

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    allowing = await startIncidentsBackend({ knex, auditEvents });
    // INC-1, KE-1 and an action item, for the routes that name them.
    for (const [operation, number] of [
      ['post /incidents', 'INC-1'],
      ['post /known-errors', 'KE-1'],
    ]) {
      const res = await send(allowing, operation, as(GUEST));
      if (res.body.number !== number) {
        throw new Error(`Expected ${number}, got ${res.status}`);
      }
    }
    const item = await send(
      allowing,
      'post /incidents/{id}/action-items',
      as(GUEST),
    );
    actionItemId = item.body.id;
  });

  afterAll(async () => {
    await allowing.stop();
  });

  describe('under a policy that denies everything', () => {
    let denying: TestBackend;

    beforeAll(async () => {
      denying = await startIncidentsBackend({
        knex,
        permissionResult: AuthorizeResult.DENY,
      });
    });

    afterAll(async () => {
      await denying.stop();
    });

    it('still answers the public /health', async () => {
      expect((await send(denying, 'get /health', as(GUEST))).status).toBe(200);
    });

    it.each(
      Object.keys(OPERATIONS).filter(
        operation => OPERATIONS[operation].permission !== 'public',
      ),
    )('%s answers 403 and writes nothing', async operation => {
      const before = await countRows(knex);
      const res = await send(denying, operation, as(GUEST));
      expect(res.status).toBe(403);
      expect(res.body.error.name).toBe('NotAllowedError');
      expect(await countRows(knex)).toEqual(before);
    });
  });

  describe('a service principal (the search collator, another plugin)', () => {
    const service = {
      Authorization: mockCredentials.service.header(),
    };

    it.each(
      Object.keys(OPERATIONS).filter(
        operation => OPERATIONS[operation].permission === 'read',
      ),
    )('may read: %s', async operation => {
      const res = await send(allowing, operation, service);
      expect(res.status).toBe(200);
    });

    it.each(
      Object.keys(OPERATIONS).filter(
        operation => OPERATIONS[operation].permission === 'write',
      ),
    )('may not write: %s answers 403 and writes nothing', async operation => {
      const before = await countRows(knex);
      const res = await send(allowing, operation, service);
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(/needs a user/);
      expect(await countRows(knex)).toEqual(before);
    });
  });

  describe('audit', () => {
    const eventsOf = async (operation: string, expectedStatus: number) => {
      auditEvents.length = 0;
      const res = await send(allowing, operation, as(GUEST));
      expect(res.status).toBe(expectedStatus);
      return auditEvents.map(({ eventId, outcome, meta, successMeta }) => ({
        eventId,
        outcome,
        meta,
        successMeta,
      }));
    };
    const inc1 = { incidentId: expect.any(String), number: 'INC-1' };

    it('records one event per change, with what changed and its outcome', async () => {
      expect(await eventsOf('patch /incidents/{id}', 200)).toEqual([
        {
          eventId: 'incident-update',
          outcome: 'succeeded',
          meta: { incident: 'INC-1', fields: ['summary'] },
          successMeta: inc1,
        },
      ]);
      expect(await eventsOf('post /incidents/{id}/transitions', 200)).toEqual([
        {
          eventId: 'incident-transition',
          outcome: 'succeeded',
          meta: { incident: 'INC-1', status: 'mitigated' },
          successMeta: inc1,
        },
      ]);
      expect(await eventsOf('put /incidents/{id}/roles/{role}', 200)).toEqual([
        {
          eventId: 'incident-role-assign',
          outcome: 'succeeded',
          meta: { incident: 'INC-1', role: 'scribe' },
          successMeta: inc1,
        },
      ]);
      expect(await eventsOf('post /incidents/{id}/timeline', 201)).toEqual([
        {
          eventId: 'incident-timeline-append',
          outcome: 'succeeded',
          meta: { incident: 'INC-1', kind: 'note' },
          successMeta: { ...inc1, entryId: expect.any(String) },
        },
      ]);
      expect(
        await eventsOf('put /incidents/{id}/known-errors/{knownErrorId}', 200),
      ).toEqual([
        {
          eventId: 'incident-known-error-link',
          outcome: 'succeeded',
          meta: { incident: 'INC-1', knownError: 'KE-1' },
          successMeta: inc1,
        },
      ]);
      expect(
        await eventsOf(
          'delete /incidents/{id}/known-errors/{knownErrorId}',
          200,
        ),
      ).toEqual([
        {
          eventId: 'incident-known-error-unlink',
          outcome: 'succeeded',
          meta: { incident: 'INC-1', knownError: 'KE-1' },
          successMeta: inc1,
        },
      ]);
      expect(await eventsOf('patch /known-errors/{knownErrorId}', 200)).toEqual(
        [
          {
            eventId: 'known-error-update',
            outcome: 'succeeded',
            meta: { knownError: 'KE-1', fields: ['workaround'] },
            successMeta: { knownErrorId: expect.any(String), number: 'KE-1' },
          },
        ],
      );
      expect(await eventsOf('post /known-errors', 201)).toEqual([
        {
          eventId: 'known-error-create',
          outcome: 'succeeded',
          meta: { incidentRefs: [] },
          successMeta: {
            knownErrorId: expect.any(String),
            number: expect.stringMatching(/^KE-\d+$/),
          },
        },
      ]);
      expect(await eventsOf('post /incidents', 201)).toEqual([
        {
          eventId: 'incident-declare',
          outcome: 'succeeded',
          meta: { idempotencyKey: null },
          successMeta: {
            incidentId: expect.any(String),
            number: expect.stringMatching(/^INC-\d+$/),
            replayed: false,
          },
        },
      ]);
    });

    it('records a refused change as failed, with the error', async () => {
      // INC-1 is mitigated by now: mitigating it again is a conflict.
      await eventsOf('post /incidents/{id}/transitions', 409);
      expect(auditEvents).toEqual([
        expect.objectContaining({
          eventId: 'incident-transition',
          outcome: 'failed',
          error: 'ConflictError',
        }),
      ]);
      // Nothing to retry without Slack or Google: also refused, also recorded.
      await eventsOf('post /incidents/{id}/steps/retry', 409);
      expect(auditEvents).toEqual([
        expect.objectContaining({
          eventId: 'incident-steps-retry',
          outcome: 'failed',
          error: 'ConflictError',
        }),
      ]);
    });

    it('records nothing for reads', async () => {
      for (const operation of Object.keys(OPERATIONS).filter(
        o => OPERATIONS[o].permission === 'read',
      )) {
        expect(await eventsOf(operation, 200)).toEqual([]);
      }
    });
  });
});
