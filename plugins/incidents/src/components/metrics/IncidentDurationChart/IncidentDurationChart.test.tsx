import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import userEvent from '@testing-library/user-event';
import { testConfig } from '../../../__testUtils__/fixtures';
import {
  emptyMetrics,
  someMetrics,
} from '../../../__testUtils__/metricsFixtures';
import { renderWithApis } from '../../../__testUtils__/render';
import { IncidentDurationChart } from './IncidentDurationChart';

jest.setTimeout(30_000);

describe('IncidentDurationChart', () => {
  it('plots each incident by severity with the median and 90th percentile lines', async () => {
    const { container } = await renderWithApis(
      <IncidentDurationChart
        metrics={someMetrics()}
        metric="ttd"
        severities={testConfig.severities}
      />,
    );
    const card = screen.getByRole('region', { name: 'Time to detect' });
    // One symbol per incident with a detection time: INC-4 has none.
    expect(container.querySelectorAll('.recharts-scatter-symbol')).toHaveLength(
      3,
    );
    // The legend names every series in words, not only in colour.
    expect(within(card).getByText('SEV1 - Critical')).toBeInTheDocument();
    expect(within(card).getByText('SEV2 - Major')).toBeInTheDocument();
    expect(within(card).getByText('Median per month')).toBeInTheDocument();
    expect(
      within(card).getByText('90th percentile per month'),
    ).toBeInTheDocument();
    // The p90 line is dashed, the median solid.
    const lines = container.querySelectorAll('.recharts-line-curve');
    expect(lines).toHaveLength(2);
    expect(lines[0]).not.toHaveAttribute('stroke-dasharray');
    expect(lines[1]).toHaveAttribute('stroke-dasharray', '6 4');
    // Human units on the duration axis.
    expect(within(card).getByText('1 hr')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Time to detect of each incident against the start of its impact, from Jan 1, 2026 to Mar 31, 2026, with the median and 90th percentile per month.',
      ),
    ).toBeInstanceOf(SVGDescElement);
  });

  it('names the incident under the pointer and opens it on click', async () => {
    const { container } = await renderWithApis(
      <Routes>
        <Route
          path="/"
          element={
            <IncidentDurationChart
              metrics={someMetrics()}
              metric="ttd"
              severities={testConfig.severities}
            />
          }
        />
        <Route path="/incidents/:id" element={<p>The incident page</p>} />
      </Routes>,
    );
    // Points are drawn in series order: SEV1 (INC-1), then SEV2 (INC-2, INC-3).
    const symbols = container.querySelectorAll('.recharts-scatter-symbol');
    fireEvent.mouseEnter(symbols[1]);
    expect(
      await screen.findByText('INC-2: Basket totals ignore discounts'),
    ).toBeInTheDocument();
    expect(screen.getByText('Time to detect: 15 min')).toBeInTheDocument();
    expect(screen.getByText('Time to recover: 2 hr')).toBeInTheDocument();
    expect(
      screen.getByText('Click the point to open the incident'),
    ).toBeInTheDocument();

    fireEvent.click(symbols[1]);
    expect(await screen.findByText('The incident page')).toBeInTheDocument();
  });

  it('is no tab stop: Tab from its title reaches the table view, whose links name each incident', async () => {
    await renderWithApis(
      <IncidentDurationChart
        metrics={someMetrics()}
        metric="ttd"
        severities={testConfig.severities}
      />,
    );
    const card = screen.getByRole('region', { name: 'Time to detect' });
    // The drawing is a picture with its name and description, not an application.
    const chart = within(card).getByRole('img', { name: 'Time to detect' });
    expect(chart.querySelector('desc')).toHaveTextContent(
      /^Time to detect of each incident/,
    );

    await userEvent.tab();
    const toggle = within(card).getByRole('checkbox', {
      name: 'Show as table',
    });
    expect(toggle).toHaveFocus();
    await userEvent.tab();
    expect(card).not.toContainElement(document.activeElement as HTMLElement);

    await userEvent.tab({ shift: true });
    expect(toggle).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(
      within(card).queryByRole('img', { name: 'Time to detect' }),
    ).toBeNull();
    // The list of incidents scrolls in a box that takes focus, then each incident's link.
    await userEvent.tab();
    expect(document.activeElement).toHaveAccessibleName(
      'Time to detect per incident, newest first',
    );
    await userEvent.tab();
    // Newest first: INC-4, in the row header of a row with its title.
    const link = document.activeElement as HTMLElement;
    expect(link).toHaveRole('link');
    expect(link).toHaveAccessibleName('INC-4');
    expect(link.closest('tr')).toHaveTextContent(
      'Baskets emptied after cache failover',
    );
  });

  it('shows the same numbers as tables, with links to the incidents', async () => {
    await renderWithApis(
      <IncidentDurationChart
        metrics={someMetrics()}
        metric="ttr"
        severities={testConfig.severities}
      />,
    );
    const card = screen.getByRole('region', { name: 'Time to recover' });
    await userEvent.click(
      within(card).getByRole('checkbox', { name: 'Show as table' }),
    );

    const perMonth = within(card).getByRole('table', {
      name: 'Time to recover per month',
    });
    const march = within(perMonth)
      .getByRole('rowheader', { name: 'March 2026' })
      .closest('tr')!;
    expect(
      within(march)
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    ).toEqual(['2', '2', '14 hr', '1 day']);
    expect(
      within(perMonth)
        .getByRole('rowheader', { name: 'February 2026' })
        .closest('tr'),
    ).toHaveTextContent('00No dataNo data');

    const perIncident = within(card).getByRole('table', {
      name: 'Time to recover per incident, newest first',
    });
    const rows = within(perIncident).getAllByRole('row').slice(1);
    expect(rows.map(row => row.querySelector('th')?.textContent)).toEqual([
      'INC-4',
      'INC-3',
      'INC-2',
      'INC-1',
    ]);
    expect(rows[0]).toHaveTextContent('Baskets emptied after cache failover');
    expect(rows[0]).toHaveTextContent('1 day 2 hr');
    expect(
      within(rows[0]).getByRole('link', { name: 'INC-4' }),
    ).toHaveAttribute('href', '/incidents/INC-4');
  });

  it('counts a security incident the reader may not see without naming it or linking to it', async () => {
    const metrics = someMetrics();
    metrics.points[metrics.points.length - 1] = {
      ...metrics.points[metrics.points.length - 1],
      title: '',
      restricted: true,
    };
    await renderWithApis(
      <IncidentDurationChart
        metrics={metrics}
        metric="ttr"
        severities={testConfig.severities}
      />,
    );
    const card = screen.getByRole('region', { name: 'Time to recover' });
    await userEvent.click(
      within(card).getByRole('checkbox', { name: 'Show as table' }),
    );
    const perIncident = within(card).getByRole('table', {
      name: 'Time to recover per incident, newest first',
    });
    const [newest] = within(perIncident).getAllByRole('row').slice(1);
    expect(newest).toHaveTextContent('A security incident you cannot see');
    expect(within(newest).queryByRole('link')).toBeNull();
    expect(within(newest).getByRole('rowheader')).toHaveTextContent(
      metrics.points[metrics.points.length - 1].number,
    );
  });

  it('says so when no incident has both milestones', async () => {
    const { container } = await renderWithApis(
      <IncidentDurationChart
        metrics={emptyMetrics()}
        metric="ttd"
        severities={testConfig.severities}
      />,
    );
    expect(
      screen.getByText(
        'No incident in this period has both milestones recorded yet.',
      ),
    ).toBeInTheDocument();
    expect(container.querySelector('.recharts-wrapper')).toBeNull();
  });

  it('says when the points are only the most recent incidents', async () => {
    await renderWithApis(
      <IncidentDurationChart
        metrics={someMetrics({ count: 2500 })}
        metric="ttd"
        severities={testConfig.severities}
      />,
    );
    expect(
      screen.getByText(
        'The points are the 4 most recent of 2500 incidents; the medians and percentiles cover all of them.',
      ),
    ).toBeInTheDocument();
  });
});
