import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { createTestDatabases } from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

const migrationsDir = resolvePackagePath(
  '@incident-response/backstage-plugin-incidents-backend',
  'migrations',
);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('migrations on %s', databaseId => {
  it('migrate up to the latest and all the way down again', async () => {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: migrationsDir });
    expect(await knex.schema.hasTable('incidents')).toBe(true);
    expect(await knex('incident_counters').select('name', 'value')).toEqual([
      { name: 'incident_number', value: expect.anything() },
    ]);
    await knex.migrate.rollback({ directory: migrationsDir }, true);
    for (const table of [
      'incidents',
      'incident_entities',
      'incident_owners',
      'incident_role_assignments',
      'incident_timeline',
      'incident_idempotency_keys',
      'incident_counters',
    ]) {
      expect(await knex.schema.hasTable(table)).toBe(false);
    }
  });
});
