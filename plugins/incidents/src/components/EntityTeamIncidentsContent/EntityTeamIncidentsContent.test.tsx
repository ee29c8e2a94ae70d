import { Entity } from '@backstage/catalog-model';
import { screen, within } from '@testing-library/react';
import {
  anIncident,
  mockIncidentsApi,
  testEntities,
} from '../../__testUtils__/fixtures';
import { emptyMetrics, someMetrics } from '../../__testUtils__/metricsFixtures';
import { renderWithApis } from '../../__testUtils__/render';
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
});
