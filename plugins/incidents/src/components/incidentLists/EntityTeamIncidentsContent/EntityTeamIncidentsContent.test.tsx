import { Entity } from '@backstage/catalog-model';
import { act, screen, waitFor, within } from '@testing-library/react';
import {
  anIncident,
  mockIncidentsApi,
  mockPostmortemsApi,
  someActionItemSlo,
  testEntities,
} from '../../../__testUtils__/fixtures';
import {
  emptyMetrics,
  someMetrics,
} from '../../../__testUtils__/metricsFixtures';
import { fakeSignalApi, renderWithApis } from '../../../__testUtils__/render';
import { EntityTeamIncidentsContent } from './EntityTeamIncidentsContent';

jest.setTimeout(30_000);

const storefront = testEntities.find(
  e => e.metadata.name === 'storefront-team',
) as Entity;
const TEAM_REF = 'group:default/storefront-team';

describe('EntityTeamIncidentsContent', () => {
  it("shows the team's active incidents and its metrics across what it owns", async () => {
    const api = mockIncidentsApi({
      listIncidents: jest.fn().mockResolvedValue({
        items: [anIncident({ number: 'INC-9', title: 'Checkout returns 502' })],
        totalItems: 1,
      }),
      getMetrics: jest.fn().mockResolvedValue(someMetrics()),
    });
    await renderWithApis(<EntityTeamIncidentsContent />, {
      api,
      entity: storefront,
    });

    const active = await screen.findByRole('region', {
      name: 'Active incidents on what Storefront owns',
    });
    expect(
      within(active).getByRole('link', { name: 'INC-9' }),
    ).toBeInTheDocument();
    expect(api.listIncidents).toHaveBeenCalledWith(
      expect.objectContaining({
        ownerRef: TEAM_REF,
        status: ['active', 'mitigated'],
      }),
    );

    const metrics = screen.getByRole('region', {
      name: 'Time to detect and time to recover',
    });
    expect(
      within(metrics).getByText(
        'Incidents on the services, systems, APIs and resources Storefront owned when each incident was declared.',
      ),
    ).toBeInTheDocument();
    expect(
      await within(metrics).findByRole('region', { name: 'Time to recover' }),
    ).toBeInTheDocument();
    expect(api.getMetrics).toHaveBeenCalledWith(
      expect.objectContaining({ ownerRef: TEAM_REF, bucket: 'month' }),
    );
    expect(api.getMetrics.mock.calls[0][0]).not.toHaveProperty('entityRef');
  });

  it("lists the team's past incidents page by page and links to all of them", async () => {
    const api = mockIncidentsApi({
      listIncidents: jest.fn().mockImplementation(async query =>
        query.status.includes('resolved')
          ? {
              items: [
                anIncident({
                  number: 'INC-3',
                  title: 'Slow basket pages',
                  status: 'resolved',
                }),
              ],
              totalItems: 11,
              nextCursor: query.cursor ? undefined : 'page-2',
            }
          : { items: [], totalItems: 0 },
      ),
      getMetrics: jest.fn().mockResolvedValue(emptyMetrics()),
    });
    await renderWithApis(<EntityTeamIncidentsContent />, {
      api,
      entity: storefront,
    });

    const past = await screen.findByRole('region', {
      name: 'Past incidents on what Storefront owns',
    });
    expect(
      await within(past).findByRole('link', { name: 'INC-3' }),
    ).toBeInTheDocument();
    expect(api.listIncidents).toHaveBeenCalledWith(
      expect.objectContaining({
        ownerRef: TEAM_REF,
        status: ['resolved', 'closed'],
        limit: 10,
      }),
    );
    expect(
      within(past).getByRole('link', { name: 'All incidents of Storefront' }),
    ).toHaveAttribute(
      'href',
      `/incidents?owner=${encodeURIComponent(TEAM_REF)}`,
    );
    expect(within(past).getByRole('button', { name: /next/i })).toBeEnabled();
  });

  it('explains where team metrics come from when there are none', async () => {
    const api = mockIncidentsApi({
      getMetrics: jest.fn().mockResolvedValue(emptyMetrics()),
    });
    await renderWithApis(<EntityTeamIncidentsContent />, {
      api,
      entity: storefront,
    });
    expect(
      await screen.findByText('No active incident on what Storefront owns.'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        /appear here once incidents on what Storefront owns in this period/,
      ),
    ).toBeInTheDocument();
  });

  it('reloads its incidents and metrics when an incident of the team changes, and only then', async () => {
    const signals = fakeSignalApi();
    const api = mockIncidentsApi({
      listIncidents: jest.fn().mockResolvedValue({ items: [], totalItems: 0 }),
      getMetrics: jest.fn().mockResolvedValue(someMetrics()),
    });
    await renderWithApis(<EntityTeamIncidentsContent />, {
      api,
      entity: storefront,
      signals,
    });
    await screen.findByRole('region', { name: 'Time to recover' });
    const listsBefore = api.listIncidents.mock.calls.length;
    const metricsBefore = api.getMetrics.mock.calls.length;

    act(() =>
      signals.incidentChanged({
        incidentId: 'other',
        entityRefs: ['component:default/payments-gateway'],
        ownerRefs: ['group:default/payments-team'],
      }),
    );
    await new Promise(r => setTimeout(r, 50));
    expect(api.listIncidents.mock.calls.length).toBe(listsBefore);
    expect(api.getMetrics.mock.calls.length).toBe(metricsBefore);

    act(() =>
      signals.incidentChanged({
        incidentId: 'ours',
        number: 'INC-100',
        entityRefs: ['component:default/checkout-web'],
        ownerRefs: [TEAM_REF],
      }),
    );
    await waitFor(() => {
      expect(api.listIncidents.mock.calls.length).toBeGreaterThan(listsBefore);
      expect(api.getMetrics.mock.calls.length).toBeGreaterThan(metricsBefore);
    });
  });

  it('shows how many of the action items the team owns were done on time', async () => {
    const postmortemsApi = mockPostmortemsApi({
      getActionItemSlo: jest.fn().mockResolvedValue(someActionItemSlo()),
    });
    await renderWithApis(<EntityTeamIncidentsContent />, {
      postmortemsApi,
      entity: storefront,
    });
    const slo = await screen.findByRole('region', {
      name: 'Action items done on time',
    });
    expect(
      within(slo).getByText(
        'The action items Storefront owns, from every postmortem.',
      ),
    ).toBeInTheDocument();
    expect(
      await within(slo).findByRole('table', {
        name: 'Action items done on time, by affected service',
      }),
    ).toBeInTheDocument();
    expect(postmortemsApi.getActionItemSlo).toHaveBeenCalledWith(
      expect.objectContaining({ ownerRef: TEAM_REF, bucket: 'month' }),
    );
  });
});
