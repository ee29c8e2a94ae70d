import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { PostmortemSearchResultListItem } from './PostmortemSearchResultListItem';

describe('PostmortemSearchResultListItem', () => {
  it('links to the incident’s Postmortem tab and shows its text, status, severity, entity and last save', async () => {
    await renderInTestApp(
      <PostmortemSearchResultListItem
        result={{
          title: 'Postmortem INC-12 · Checkout returns 502',
          text: 'Checkout failed for 20 minutes.',
          location: '/incidents/INC-12/postmortem',
          number: 'INC-12',
          severity: 'SEV1',
          status: 'in-review',
          entityRef: 'component:default/checkout-web',
          updatedAt: '2026-11-22T10:00:00Z',
        }}
      />,
    );
    expect(
      screen.getByRole('link', {
        name: 'Postmortem INC-12 · Checkout returns 502',
      }),
    ).toHaveAttribute('href', '/incidents/INC-12/postmortem');
    expect(
      screen.getByText('Checkout failed for 20 minutes.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Postmortem')).toBeInTheDocument();
    expect(screen.getByText('In review')).toBeInTheDocument();
    expect(screen.getByText('Severity: SEV1')).toBeInTheDocument();
    expect(
      screen.getByText('Affects component:checkout-web'),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Updated .*2026/)).toBeInTheDocument();
  });
});
