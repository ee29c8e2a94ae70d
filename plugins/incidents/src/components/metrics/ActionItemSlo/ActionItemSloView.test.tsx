import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  emptyActionItemSlo,
  someActionItemSlo,
} from '../../../__testUtils__/fixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { ActionItemSloView } from './ActionItemSloView';

jest.setTimeout(30_000);

describe('ActionItemSloView', () => {
  it('shows the share done on time overall, as a trend with its table, by team and by service', async () => {
    await renderWithApis(
      <ActionItemSloView
        slo={someActionItemSlo()}
        breakdowns={['byTeam', 'byService']}
      />,
    );
    const overall = screen.getByRole('row', { name: /All action items/ });
    expect(
      within(overall)
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    ).toEqual(['6', '3', '50%', '1']);

    const trend = screen.getByRole('region', {
      name: 'Action items done on time, per month of their due date',
    });
    await userEvent.click(
      within(trend).getByRole('checkbox', { name: 'Show as table' }),
    );
    const table = within(trend).getByRole('table', {
      name: 'Action items done on time, per month of their due date',
    });
    expect(
      within(table)
        .getAllByRole('row')
        .map(row => row.textContent),
    ).toEqual([
      'PeriodDueDone by the due dateDone on timeOpen and overdue',
      'January 20264375%0',
      'February 2026200%1',
    ]);
    expect(
      within(
        screen.getByRole('table', {
          name: 'Action items done on time, by owner team',
        }),
      ).getByRole('link', { name: /storefront-team/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('table', {
        name: 'Action items done on time, by affected service',
      }),
    ).toBeInTheDocument();
  });

  it('says when nothing was due yet', async () => {
    await renderWithApis(
      <ActionItemSloView slo={emptyActionItemSlo()} breakdowns={['byTeam']} />,
    );
    expect(
      screen.getByText('No action item was due in this period yet.'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('row', { name: /All action items/ })).getByText(
        'Nothing due',
      ),
    ).toBeInTheDocument();
  });
});
