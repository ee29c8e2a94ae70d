import { aResponseError } from '../../../__testUtils__/responseErrors';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockIncidentsApi } from '../../../__testUtils__/fixtures';
import {
  emptyMetrics,
  someMetrics,
} from '../../../__testUtils__/metricsFixtures';
import { fakeSignalApi, renderWithApis } from '../../../__testUtils__/render';
import { IncidentMetricsSection } from './IncidentMetricsSection';

jest.setTimeout(30_000);

const ENTITY_REF = 'component:default/cart-service';
const signalApi = fakeSignalApi();

function section(
  api = mockIncidentsApi(),
  props: Partial<Parameters<typeof IncidentMetricsSection>[0]> = {},
) {
  return renderWithApis(
    <IncidentMetricsSection
      filter={{ entityRef: ENTITY_REF }}
      idPrefix="test"
      emptyDescription="Declare incidents on Cart service to see them here."
      {...props}
    />,
    { api, ...(props.reloadWhen && { signals: signalApi }) },
  );
}

describe('IncidentMetricsSection', () => {
  afterEach(() => jest.useRealTimers());

  it('shows progress while the metrics load', async () => {
    const api = mockIncidentsApi({
      getMetrics: jest.fn().mockReturnValue(new Promise(() => {})),
    });
    await section(api);
    expect(
      screen.getByRole('heading', {
        name: 'Time to detect and time to recover',
      }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('progressbar', { name: 'Loading the metrics' }),
    ).toBeInTheDocument();
  });

  it("loads the entity's last 12 months by month and shows the summary and charts", async () => {
    const api = mockIncidentsApi({
      getMetrics: jest.fn().mockResolvedValue(someMetrics()),
    });
    await section(api);
    expect(
      await screen.findByRole('table', { name: 'Summary' }),
    ).toBeInTheDocument();
    for (const chart of [
      'Incidents by severity',
      'Time to detect',
      'Time to recover',
    ]) {
      // Charts after the first are drawn once the first has been painted.
      expect(
        await screen.findByRole('region', { name: chart }),
      ).toBeInTheDocument();
    }
    const query = api.getMetrics.mock.calls[0][0];
    expect(query).toEqual({
      entityRef: ENTITY_REF,
      bucket: 'month',
      from: expect.any(String),
      to: expect.any(String),
    });
    const months =
      (Date.parse(query.to!) - Date.parse(query.from!)) /
      (30.44 * 24 * 3600 * 1000);
    expect(Math.round(months)).toBe(12);
  });

  it('loads again for another grouping or period', async () => {
    const api = mockIncidentsApi({
      getMetrics: jest.fn().mockResolvedValue(someMetrics()),
    });
    await section(api);
    await screen.findByRole('table', { name: 'Summary' });

    await userEvent.selectOptions(screen.getByLabelText('Group by'), 'week');
    await waitFor(() =>
      expect(api.getMetrics).toHaveBeenLastCalledWith(
        expect.objectContaining({ bucket: 'week' }),
      ),
    );
    await userEvent.selectOptions(screen.getByLabelText('Period'), 'all');
    await waitFor(() =>
      expect(api.getMetrics.mock.calls.at(-1)![0]).toEqual({
        entityRef: ENTITY_REF,
        bucket: 'week',
        to: expect.any(String),
      }),
    );
  });

  it('explains how incidents get here when there is none', async () => {
    const api = mockIncidentsApi({
      getMetrics: jest.fn().mockResolvedValue(emptyMetrics()),
    });
    await section(api);
    expect(
      await screen.findByText('No incident to measure yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Declare incidents on Cart service to see them here.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Time to detect' })).toBeNull();
  });

  it('says when the metrics could not be loaded', async () => {
    const api = mockIncidentsApi({
      getMetrics: jest
        .fn()
        .mockRejectedValue(
          await aResponseError(
            'bucket: too many weeks; choose a larger bucket',
          ),
        ),
    });
    await section(api);
    expect(
      await screen.findByText(/Could not load the metrics/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/too many weeks; choose a larger bucket/)[0],
    ).toBeInTheDocument();
  });

  it('loads again when an incident it shows changes', async () => {
    // Only the clock is faked: timers stay real for the rendering and the waits.
    jest.useFakeTimers({
      doNotFake: [
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'setImmediate',
        'clearImmediate',
        'nextTick',
        'queueMicrotask',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'requestIdleCallback',
        'cancelIdleCallback',
        'hrtime',
        'performance',
      ],
    });
    jest.setSystemTime(new Date('2026-11-22T10:00:00Z'));
    const api = mockIncidentsApi({
      getMetrics: jest.fn().mockResolvedValue(someMetrics()),
    });
    await section(api, {
      reloadWhen: signal => signal.entityRefs.includes(ENTITY_REF),
    });
    await screen.findByRole('table', { name: 'Summary' });
    expect(api.getMetrics).toHaveBeenCalledTimes(1);
    jest.setSystemTime(new Date('2026-11-22T11:30:00Z'));
    act(() =>
      signalApi.incidentChanged({
        incidentId: 'x',
        entityRefs: ['component:default/payments-gateway'],
      }),
    );
    act(() =>
      signalApi.incidentChanged({ incidentId: 'y', entityRefs: [ENTITY_REF] }),
    );
    await waitFor(() => expect(api.getMetrics).toHaveBeenCalledTimes(2));
    // The period moves on to the time of the change: an incident that just started counts.
    expect(api.getMetrics.mock.calls.map(([query]) => query.to)).toEqual([
      '2026-11-22T10:00:00.000Z',
      '2026-11-22T11:30:00.000Z',
    ]);
  });
});
