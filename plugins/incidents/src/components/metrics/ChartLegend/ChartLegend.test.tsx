import { render, screen, within } from '@testing-library/react';
import { Bar, ComposedChart, Legend, Line, Scatter } from 'recharts';
import { ChartLegend } from './ChartLegend';

describe('ChartLegend', () => {
  it('names each series once, its swatch hidden from screen readers', async () => {
    render(
      <ComposedChart
        width={500}
        height={300}
        data={[{ period: 'Q1', count: 2, median: 3, point: 1 }]}
      >
        <Legend content={ChartLegend} />
        <Bar dataKey="count" name="Incidents" fill="#123456" />
        <Line dataKey="median" name="Median" legendType="plainline" />
        <Scatter dataKey="point" name="SEV1" legendType="triangle" />
      </ComposedChart>,
    );
    const legend = await screen.findByRole('list');
    const items = within(legend).getAllByRole('listitem');
    expect(items.map(item => item.textContent)).toEqual([
      'Incidents',
      'Median',
      'SEV1',
    ]);
    expect(screen.queryByLabelText(/legend icon/)).toBeNull();
    for (const item of items) {
      expect(item.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    }
  });
});
