import { mockCredentials, TestBackend } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import request from 'supertest';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabaseIncidentMetricsStore } from './DatabaseIncidentMetricsStore';
import { startIncidentsBackend } from '../__testUtils__/startIncidentsBackend';

jest.setTimeout(60_000);

const databases = createTestDatabases();

const CHECKOUT = 'component:default/checkout-web';
const GATEWAY = 'component:default/payments-gateway';
const MINUTE = 60;

const stats = (
  n: number,
  p50: number | null,
  p90: number | null,
  mean: number | null,
) => ({
  n,
  p50,
  p90,
  mean,
});
const none = stats(0, null, null, null);

/**
 * Hand-computed fixtures. Percentiles are interpolated: for sorted values v and fraction
 * p, the position is p * (n - 1) between the two nearest values.
 */
describe.each(databases.eachSupportedId())('GET /metrics on %s', databaseId => {
  let backend: TestBackend;
  let knex: Knex;
  const ids: Record<string, string> = {};
  const window = 'from=2025-12-01T00:00:00Z&to=2026-04-01T00:00:00Z';

  const metrics = async (query: string) => {
    const res = await request(backend.server)
      .get(`/api/incidents/metrics?${query}`)
      .set('Authorization', mockCredentials.user.header('user:default/guest'));
    expect({ status: res.status, error: res.body.error?.message }).toEqual({
      status: 200,
      error: undefined,
    });
    return res.body;
  };

  beforeAll(async () => {
    knex = await databases.init(databaseId);
    backend = await startIncidentsBackend({ knex });
    const declare = async (name: string, body: Record<string, unknown>) => {
      const res = await request(backend.server)
        .post('/api/incidents/incidents')
        .set('Authorization', mockCredentials.user.header('user:default/guest'))
        .send({ title: name, ...body });
      expect(res.status).toBe(201);
      ids[name] = res.body.id;
    };
    // Monday 29 December 2025, late evening UTC: the week runs into 2026.
    await declare('one', {
      severity: 'SEV1',
      entityRefs: [CHECKOUT],
      mode: 'retrospective',
      impactStartedAt: '2025-12-29T23:30:00Z',
      detectedAt: '2025-12-29T23:35:00Z',
      resolvedAt: '2025-12-30T00:30:00Z',
    });
    // New Year's Eve in New York is already 1 January in UTC.
    await declare('two', {
      severity: 'SEV2',
      entityRefs: [CHECKOUT],
      mode: 'retrospective',
      impactStartedAt: '2025-12-31T22:00:00-05:00',
      detectedAt: '2025-12-31T22:10:00-05:00',
      resolvedAt: '2026-01-01T00:00:00-05:00',
    });
    // No detection time recorded: left out of TTD only.
    await declare('three', {
      severity: 'SEV2',
      entityRefs: [CHECKOUT],
      mode: 'retrospective',
      impactStartedAt: '2026-01-15T10:00:00Z',
      resolvedAt: '2026-01-15T10:30:00Z',
    });
    await declare('four', {
      severity: 'SEV3',
      entityRefs: [GATEWAY],
      mode: 'retrospective',
      impactStartedAt: '2026-02-10T10:00:00Z',
      detectedAt: '2026-02-10T10:20:00Z',
      resolvedAt: '2026-02-10T14:00:00Z',
    });
    // A drill never counts.
    await declare('drill', {
      severity: 'SEV1',
      entityRefs: [CHECKOUT],
      mode: 'retrospective',
      drill: true,
      impactStartedAt: '2026-01-20T10:00:00Z',
      detectedAt: '2026-01-20T11:00:00Z',
      resolvedAt: '2026-01-20T12:00:00Z',
    });
    // Still active: no recovery time yet.
    await declare('live', {
      severity: 'SEV3',
      entityRefs: [CHECKOUT],
      impactStartedAt: '2026-03-01T10:00:00Z',
      detectedAt: '2026-03-01T10:15:00Z',
    });
  });

  afterAll(async () => {
    await backend.stop();
  });

  it('computes an entity’s TTD, TTM and TTR with an odd count, leaving out missing milestones and drills', async () => {
    const body = await metrics(`entityRef=${CHECKOUT}&${window}`);
    expect(body.count).toBe(4);
    // TTD: 5, 10, 15 minutes (three has none)
    expect(body.ttd).toEqual(stats(3, 10 * MINUTE, 14 * MINUTE, 10 * MINUTE));
    // TTR: 30, 60, 120 minutes (live is not resolved)
    expect(body.ttr).toEqual(stats(3, 60 * MINUTE, 108 * MINUTE, 70 * MINUTE));
    // retrospective incidents are mitigated when they are resolved
    expect(body.ttm).toEqual(body.ttr);
    // only the live incident has a time to declare
    expect(body.timeToDeclare.n).toBe(1);
    expect(body.timeToDeclare.p50).toBeGreaterThan(0);
  });

  it('takes the mean of the middle two for the median of an even count', async () => {
    const body = await metrics(window);
    expect(body.count).toBe(5);
    // TTD: 5, 10, 15, 20 minutes
    expect(body.ttd).toEqual(
      stats(4, 12.5 * MINUTE, 18.5 * MINUTE, 12.5 * MINUTE),
    );
    // TTR: 30, 60, 120, 240 minutes
    expect(body.ttr).toEqual(
      stats(4, 90 * MINUTE, 204 * MINUTE, 112.5 * MINUTE),
    );
  });

  it('breaks down by severity', async () => {
    const body = await metrics(`entityRef=${CHECKOUT}&${window}`);
    expect(body.bySeverity).toEqual([
      {
        severity: 'SEV1',
        count: 1,
        ttd: stats(1, 5 * MINUTE, 5 * MINUTE, 5 * MINUTE),
        ttr: stats(1, 60 * MINUTE, 60 * MINUTE, 60 * MINUTE),
      },
      {
        severity: 'SEV2',
        count: 2,
        ttd: stats(1, 10 * MINUTE, 10 * MINUTE, 10 * MINUTE),
        ttr: stats(2, 75 * MINUTE, 111 * MINUTE, 75 * MINUTE),
      },
      {
        severity: 'SEV3',
        count: 1,
        ttd: stats(1, 15 * MINUTE, 15 * MINUTE, 15 * MINUTE),
        ttr: none,
      },
    ]);
  });

  it('buckets by UTC month, filling empty months of the range', async () => {
    const body = await metrics(`entityRef=${CHECKOUT}&${window}&bucket=month`);
    expect(body.bucket).toBe('month');
    expect(
      body.buckets.map((b: any) => [b.start, b.count, b.ttd.n, b.ttr.p50]),
    ).toEqual([
      ['2025-12-01T00:00:00.000Z', 1, 1, 60 * MINUTE],
      ['2026-01-01T00:00:00.000Z', 2, 1, 75 * MINUTE],
      ['2026-02-01T00:00:00.000Z', 0, 0, null],
      ['2026-03-01T00:00:00.000Z', 1, 1, null],
    ]);
  });

  it('buckets by ISO week across the year end', async () => {
    const body = await metrics(
      `entityRef=${CHECKOUT}&from=2025-12-22T00:00:00Z&to=2026-01-12T00:00:00Z&bucket=week`,
    );
    expect(body.buckets.map((b: any) => [b.start, b.count])).toEqual([
      ['2025-12-22T00:00:00.000Z', 0],
      ['2025-12-29T00:00:00.000Z', 2],
      ['2026-01-05T00:00:00.000Z', 0],
    ]);
  });

  it('buckets by week over eight years, more than one query of buckets can hold', async () => {
    const CART = 'component:default/cart-service';
    const declare = async (impactStartedAt: string) => {
      const res = await request(backend.server)
        .post('/api/incidents/incidents')
        .set('Authorization', mockCredentials.user.header('user:default/guest'))
        .send({
          title: 'Invoices not sent',
          severity: 'SEV3',
          entityRefs: [CART],
          mode: 'retrospective',
          impactStartedAt,
          resolvedAt: new Date(
            Date.parse(impactStartedAt) + 3600_000,
          ).toISOString(),
        });
      expect(res.status).toBe(201);
    };
    // A Tuesday and a Monday 417 weeks later: 418 weekly buckets.
    await declare('2017-01-03T09:00:00Z');
    await declare('2024-12-30T09:00:00Z');

    const body = await metrics(`entityRef=${CART}&bucket=week`);
    expect(body.buckets).toHaveLength(418);
    expect(
      body.buckets
        .filter((b: any) => b.count > 0)
        .map((b: any) => [b.start, b.count, b.ttr.p50]),
    ).toEqual([
      ['2017-01-02T00:00:00.000Z', 1, 3600],
      ['2024-12-30T00:00:00.000Z', 1, 3600],
    ]);
  });

  it('buckets by quarter, counting each severity', async () => {
    const body = await metrics(`${window}&bucket=quarter`);
    expect(
      body.buckets.map((b: any) => [b.start, b.count, b.countBySeverity]),
    ).toEqual([
      ['2025-10-01T00:00:00.000Z', 1, { SEV1: 1 }],
      ['2026-01-01T00:00:00.000Z', 4, { SEV2: 2, SEV3: 2 }],
    ]);
  });

  it('still counts a severity that is no longer configured', async () => {
    const renamed = await startIncidentsBackend({
      knex,
      config: {
        incidents: {
          severities: [{ id: 'SEV1' }, { id: 'SEV2' }, { id: 'P3' }],
        },
      },
    });
    try {
      const res = await request(renamed.server)
        .get(`/api/incidents/metrics?${window}&bucket=quarter`)
        .set(
          'Authorization',
          mockCredentials.user.header('user:default/guest'),
        );
      expect(res.status).toBe(200);
      expect(
        res.body.buckets.map((b: any) => [b.start, b.countBySeverity]),
      ).toEqual([
        ['2025-10-01T00:00:00.000Z', { SEV1: 1 }],
        ['2026-01-01T00:00:00.000Z', { SEV2: 2, SEV3: 2 }],
      ]);
    } finally {
      await renamed.stop();
    }
  });

  it('covers what a team owned, by owner', async () => {
    expect((await metrics(`ownerRef=storefront-team&${window}`)).count).toBe(4);
    const payments = await metrics(
      `ownerRef=group:default/payments-team&${window}`,
    );
    expect(payments.count).toBe(1);
    expect(payments.ttr).toEqual(
      stats(1, 240 * MINUTE, 240 * MINUTE, 240 * MINUTE),
    );
  });

  it('filters by severity', async () => {
    const body = await metrics(`severity=SEV2&severity=SEV3&${window}`);
    expect(body.count).toBe(4);
    expect(body.bySeverity.map((s: any) => s.severity)).toEqual([
      'SEV2',
      'SEV3',
    ]);
  });

  it('lists each incident as a point, oldest first', async () => {
    const body = await metrics(`entityRef=${CHECKOUT}&${window}`);
    expect(body.points).toEqual([
      {
        id: ids.one,
        number: expect.stringMatching(/^INC-/),
        title: 'one',
        restricted: false,
        severity: 'SEV1',
        impactStartedAt: '2025-12-29T23:30:00.000Z',
        ttd: 5 * MINUTE,
        ttr: 60 * MINUTE,
      },
      {
        id: ids.two,
        number: expect.stringMatching(/^INC-/),
        title: 'two',
        restricted: false,
        severity: 'SEV2',
        impactStartedAt: '2026-01-01T03:00:00.000Z',
        ttd: 10 * MINUTE,
        ttr: 120 * MINUTE,
      },
      {
        id: ids.three,
        number: expect.stringMatching(/^INC-/),
        title: 'three',
        restricted: false,
        severity: 'SEV2',
        impactStartedAt: '2026-01-15T10:00:00.000Z',
        ttd: null,
        ttr: 30 * MINUTE,
      },
      {
        id: ids.live,
        number: expect.stringMatching(/^INC-/),
        title: 'live',
        restricted: false,
        severity: 'SEV3',
        impactStartedAt: '2026-03-01T10:00:00.000Z',
        ttd: 15 * MINUTE,
        ttr: null,
      },
    ]);
  });

  it('keeps the latest incidents as points when there are more than a chart shows', async () => {
    const store = new DatabaseIncidentMetricsStore(knex);
    const { count, points } = await store.getAggregates({
      filter: { entityRef: CHECKOUT },
      bucket: 'month',
      pointsLimit: 2,
      expectedSeverities: ['SEV1', 'SEV2', 'SEV3'],
    });
    expect(count).toBe(4);
    expect(points.map(p => p.title)).toEqual(['three', 'live']);
  });

  it('answers an empty range with zero counts', async () => {
    const body = await metrics(
      'from=2020-01-01T00:00:00Z&to=2020-03-01T00:00:00Z',
    );
    expect(body).toMatchObject({
      count: 0,
      ttd: none,
      ttr: none,
      bySeverity: [],
      points: [],
    });
    expect(body.buckets.map((b: any) => b.count)).toEqual([0, 0]);
  });

  it.each([
    ['an unknown bucket', 'bucket=day', /bucket/],
    ['a malformed date', 'from=last-week', /from/],
    [
      'a date the calendar does not have',
      'from=2026-02-30T00:00:00Z',
      /from: '2026-02-30T00:00:00Z' is not a date and time/,
    ],
    [
      'a month 13, which the format check lets through',
      'to=2026-13-01T00:00:00Z',
      /to: '2026-13-01T00:00:00Z' is not a date and time/,
    ],
    [
      'a range that ends before it starts',
      'from=2026-03-01T00:00:00Z&to=2026-01-01T00:00:00Z',
      /from, to: the range ends \(2026-01-01T00:00:00.000Z\) before it starts \(2026-03-01T00:00:00.000Z\)/,
    ],
    ['a malformed entity ref', 'entityRef=%3A', /entityRef/],
    [
      'a range of too many buckets',
      'from=1990-01-01T00:00:00Z&to=2026-01-01T00:00:00Z&bucket=week',
      /bucket: .* more than 520 weeks/,
    ],
  ])('rejects %s with a 400', async (_name, query, message) => {
    const res = await request(backend.server)
      .get(`/api/incidents/metrics?${query}`)
      .set('Authorization', mockCredentials.user.header('user:default/guest'));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('refuses a range of too many buckets before reading any fact', async () => {
    const statements: string[] = [];
    const record = (query: { sql: string }) => statements.push(query.sql);
    knex.on('query', record);
    try {
      const res = await request(backend.server)
        .get(
          '/api/incidents/metrics?from=1990-01-01T00:00:00Z&to=2026-01-01T00:00:00Z&bucket=week',
        )
        .set(
          'Authorization',
          mockCredentials.user.header('user:default/guest'),
        );
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({
        code: 'too-many-buckets',
        values: { bucket: 'week', max: 520 },
      });
    } finally {
      knex.off('query', record);
    }
    expect(
      statements.filter(sql => sql.includes('incident_metric_facts')),
    ).toEqual([]);
  });

  it('needs credentials', async () => {
    const res = await request(backend.server)
      .get('/api/incidents/metrics')
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
  });
});

describe.each(databases.eachSupportedId())(
  'metrics follow changes on %s',
  databaseId => {
    it('reflects an edited milestone, severity and status right away', async () => {
      const backend = await startIncidentsBackend({
        knex: await databases.init(databaseId),
      });
      try {
        const api = request(backend.server);
        const auth = {
          Authorization: mockCredentials.user.header('user:default/guest'),
        };
        const metrics = async () =>
          (
            await api
              .get(`/api/incidents/metrics?entityRef=${CHECKOUT}`)
              .set(auth)
          ).body;
        const declared = await api
          .post('/api/incidents/incidents')
          .set(auth)
          .send({
            title: 'Checkout slow',
            severity: 'SEV3',
            entityRefs: [CHECKOUT],
            impactStartedAt: '2026-05-01T10:00:00Z',
            detectedAt: '2026-05-01T10:10:00Z',
          });
        expect((await metrics()).ttr.n).toBe(0);

        await api
          .patch(`/api/incidents/incidents/${declared.body.id}`)
          .set(auth)
          .send({ severity: 'SEV1', detectedAt: '2026-05-01T10:20:00Z' })
          .expect(200);
        await api
          .post(`/api/incidents/incidents/${declared.body.id}/transitions`)
          .set(auth)
          .send({ status: 'resolved', at: '2026-05-01T12:00:00Z' })
          .expect(200);

        const after = await metrics();
        expect(after.bySeverity.map((s: any) => s.severity)).toEqual(['SEV1']);
        expect(after.ttd.p50).toBe(20 * MINUTE);
        expect(after.ttr.p50).toBe(120 * MINUTE);
      } finally {
        await backend.stop();
      }
    });
  },
);
