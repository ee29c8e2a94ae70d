import { Entity } from '@backstage/catalog-model';
import { screen } from '@testing-library/react';
import {
  anIncident,
  mockIncidentsApi,
  testEntities,
} from '../../../__testUtils__/fixtures';
import { someMetrics } from '../../../__testUtils__/metricsFixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { EntityIncidentsContent } from './EntityIncidentsContent';

// The charts' module (and the charts library it imports) stands for the chunk the
// browser downloads: the factory runs when the module is first requested.
const mockChartsRequested = jest.fn();
jest.mock('../../metrics/IncidentMetricsView', () => {
  mockChartsRequested();
  return jest.requireActual('../../metrics/IncidentMetricsView');
});

jest.setTimeout(30_000);

const cartService = testEntities[0] as Entity;

function apiWith(past: ReturnType<typeof anIncident>[]) {
  const api = mockIncidentsApi({
    listIncidents: jest.fn(async query =>
      query.status?.includes('active')
        ? { items: [], totalItems: 0 }
        : { items: past, totalItems: past.length },
    ),
  });
  api.getMetrics.mockResolvedValue(someMetrics());
  return api;
}

// Jest keeps a module once it is requested, so the entity without incidents comes first.
describe('EntityIncidentsContent and the chart code', () => {
  it('does not request the charts for an entity without incidents', async () => {
    await renderWithApis(<EntityIncidentsContent />, {
      api: apiWith([]),
      entity: cartService,
    });
    expect(
      await screen.findByText('No incident on Cart service yet'),
    ).toBeInTheDocument();
    // A request started while the tab loaded would have reached the module by now.
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(mockChartsRequested).not.toHaveBeenCalled();
  });

  it('requests and draws them for an entity with incidents', async () => {
    await renderWithApis(<EntityIncidentsContent />, {
      api: apiWith([anIncident({ status: 'resolved' })]),
      entity: cartService,
    });
    expect(
      await screen.findByRole('region', { name: 'Time to detect' }),
    ).toBeInTheDocument();
    expect(mockChartsRequested).toHaveBeenCalledTimes(1);
  });
});
