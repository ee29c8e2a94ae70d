import { screen } from '@testing-library/react';
import { renderWithApis } from '../../../__testUtils__/render';
import { IncidentsSidebarItem } from './IncidentsSidebarItem';

describe('IncidentsSidebarItem', () => {
  it.each([
    ['/incidents', 'page'],
    ['/incidents/INC-7', 'page'],
    // the metrics page has its own item
    ['/incidents/metrics', null],
    ['/catalog', null],
  ])('at %s has aria-current %s', async (path, ariaCurrent) => {
    await renderWithApis(<IncidentsSidebarItem />, { routeEntries: [path] });
    expect(
      screen
        .getByRole('link', { name: 'Incidents' })
        .getAttribute('aria-current'),
    ).toBe(ariaCurrent);
  });
});
