import { createTestDatabases } from '../__testUtils__/testDatabases';
import {
  ago,
  as,
  GUEST,
  HOUR,
  useIncidentsBackend,
} from '../__testUtils__/incidentsApi';

jest.setTimeout(60_000);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'incident routes: a severity to be assessed on %s',
  databaseId => {
    const { api, declare, expectRejected } = useIncidentsBackend(
      databases,
      databaseId,
    );

    const declareUnassessed = (body: Record<string, unknown> = {}) =>
      declare({ severity: undefined, ...body });

    const timelineOf = async (id: string) =>
      (
        await api()
          .get(`/api/incidents/incidents/${id}/timeline`)
          .set(as(GUEST))
      ).body.items;

    it('declares with what is wrong and where: the severity is null, to be assessed', async () => {
      const res = await api()
        .post('/api/incidents/incidents')
        .set(as(GUEST))
        .send({
          title: 'Checkout feels slow',
          entityRefs: ['component:default/checkout-web'],
        });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        title: 'Checkout feels slow',
        severity: null,
        status: 'active',
      });
      expect(await timelineOf(res.body.id)).toEqual([
        expect.objectContaining({
          kind: 'declared',
          body: 'Declared a not yet assessed incident affecting component:default/checkout-web',
          data: expect.objectContaining({ severity: null }),
        }),
      ]);

      const explicitNull = await declare({ severity: null });
      expect(explicitNull.severity).toBeNull();
    });

    it('sets the severity later through the edit, writing the change from "to be assessed"', async () => {
      const incident = await declareUnassessed();
      const res = await api()
        .patch(`/api/incidents/incidents/${incident.id}`)
        .set(as(GUEST))
        .send({ severity: 'SEV2' });
      expect(res.status).toBe(200);
      expect(res.body.severity).toBe('SEV2');
      expect(
        (await timelineOf(incident.id)).filter(
          (entry: any) => entry.kind === 'severity-changed',
        ),
      ).toEqual([
        expect.objectContaining({
          body: 'Changed the severity from to be assessed to SEV2',
          data: { from: null, to: 'SEV2' },
        }),
      ]);
    });

    it('still refuses a severity that is not configured, naming the field', async () => {
      const incident = await declareUnassessed();
      await expectRejected(
        () =>
          api()
            .patch(`/api/incidents/incidents/${incident.id}`)
            .set(as(GUEST))
            .send({ severity: 'SEV9' }),
        /severity: 'SEV9' is not one of SEV1, SEV2, SEV3/,
      );
      await expectRejected(
        () =>
          api()
            .post('/api/incidents/incidents')
            .set(as(GUEST))
            .send({
              title: 'Checkout is down',
              severity: '',
              entityRefs: ['component:default/checkout-web'],
            }),
        /severity/,
      );
    });

    it('resolves before the severity is assessed, but closes only once it is', async () => {
      const incident = await declareUnassessed();
      const transition = (status: string) =>
        api()
          .post(`/api/incidents/incidents/${incident.id}/transitions`)
          .set(as(GUEST))
          .send({ status });
      expect((await transition('resolved')).status).toBe(200);

      const refused = await transition('closed');
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toBe(
        `${incident.number} cannot be closed while its severity is to be assessed: set the severity first, it decides whether a postmortem is required`,
      );
      expect(refused.body.error).toMatchObject({
        code: 'close-needs-severity',
        values: { number: incident.number },
      });

      await api()
        .patch(`/api/incidents/incidents/${incident.id}`)
        .set(as(GUEST))
        .send({ severity: 'SEV3' });
      expect((await transition('closed')).status).toBe(200);
    });

    it('lists and counts the incidents to be assessed on their own', async () => {
      // A window of their own, apart from the other tests' incidents.
      const window = 'from=2024-01-01T00:00:00Z&to=2024-02-01T00:00:00Z';
      const inWindow = (hours: number) =>
        new Date(Date.parse('2024-01-10T00:00:00Z') + hours * HOUR);
      const past = (severity: string | undefined, hours: number) =>
        declare({
          severity,
          mode: 'retrospective',
          impactStartedAt: inWindow(hours).toISOString(),
          resolvedAt: inWindow(hours + 1).toISOString(),
        });
      const unassessed = await past(undefined, 0);
      const sev1 = await past('SEV1', 2);
      await past('SEV3', 4);

      const list = async (query: string) =>
        (
          await api()
            .get(`/api/incidents/incidents?${query}&${window}`)
            .set(as(GUEST))
        ).body.items.map((i: any) => i.id);
      expect(await list('severity=unassessed')).toEqual([unassessed.id]);
      expect(await list('severity=unassessed&severity=SEV1')).toEqual([
        sev1.id,
        unassessed.id,
      ]);

      const metrics = await api()
        .get(`/api/incidents/metrics?${window}&bucket=month`)
        .set(as(GUEST));
      expect(metrics.status).toBe(200);
      expect(metrics.body.count).toBe(3);
      expect(
        metrics.body.bySeverity.map((s: any) => [s.severity, s.count]),
      ).toEqual([
        ['SEV1', 1],
        ['SEV3', 1],
        [null, 1],
      ]);
      expect(metrics.body.buckets).toEqual([
        expect.objectContaining({
          count: 3,
          countBySeverity: { SEV1: 1, SEV3: 1 },
          countUnassessed: 1,
        }),
      ]);
      expect(
        metrics.body.points.find((p: any) => p.id === unassessed.id).severity,
      ).toBeNull();

      const onlyUnassessed = await api()
        .get(`/api/incidents/metrics?${window}&severity=unassessed`)
        .set(as(GUEST));
      expect(onlyUnassessed.body.count).toBe(1);
    });

    it('has no postmortem requirement until the severity is assessed', async () => {
      const incident = await declareUnassessed({ impactStartedAt: ago(HOUR) });
      const postmortem = async () =>
        (
          await api()
            .get(`/api/incidents/incidents/${incident.id}/postmortem`)
            .set(as(GUEST))
        ).body;
      expect((await postmortem()).required).toBeNull();
      await api()
        .patch(`/api/incidents/incidents/${incident.id}`)
        .set(as(GUEST))
        .send({ severity: 'SEV1' });
      expect((await postmortem()).required).toBe(true);
    });
  },
);
