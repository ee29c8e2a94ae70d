import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTime } from 'luxon';
import { Route, Routes } from 'react-router-dom';
import {
  mockIncidentsApi,
  mockPostmortemsApi,
  someActionItemSlo,
} from '../../../__testUtils__/fixtures';
import {
  emptyMetrics,
  someMetrics,
} from '../../../__testUtils__/metricsFixtures';
import { renderWithApis } from '../../../__testUtils__/render';
// The page is reached through the router, as in the app; only this test imports upwards.
// eslint-disable-next-line import/no-restricted-paths
import { IncidentsRouter } from '../../incidentLists';

jest.setTimeout(30_000);

async function renderMetricsPage(
  api = mockIncidentsApi(),
  postmortemsApi = mockPostmortemsApi(),
) {
  // Mounted where the app mounts the incidents page, so /metrics must win over /:id.
  return renderWithApis(
    <Routes>
      <Route path="/incidents/*" element={<IncidentsRouter />} />
    </Routes>,
    { api, postmortemsApi, routeEntries: ['/incidents/metrics'] },
  );
}

describe('IncidentMetricsPage', () => {
  it('is at /incidents/metrics and shows the last 12 months of every incident', async () => {
    const api = mockIncidentsApi({
      getMetrics: jest.fn().mockResolvedValue(someMetrics()),
    });
    await renderMetricsPage(api);
    expect(
      await screen.findByRole('heading', { name: 'Incident metrics' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('region', { name: 'Time to detect' }),
    ).toBeInTheDocument();
    expect(api.getIncident).not.toHaveBeenCalled();

    const query = api.getMetrics.mock.calls[0][0];
    expect(query.bucket).toBe('month');
    expect(query.ownerRef).toBeUndefined();
    expect(query.entityRef).toBeUndefined();
    expect(DateTime.fromISO(query.from!).toISODate()).toBe(
      DateTime.local().minus({ months: 12 }).toISODate(),
    );
    expect(DateTime.fromISO(query.to!).toISODate()).toBe(
      DateTime.local().plus({ days: 1 }).toISODate(),
    );
    expect(screen.getByLabelText('Started on or after')).toHaveValue(
      DateTime.local().minus({ months: 12 }).toISODate(),
    );
    expect(
      screen.getByRole('button', { name: 'All incidents' }),
    ).toHaveAttribute('href', '/incidents');
  });

  it('filters by team, severity and grouping', async () => {
    const api = mockIncidentsApi({
      getMetrics: jest.fn().mockResolvedValue(someMetrics()),
    });
    await renderMetricsPage(api);
    await screen.findByRole('region', { name: 'Time to detect' });

    const team = screen.getByRole('textbox', { name: 'Owner team' });
    await userEvent.type(team, 'Store');
    await userEvent.click(
      await screen.findByRole('option', { name: /Storefront/ }),
    );
    await waitFor(() =>
      expect(api.getMetrics).toHaveBeenLastCalledWith(
        expect.objectContaining({ ownerRef: 'group:default/storefront-team' }),
      ),
    );

    await userEvent.click(screen.getByRole('button', { name: /Severity/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: /SEV1 - Critical/ }),
    );
    await waitFor(() =>
      expect(api.getMetrics).toHaveBeenLastCalledWith(
        expect.objectContaining({
          ownerRef: 'group:default/storefront-team',
          severity: ['SEV1'],
        }),
      ),
    );
    await userEvent.keyboard('{Escape}');

    await userEvent.selectOptions(screen.getByLabelText('Group by'), 'quarter');
    await waitFor(() =>
      expect(api.getMetrics).toHaveBeenLastCalledWith(
        expect.objectContaining({ bucket: 'quarter', severity: ['SEV1'] }),
      ),
    );
  });

  it('filters on the incidents whose severity is still to be assessed', async () => {
    const api = mockIncidentsApi({
      getMetrics: jest.fn().mockResolvedValue(someMetrics()),
    });
    await renderMetricsPage(api);
    await screen.findByRole('region', { name: 'Time to detect' });
    await userEvent.click(screen.getByRole('button', { name: /Severity/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: /To be assessed/ }),
    );
    await waitFor(() =>
      expect(api.getMetrics).toHaveBeenLastCalledWith(
        expect.objectContaining({ severity: ['unassessed'] }),
      ),
    );
  });

  it('explains an empty result and how to widen it', async () => {
    const api = mockIncidentsApi({
      getMetrics: jest.fn().mockResolvedValue(emptyMetrics()),
    });
    await renderMetricsPage(api);
    const empty = await screen.findByText('No incident to measure yet');
    expect(
      within(empty.parentElement!.parentElement!).getByText(
        /No incident matches these filters in this period/,
      ),
    ).toBeInTheDocument();
  });

  it('shows the action items done on time for the same team, service and dates, by month or quarter', async () => {
    const postmortemsApi = mockPostmortemsApi({
      getActionItemSlo: jest.fn().mockResolvedValue(someActionItemSlo()),
    });
    await renderMetricsPage(
      mockIncidentsApi({
        getMetrics: jest.fn().mockResolvedValue(someMetrics()),
      }),
      postmortemsApi,
    );
    const slo = await screen.findByRole('region', {
      name: 'Action items done on time',
    });
    expect(
      await within(slo).findByRole('table', {
        name: 'Action items done on time, by owner team',
      }),
    ).toBeInTheDocument();
    expect(
      within(slo).getByRole('table', {
        name: 'Action items done on time, by affected service',
      }),
    ).toBeInTheDocument();
    const query = postmortemsApi.getActionItemSlo.mock.calls[0][0];
    expect(query.bucket).toBe('month');
    expect(DateTime.fromISO(query.from!).toISODate()).toBe(
      DateTime.local().minus({ months: 12 }).toISODate(),
    );

    const team = screen.getByRole('textbox', { name: 'Owner team' });
    await userEvent.type(team, 'Store');
    await userEvent.click(
      await screen.findByRole('option', { name: /Storefront/ }),
    );
    await waitFor(() =>
      expect(postmortemsApi.getActionItemSlo).toHaveBeenLastCalledWith(
        expect.objectContaining({ ownerRef: 'group:default/storefront-team' }),
      ),
    );
    // Action items are due on days: a week grouping counts them by month.
    await userEvent.selectOptions(screen.getByLabelText('Group by'), 'week');
    await waitFor(() =>
      expect(postmortemsApi.getActionItemSlo).toHaveBeenLastCalledWith(
        expect.objectContaining({ bucket: 'month' }),
      ),
    );
    await userEvent.selectOptions(screen.getByLabelText('Group by'), 'quarter');
    await waitFor(() =>
      expect(postmortemsApi.getActionItemSlo).toHaveBeenLastCalledWith(
        expect.objectContaining({ bucket: 'quarter' }),
      ),
    );
  });
});
