import { screen, within } from '@testing-library/react';
import { testConfig } from '../../../__testUtils__/fixtures';
import {
  emptyMetrics,
  someMetrics,
} from '../../../__testUtils__/metricsFixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { MetricsSummary } from './MetricsSummary';

jest.setTimeout(30_000);

function rowOf(table: HTMLElement, header: RegExp | string) {
  return within(table).getByRole('rowheader', { name: header }).closest('tr')!;
}

function cellsOf(row: HTMLElement) {
  return within(row)
    .getAllByRole('cell')
    .map(cell => cell.textContent);
}

describe('MetricsSummary', () => {
  it('gives n, median, p90 and mean per indicator, and how many were left out', async () => {
    await renderWithApis(
      <MetricsSummary
        metrics={someMetrics()}
        severities={testConfig.severities}
      />,
    );
    expect(screen.getByText('4 incidents')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Summary' });
    expect(cellsOf(rowOf(table, /^Time to detect/))).toEqual([
      '3 of 4',
      '1',
      '10 min',
      '50 min',
      '25 min',
    ]);
    expect(
      within(rowOf(table, /^Time to detect/)).getByText(
        'From the start of impact to detection',
      ),
    ).toBeInTheDocument();
    expect(cellsOf(rowOf(table, /^Time to recover/))).toEqual([
      '4 of 4',
      '0',
      '2 hr 10 min',
      '1 day 2 hr',
      '9 hr',
    ]);
    expect(cellsOf(rowOf(table, /^Time to declare/))).toEqual([
      '1 of 4',
      '3',
      '4 min',
      '4 min',
      '4 min',
    ]);
    expect(
      screen.getByText(/An incident is measured when both of its milestones/),
    ).toBeInTheDocument();

    const bySeverity = screen.getByRole('table', { name: 'By severity' });
    expect(cellsOf(rowOf(bySeverity, 'SEV1 - Critical'))).toEqual([
      '1',
      '5 min',
      '1 hr',
      '1 hr',
    ]);
    expect(cellsOf(rowOf(bySeverity, 'SEV2 - Major'))).toEqual([
      '3',
      '35 min',
      '3 hr',
      '1 day 2 hr',
    ]);
  });

  it('says "No data" where nothing was measured', async () => {
    await renderWithApis(
      <MetricsSummary
        metrics={emptyMetrics()}
        severities={testConfig.severities}
      />,
    );
    const table = screen.getByRole('table', { name: 'Summary' });
    expect(cellsOf(rowOf(table, /^Time to mitigate/))).toEqual([
      '0 of 0',
      '0',
      'No data',
      'No data',
      'No data',
    ]);
    expect(screen.queryByRole('table', { name: 'By severity' })).toBeNull();
  });
});
