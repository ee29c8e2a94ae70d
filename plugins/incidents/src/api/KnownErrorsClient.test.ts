import { ResponseError } from '@backstage/errors';
import { clientOver, json } from '../__testUtils__/backendFetch';
import { KnownErrorsClient } from './KnownErrorsClient';

const clientWith = (fetch: jest.Mock) => clientOver(KnownErrorsClient, fetch);

const BASE = 'http://backend/api/incidents/known-errors';

describe('KnownErrorsClient', () => {
  it('lists with every filter, repeating statuses and leaving out empty ones', async () => {
    const fetch = jest.fn().mockResolvedValue(json({ items: [] }));
    await clientWith(fetch).listKnownErrors({
      q: 'stale pri',
      entityRef: 'component:default/cart-service',
      ownerRef: '',
      status: ['investigating', 'workaround'],
      limit: 20,
      cursor: 'abc',
    });
    expect(fetch.mock.calls[0][0]).toBe(
      `${BASE}?q=stale+pri&entityRef=component%3Adefault%2Fcart-service&status=investigating&status=workaround&limit=20&cursor=abc`,
    );
    expect(fetch.mock.calls[0][1].method).toBe('GET');
  });

  it('gets one by number or id, encoded', async () => {
    const fetch = jest
      .fn()
      .mockImplementation(async () => json({ number: 'KE-7' }));
    await expect(clientWith(fetch).getKnownError('KE-7')).resolves.toEqual({
      number: 'KE-7',
    });
    await clientWith(fetch).getKnownError('a/b');
    expect(fetch.mock.calls.map(call => call[0])).toEqual([
      `${BASE}/KE-7`,
      `${BASE}/a%2Fb`,
    ]);
  });

  it('creates with POST and updates with PATCH, as JSON', async () => {
    const fetch = jest.fn().mockImplementation(async () => json({}, 201));
    const client = clientWith(fetch);
    await client.createKnownError({
      title: 'Stale prices',
      symptoms: 'Totals ignore discounts',
      entityRefs: ['component:default/cart-service'],
      incidentRefs: ['INC-7'],
    });
    await client.updateKnownError('KE-3', { status: 'fixed', fixUrl: null });
    const [[createUrl, create], [updateUrl, update]] = fetch.mock.calls;
    expect([createUrl, create.method]).toEqual([BASE, 'POST']);
    expect(create.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(JSON.parse(create.body)).toEqual({
      title: 'Stale prices',
      symptoms: 'Totals ignore discounts',
      entityRefs: ['component:default/cart-service'],
      incidentRefs: ['INC-7'],
    });
    expect([updateUrl, update.method]).toEqual([`${BASE}/KE-3`, 'PATCH']);
    expect(JSON.parse(update.body)).toEqual({ status: 'fixed', fixUrl: null });
  });

  it('asks for suggestions for an entity and the words so far', async () => {
    const fetch = jest.fn().mockResolvedValue(json({ items: [] }));
    await clientWith(fetch).suggestKnownErrors({
      entityRef: 'component:default/cart-service',
      text: 'totals wrong',
      limit: 5,
    });
    expect(fetch.mock.calls[0][0]).toBe(
      `${BASE}/suggestions?entityRef=component%3Adefault%2Fcart-service&text=totals+wrong&limit=5`,
    );
  });

  it('rejects with the backend’s error', async () => {
    const fetch = jest.fn().mockResolvedValue(
      json(
        {
          error: { name: 'NotFoundError', message: 'No known error KE-99' },
          response: { statusCode: 404 },
        },
        404,
      ),
    );
    const error = await clientWith(fetch)
      .getKnownError('KE-99')
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.body.error.message).toBe('No known error KE-99');
  });
});
