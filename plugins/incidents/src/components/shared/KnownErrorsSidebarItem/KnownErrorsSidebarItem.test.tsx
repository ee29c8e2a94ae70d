import { screen } from '@testing-library/react';
import { renderWithApis } from '../../../__testUtils__/render';
import { KnownErrorsSidebarItem } from './KnownErrorsSidebarItem';

describe('KnownErrorsSidebarItem', () => {
  it.each([
    ['/known-errors', 'page'],
    ['/known-errors/KE-7', 'page'],
    ['/incidents', null],
  ])('at %s has aria-current %s', async (path, ariaCurrent) => {
    await renderWithApis(<KnownErrorsSidebarItem />, { routeEntries: [path] });
    const link = screen.getByRole('link', { name: 'Known errors' });
    expect(link).toHaveAttribute('href', '/known-errors');
    expect(link.getAttribute('aria-current')).toBe(ariaCurrent);
  });
});
