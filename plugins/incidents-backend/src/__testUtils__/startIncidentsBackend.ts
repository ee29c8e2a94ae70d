import {
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  SignalPayload,
  signalsServiceRef,
} from '@backstage/plugin-signals-node';
import { JsonObject } from '@backstage/types';
import { Knex } from 'knex';
import { incidentsPlugin } from '../plugin';
import { testCatalogEntities } from './catalogEntities';

/**
 * The incidents plugin alone, on the given database, with a mock catalog. Signals it
 * publishes are appended to `publishedSignals` when given.
 */
export async function startIncidentsBackend(options: {
  knex: Knex;
  config?: JsonObject;
  publishedSignals?: SignalPayload[];
}): Promise<TestBackend> {
  const { publishedSignals } = options;
  return startTestBackend({
    features: [
      incidentsPlugin,
      mockServices.database.factory({ knex: options.knex }),
      mockServices.rootConfig.factory({ data: options.config ?? {} }),
      catalogServiceMock.factory({ entities: testCatalogEntities }),
      ...(publishedSignals
        ? [
            createServiceFactory({
              service: signalsServiceRef,
              deps: {},
              factory: () => ({
                publish: async (signal: SignalPayload) => {
                  publishedSignals.push(signal);
                },
              }),
            }),
          ]
        : []),
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
