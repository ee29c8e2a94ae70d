import {
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { JsonObject } from '@backstage/types';
import { Knex } from 'knex';
import { incidentsPlugin } from '../plugin';
import { testCatalogEntities } from './catalogEntities';

/** The incidents plugin alone, on the given database, with a mock catalog. */
export async function startIncidentsBackend(options: {
  knex: Knex;
  config?: JsonObject;
}): Promise<TestBackend> {
  return startTestBackend({
    features: [
      incidentsPlugin,
      mockServices.database.factory({ knex: options.knex }),
      mockServices.rootConfig.factory({ data: options.config ?? {} }),
      catalogServiceMock.factory({ entities: testCatalogEntities }),
    ],
  });
}

const TABLES = [
  'incidents',
  'incident_entities',
  'incident_owners',
  'incident_role_assignments',
  'incident_timeline',
  'incident_idempotency_keys',
  'incident_steps',
];

/** Row counts of every incidents table, to prove a rejected request wrote nothing. */
export async function countRows(knex: Knex): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [{ count }] = await knex(table).count({ count: '*' });
    counts[table] = Number(count);
  }
  return counts;
}
