import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { createTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

const migrationsDir = resolvePackagePath(
  '@incident-response/backstage-plugin-incidents-backend',
  'migrations',
);
const INIT = '20261122000000_init.js';
const WORKSPACE_STEPS = '20261122100000_workspace_steps.js';

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'the workspace steps migration on %s',
  databaseId => {
    it('adds incident_steps, one row per incident and key, and removes it on the way down', async () => {
      const knex = await databases.init(databaseId);
      const config = { directory: migrationsDir };
      await knex.migrate.up({ ...config, name: INIT });
      await knex('incidents').insert({
        id: '00000000-0000-4000-8000-000000000001',
        number: 1,
        title: 'Checkout is down',
        severity: 'SEV1',
        status: 'active',
        mode: 'live',
        security: false,
        drill: false,
        reporter_ref: 'user:default/guest',
        impact_started_at: 1,
        declared_at: 1,
        updated_at: 1,
      });
      await knex.migrate.up({ ...config, name: WORKSPACE_STEPS });

      const step = {
        incident_id: '00000000-0000-4000-8000-000000000001',
        key: 'slack.channel',
        status: 'pending',
        next_attempt_at: 1,
        depends_on: '[]',
        waits_for: '[]',
        requested_by: 'user:default/guest',
        created_at: 1,
        updated_at: 1,
      };
      await knex('incident_steps').insert(step);
      // Compared by code: the SQLite driver's error class may come from another test
      // file's module registry, so instanceof Error does not hold for it here.
      const duplicate = await knex('incident_steps')
        .insert(step)
        .then(
          () => 'inserted',
          error => String(error.code),
        );
      expect(duplicate).toMatch(/^(SQLITE_CONSTRAINT_UNIQUE|23505)$/);
      const [row] = await knex('incident_steps').select(
        'attempts',
        'retried_at_attempt',
        'lease_owner',
      );
      expect(row).toEqual({
        attempts: 0,
        retried_at_attempt: 0,
        lease_owner: null,
      });

      await knex.migrate.down({ ...config, name: WORKSPACE_STEPS });
      expect(await knex.schema.hasTable('incident_steps')).toBe(false);
      expect(await knex('incidents').count({ n: '*' })).toEqual([
        { n: expect.anything() },
      ]);
    });
  },
);
