import { ResponseError } from '@backstage/errors';
import { clientOver, json } from '../__testUtils__/backendFetch';
import { IncidentsClient } from './IncidentsClient';

const clientWith = (fetch: jest.Mock) => clientOver(IncidentsClient, fetch);

describe('IncidentsClient', () => {
  it('fetches the configuration once, and again after a failure', async () => {
    const fetch = jest
      .fn()
      .mockResolvedValueOnce(
        json(
          {
            error: { name: 'Error', message: 'down' },
            response: { statusCode: 503 },
          },
          503,
        ),
      )
      .mockImplementation(async () =>
        json({ severities: [], roles: [], statuses: [] }),
      );
    const client = clientWith(fetch);
    await expect(client.getConfig()).rejects.toBeInstanceOf(ResponseError);
    await client.getConfig();
    await client.getConfig();
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch).toHaveBeenLastCalledWith(
      'http://backend/api/incidents/config',
      expect.objectContaining({ method: 'GET' }),
    );
  });

  it('sends the Idempotency-Key with a declaration', async () => {
    const fetch = jest.fn().mockResolvedValue(json({ number: 'INC-1' }, 201));
    await clientWith(fetch).declareIncident(
      { title: 'x', severity: 'SEV1', entityRefs: ['component:default/a'] },
      { idempotencyKey: 'key-1' },
    );
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('http://backend/api/incidents/incidents');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({
      'Content-Type': 'application/json',
      'Idempotency-Key': 'key-1',
    });
    expect(JSON.parse(init.body)).toEqual({
      title: 'x',
      severity: 'SEV1',
      entityRefs: ['component:default/a'],
    });
  });

  it('repeats list parameters and leaves out empty ones', async () => {
    const fetch = jest.fn().mockResolvedValue(json({ items: [] }));
    await clientWith(fetch).listIncidents({
      entityRef: 'component:default/cart-service',
      status: ['active', 'mitigated'],
      q: '',
      limit: 10,
    });
    expect(fetch.mock.calls[0][0]).toBe(
      'http://backend/api/incidents/incidents?entityRef=component%3Adefault%2Fcart-service&status=active&status=mitigated&limit=10',
    );
  });
  it('retries the failed workspace steps, all of them or the named ones', async () => {
    const fetch = jest
      .fn()
      .mockImplementation(async () => json({ number: 'INC-7', steps: [] }));
    const client = clientWith(fetch);

    await expect(client.retryFailedSteps('INC-7')).resolves.toEqual({
      number: 'INC-7',
      steps: [],
    });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(
      'http://backend/api/incidents/incidents/INC-7/steps/retry',
    );
    expect(init.method).toBe('POST');
    expect(JSON.parse(init.body)).toEqual({});

    await client.retryFailedSteps('INC-7', { keys: ['slack.channel'] });
    expect(JSON.parse(fetch.mock.calls[1][1].body)).toEqual({
      keys: ['slack.channel'],
    });
  });

  it('rejects a retry with nothing to retry as the backend says', async () => {
    const fetch = jest.fn().mockResolvedValue(
      json(
        {
          error: {
            name: 'ConflictError',
            message: 'INC-7 has no failed steps to retry',
          },
          response: { statusCode: 409 },
        },
        409,
      ),
    );
    await expect(
      clientWith(fetch).retryFailedSteps('INC-7'),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      body: { error: { message: 'INC-7 has no failed steps to retry' } },
    });
  });

  it('asks for metrics with repeated severities and the bucket', async () => {
    const fetch = jest.fn().mockResolvedValue(json({ count: 0 }));
    const metrics = await clientWith(fetch).getMetrics({
      ownerRef: 'group:default/storefront-team',
      severity: ['SEV1', 'SEV2'],
      from: '2025-11-22T00:00:00.000Z',
      bucket: 'week',
    });
    expect(metrics).toEqual({ count: 0 });
    expect(fetch.mock.calls[0][0]).toBe(
      'http://backend/api/incidents/metrics?ownerRef=group%3Adefault%2Fstorefront-team&severity=SEV1&severity=SEV2&from=2025-11-22T00%3A00%3A00.000Z&bucket=week',
    );
    expect(fetch.mock.calls[0][1].method).toBe('GET');
  });

  it('links and unlinks a known error with PUT and DELETE on the incident', async () => {
    const fetch = jest
      .fn()
      .mockImplementation(async () =>
        json({ number: 'INC-7', knownErrors: [] }),
      );
    const client = clientWith(fetch);
    await client.linkKnownError('INC-7', 'KE-3');
    await client.unlinkKnownError('INC-7', 'KE-3');
    expect(fetch.mock.calls.map(([url, init]) => [url, init.method])).toEqual([
      ['http://backend/api/incidents/incidents/INC-7/known-errors/KE-3', 'PUT'],
      [
        'http://backend/api/incidents/incidents/INC-7/known-errors/KE-3',
        'DELETE',
      ],
    ]);
    expect(fetch.mock.calls[0][1].body).toBeUndefined();
  });
});
