import { screen, within } from '@testing-library/react';
import { aKnownError } from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import {
  restoreScreenAfterEach,
  screenIs,
} from '../../../__testUtils__/screenWidth';
import { KnownErrorsTable } from './KnownErrorsTable';

function renderTable() {
  return renderWithApis(
    <KnownErrorsTable
      title="Known errors"
      knownErrors={[aKnownError()]}
      columns={['lastSeen']}
    />,
  );
}

function headers() {
  return screen.getAllByRole('columnheader').map(header => header.textContent);
}

jest.setTimeout(30_000);

describe('KnownErrorsTable', () => {
  restoreScreenAfterEach();

  it('shows every column on a wide screen', async () => {
    screenIs(false);
    await renderTable();
    expect(headers()).toEqual([
      'Known error',
      'Problem',
      'Status',
      'Services',
      'Workaround',
      'Incidents',
      'Last seen',
    ]);
  });

  it('keeps the number over the problem, and the status, on a phone', async () => {
    screenIs(true);
    await renderTable();
    expect(headers()).toEqual(['Problem', 'Status']);
    const row = screen
      .getByRole('link', { name: 'Basket cache serves stale prices' })
      .closest('tr')!;
    expect(within(row).getByText('KE-3')).toBeInTheDocument();
    expect(within(row).getByText('Workaround available')).toBeInTheDocument();
  });
});
