import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SkipToContentLink } from './MainContent';

describe('SkipToContentLink', () => {
  it('is the first Tab stop and takes focus to the page heading', async () => {
    await renderInTestApp(
      <>
        <SkipToContentLink />
        <nav>
          <a href="/catalog">Catalog</a>
        </nav>
        <main>
          <h1 tabIndex={-1}>Incidents</h1>
        </main>
      </>,
    );
    await userEvent.tab();
    const link = screen.getByRole('link', { name: 'Skip to content' });
    expect(link).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Incidents' })).toHaveFocus();
  });
});
