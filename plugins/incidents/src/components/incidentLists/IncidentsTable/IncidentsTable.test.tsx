import { DEFAULT_SEVERITIES } from '@incident-response/backstage-plugin-incidents-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anIncident } from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import {
  restoreScreenAfterEach,
  screenIs,
} from '../../../__testUtils__/screenWidth';
import { IncidentsTable } from './IncidentsTable';

const incident = anIncident({
  number: 'INC-9',
  title: 'Checkout returns 502',
  severity: 'SEV1',
});

function renderTable() {
  return renderWithApis(
    <IncidentsTable
      title="Incidents"
      incidents={[incident]}
      severities={[...DEFAULT_SEVERITIES]}
      columns={['services', 'owners', 'roles']}
      filters={<input aria-label="Search" />}
    />,
  );
}

jest.setTimeout(30_000);

describe('IncidentsTable', () => {
  restoreScreenAfterEach();

  it('shows every column and the filters on a wide screen', async () => {
    screenIs(false);
    await renderTable();
    const headers = screen
      .getAllByRole('columnheader')
      .map(header => header.textContent);
    expect(headers).toEqual([
      'Incident',
      'What is wrong',
      'Severity',
      'Status',
      'Led by',
      'Affected',
      'Owners',
    ]);
    expect(screen.getByRole('textbox', { name: 'Search' })).toBeVisible();
  });

  it('keeps number, title, severity and status in two columns on a phone, filters behind a button', async () => {
    screenIs(true);
    await renderTable();
    expect(
      screen.getAllByRole('columnheader').map(header => header.textContent),
    ).toEqual(['What is wrong', 'Severity']);
    const row = screen
      .getByRole('link', { name: 'Checkout returns 502' })
      .closest('tr')!;
    expect(within(row).getByText('INC-9')).toBeInTheDocument();
    expect(within(row).getByText('SEV1')).toBeInTheDocument();
    expect(within(row).getByText('Active')).toBeInTheDocument();

    const show = screen.getByRole('button', { name: 'Show filters' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('textbox', { name: 'Search' })).toBeNull();
    await userEvent.click(show);
    expect(show).toHaveAttribute('aria-expanded', 'true');
    expect(
      await screen.findByRole('textbox', { name: 'Search' }),
    ).toBeInTheDocument();
  });
});
