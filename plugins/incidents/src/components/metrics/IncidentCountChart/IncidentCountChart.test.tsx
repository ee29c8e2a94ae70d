import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { testConfig } from '../../../__testUtils__/fixtures';
import {
  emptyMetrics,
  someMetrics,
} from '../../../__testUtils__/metricsFixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { IncidentCountChart } from './IncidentCountChart';

jest.setTimeout(30_000);

function cellsOf(row: HTMLElement) {
  return within(row)
    .getAllByRole('cell')
    .map(cell => cell.textContent);
}

describe('IncidentCountChart', () => {
  it('stacks the incidents of each period by severity', async () => {
    const { container } = await renderWithApis(
      <IncidentCountChart
        metrics={someMetrics()}
        severities={testConfig.severities}
      />,
    );
    const card = screen.getByRole('region', { name: 'Incidents by severity' });
    expect(within(card).getByText('SEV1 - Critical')).toBeInTheDocument();
    expect(within(card).getByText('SEV2 - Major')).toBeInTheDocument();
    // SEV1 in January; SEV2 in January and March.
    expect(
      container.querySelectorAll('.recharts-bar-rectangle path'),
    ).toHaveLength(3);
    // Each severity has its own fill pattern, not only its own colour.
    const fills = [
      ...container.querySelectorAll('.recharts-bar-rectangle path'),
    ].map(path => path.getAttribute('fill'));
    expect(new Set(fills).size).toBe(2);
    expect(container.querySelectorAll('pattern')).toHaveLength(2);
    expect(within(card).getByText('Jan 2026')).toBeInTheDocument();
  });

  it('shows the counts per period and severity as a table, with totals', async () => {
    await renderWithApis(
      <IncidentCountChart
        metrics={someMetrics()}
        severities={testConfig.severities}
      />,
    );
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Show as table' }),
    );
    const table = screen.getByRole('table', {
      name: 'Incidents per month and severity',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map(cell => cell.textContent),
    ).toEqual(['Period', 'SEV1 - Critical', 'SEV2 - Major', 'Total']);
    const [, january, february, march, total] =
      within(table).getAllByRole('row');
    expect(january).toHaveTextContent('January 2026');
    expect(cellsOf(january)).toEqual(['1', '1', '2']);
    expect(cellsOf(february)).toEqual(['0', '0', '0']);
    expect(cellsOf(march)).toEqual(['0', '2', '2']);
    expect(total).toHaveTextContent('Total');
    expect(cellsOf(total)).toEqual(['1', '3', '4']);
  });

  it('counts from the per-period totals, not from the loaded points', async () => {
    const metrics = someMetrics();
    await renderWithApis(
      <IncidentCountChart
        metrics={someMetrics({
          count: 5,
          buckets: metrics.buckets.map((b, i) =>
            i === 0
              ? { ...b, count: 3, countBySeverity: { SEV1: 2, SEV2: 1 } }
              : b,
          ),
        })}
        severities={testConfig.severities}
      />,
    );
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Show as table' }),
    );
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(cellsOf(rows[1])).toEqual(['2', '1', '3']);
    expect(cellsOf(rows[rows.length - 1])).toEqual(['2', '3', '5']);
  });

  it('draws empty periods when there is no incident', async () => {
    await renderWithApis(
      <IncidentCountChart
        metrics={emptyMetrics()}
        severities={testConfig.severities}
      />,
    );
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Show as table' }),
    );
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(5);
    expect(cellsOf(rows[4])).toEqual(['0']);
  });
});
