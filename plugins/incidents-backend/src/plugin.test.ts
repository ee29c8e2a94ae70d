import { mockCredentials, TestBackend } from '@backstage/backend-test-utils';
import createKnex, { Knex } from 'knex';
import request from 'supertest';
import { createTestDatabases } from './__testUtils__/testDatabases';
import {
  countRows,
  startIncidentsBackend,
} from './__testUtils__/startIncidentsBackend';
import { as, GUEST } from './__testUtils__/incidentsApi';

jest.setTimeout(60_000);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'incidents plugin on %s',
  databaseId => {
    let knex: Knex;
    let backend: TestBackend;

    const api = () => request(backend.server);

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      backend = await startIncidentsBackend({ knex });
    });

    afterAll(async () => {
      await backend.stop();
    });

    describe('health and config', () => {
      it('answers /health without credentials', async () => {
        const res = await api()
          .get('/api/incidents/health')
          .set('Authorization', mockCredentials.none.header());
        expect(res.status).toBe(200);
        expect(res.body).toEqual({ status: 'ok' });
      });

      it('serves the handbook severities, the roles and the statuses', async () => {
        const res = await api().get('/api/incidents/config').set(as(GUEST));
        expect(res.status).toBe(200);
        expect(res.body.severities.map((s: any) => s.id)).toEqual([
          'SEV1',
          'SEV2',
          'SEV3',
        ]);
        expect(res.body.severities[0]).toEqual({
          id: 'SEV1',
          name: 'SEV1 - Critical',
          description: 'A critical incident with very high impact',
          examples: [
            'Service is down for all users',
            'Confidentiality or privacy is breached',
            'User data loss',
          ],
          postmortemRequired: true,
        });
        expect(res.body.roles.map((r: any) => r.id)).toEqual([
          'incident-commander',
          'operations-lead',
          'communications-lead',
          'policy-lead',
          'postmortem-owner',
          'scribe',
          'reporter',
        ]);
        expect(res.body.statuses).toEqual([
          {
            id: 'active',
            name: 'Active',
            transitions: ['mitigated', 'resolved'],
          },
          {
            id: 'mitigated',
            name: 'Mitigated',
            transitions: ['active', 'resolved'],
          },
          {
            id: 'resolved',
            name: 'Resolved',
            transitions: ['active', 'closed'],
          },
          { id: 'closed', name: 'Closed', transitions: [] },
        ]);
      });
    });

    describe('credentials', () => {
      const none = { Authorization: mockCredentials.none.header() };
      it.each([
        ['get', '/config'],
        ['get', '/incidents'],
        ['post', '/incidents'],
        ['get', '/incidents/INC-1'],
        ['patch', '/incidents/INC-1'],
        ['post', '/incidents/INC-1/transitions'],
        ['put', '/incidents/INC-1/roles/scribe'],
        ['get', '/incidents/INC-1/timeline'],
        ['post', '/incidents/INC-1/timeline'],
      ] as const)(
        '%s %s without credentials is 401 and writes nothing',
        async (method, path) => {
          const before = await countRows(knex);
          const res = await api()
            [method](`/api/incidents${path}`)
            .set(none)
            .send({});
          expect(res.status).toBe(401);
          expect(await countRows(knex)).toEqual(before);
        },
      );
    });
  },
);

const postgresIds = databases
  .eachSupportedId()
  .filter(([id]) => id.startsWith('POSTGRES'));

if (postgresIds.length === 0) {
  it.todo(
    'two backend replicas on one PostgreSQL (set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING)',
  );
} else {
  describe.each(postgresIds)('two backend replicas on one %s', databaseId => {
    it('number concurrent declares on both replicas without duplicates or gaps', async () => {
      const knexA = await databases.init(databaseId);
      // A second connection pool to the same database, as a second replica would have.
      const knexB = createKnex({
        client: 'pg',
        connection: knexA.client.config.connection,
      });
      const replicaA = await startIncidentsBackend({ knex: knexA });
      const replicaB = await startIncidentsBackend({ knex: knexB });
      try {
        const declareOn = (backend: TestBackend, i: number) =>
          request(backend.server)
            .post('/api/incidents/incidents')
            .set('Authorization', mockCredentials.user.header(GUEST))
            .send({
              title: `Replica test ${i}`,
              severity: 'SEV3',
              entityRefs: ['component:default/checkout-web'],
            });
        const results = await Promise.all(
          Array.from({ length: 40 }, (_, i) =>
            declareOn(i % 2 ? replicaA : replicaB, i),
          ),
        );
        expect(results.map(r => r.status)).toEqual(Array(40).fill(201));
        const numbers = results
          .map(r => Number(r.body.number.replace('INC-', '')))
          .sort((a, b) => a - b);
        expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      } finally {
        await replicaA.stop();
        await replicaB.stop();
        await knexB.destroy();
      }
    });
  });
}
