import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { KnownErrorSearchResultListItem } from './KnownErrorSearchResultListItem';

describe('KnownErrorSearchResultListItem', () => {
  it('links to the known error and shows its text, status, entity and last change', async () => {
    await renderInTestApp(
      <KnownErrorSearchResultListItem
        result={{
          title: 'KE-3 · Cart sessions lost on deploy',
          text: 'Baskets empty after a deploy.\n\nDrain the pods one at a time.',
          location: '/known-errors/KE-3',
          number: 'KE-3',
          status: 'workaround',
          entityRef: 'api:default/payments-api',
          updatedAt: '2026-11-22T10:00:00Z',
        }}
      />,
    );
    expect(
      screen.getByRole('link', { name: 'KE-3 · Cart sessions lost on deploy' }),
    ).toHaveAttribute('href', '/known-errors/KE-3');
    expect(
      screen.getByText(/Drain the pods one at a time\./),
    ).toBeInTheDocument();
    expect(screen.getByText('Known error')).toBeInTheDocument();
    expect(screen.getByText('Workaround available')).toBeInTheDocument();
    expect(screen.getByText('Affects api:payments-api')).toBeInTheDocument();
    expect(screen.getByText(/^Updated .*2026/)).toBeInTheDocument();
  });
});
