import { mockCredentials, TestBackend } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { countRows } from './startIncidentsBackend';

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
 * Requests to a running incidents backend, as the route tests make them. The backend
 * and its database are read when a request is made (they are set up in `beforeAll`).
 */
export function incidentsApi(backend: () => TestBackend, knex: () => Knex) {
  const api = () => request(backend().server);

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
    const before = await countRows(knex());
    const res = await send();
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('InputError');
    expect(res.body.error.message).toMatch(field);
    expect(await countRows(knex())).toEqual(before);
    return res;
  }

  return { api, declare, expectRejected };
}
