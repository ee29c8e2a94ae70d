import { screen, within } from '@testing-library/react';
import { aKnownError } from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { KnownErrorsTable } from './KnownErrorsTable';

/** Makes every CSS media query match or not, as on a phone or a desktop. */
function screenIs(phone: boolean) {
  window.matchMedia = jest.fn().mockImplementation((query: string) => ({
    matches: phone,
    media: query,
    addListener: jest.fn(),
    removeListener: jest.fn(),
    addEventListener: jest.fn(),
    removeEventListener: jest.fn(),
  }));
}

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
  const matchMedia = window.matchMedia;
  afterEach(() => {
    window.matchMedia = matchMedia;
  });

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
