import { screen } from '@testing-library/react';
import { renderWithApis } from '../../../__testUtils__/render';
import { IncidentMetricsSidebarItem } from './IncidentMetricsSidebarItem';

describe('IncidentMetricsSidebarItem', () => {
  it.each([
    ['/incidents/metrics', 'page'],
    ['/incidents', null],
    ['/incidents/INC-7', null],
  ])('at %s has aria-current %s', async (path, ariaCurrent) => {
    await renderWithApis(<IncidentMetricsSidebarItem />, {
      routeEntries: [path],
    });
    const link = screen.getByRole('link', { name: 'Incident metrics' });
    expect(link.getAttribute('href')).toBe('/incidents/metrics');
    expect(link.getAttribute('aria-current')).toBe(ariaCurrent);
  });
});
