import {
  mockCredentials,
  TestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { countRows, startIncidentsBackend } from './startIncidentsBackend';

export const GUEST = 'user:default/guest';
export const ALICE = 'user:default/alice';
export const BOB = 'user:default/bob';

export const HOUR = 60 * 60 * 1000;
export const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
export const fromNow = (ms: number) => new Date(Date.now() + ms).toISOString();

/** Authorization headers of a signed-in catalog user. */
export const as = (user: string) => ({
  Authorization: mockCredentials.user.header(user),
});

/**
 * The incidents backend on a fresh test database for the tests of one `describe`
 * (started before them, stopped after), and requests to it as the route tests make
 * them. The options are those of `startIncidentsBackend`.
 */
export function useIncidentsBackend(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
  options: Omit<Parameters<typeof startIncidentsBackend>[0], 'knex'> = {},
) {
  let knex: Knex;
  let backend: TestBackend;

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    backend = await startIncidentsBackend({ ...options, knex });
  });

  afterAll(async () => {
    await backend.stop();
  });

  const api = () => request(backend.server);

  /** Row counts of every table, to prove a refused request wrote nothing. */
  const rowCounts = () => countRows(knex);

  /** Declares an incident on checkout-web (SEV2 unless `body` says otherwise). */
  async function declare(body: Record<string, unknown>, user = GUEST) {
    const res = await api()
      .post('/api/incidents/incidents')
      .set(as(user))
      .send({
        title: 'Checkout returns 502 for every basket',
        severity: 'SEV2',
        entityRefs: ['component:default/checkout-web'],
        ...body,
      });
    expect(res.status).toBe(201);
    return res.body;
  }

  /** Sends the request, expects a 400 that names `field`, and checks nothing was written. */
  async function expectRejected(
    send: () => request.Test,
    field: string | RegExp,
  ) {
    const before = await rowCounts();
    const res = await send();
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('InputError');
    expect(res.body.error.message).toMatch(field);
    expect(await rowCounts()).toEqual(before);
    return res;
  }

  /** The test database, for what the API does not show. */
  const database = () => knex;

  return { api, database, declare, expectRejected, rowCounts };
}
