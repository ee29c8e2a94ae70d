import { render, screen } from '@testing-library/react';
import { DataTable } from './DataTable';

// What the browser would measure: the table's box, then the table (jsdom lays nothing out).
const mockWidths = { box: 300, table: 300 };
let mockMeasured = 0;
jest.mock('react-use/esm/useMeasure', () => ({
  __esModule: true,
  default: () => [
    () => {},
    {
      width: mockMeasured++ % 2 === 0 ? mockWidths.box : mockWidths.table,
    },
  ],
}));

function renderTable(props: { scroll?: boolean } = {}) {
  mockMeasured = 0;
  return render(
    <DataTable
      caption="Time to detect by month"
      columns={[{ label: 'Period' }, { label: 'Incidents', numeric: true }]}
      rows={[{ key: 'jan', cells: ['January 2026', 3] }]}
      {...props}
    />,
  );
}

describe('DataTable', () => {
  it('is no tab stop while it fits its card', () => {
    renderTable();
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('scrolls sideways in a region keyboards can focus when wider than its card', () => {
    mockWidths.table = 420;
    renderTable();
    const region = screen.getByRole('region', {
      name: 'Time to detect by month',
    });
    expect(region).toHaveAttribute('tabindex', '0');
    mockWidths.table = 300;
  });

  it('keeps incident numbers and durations on one line, and lets words wrap', () => {
    mockMeasured = 0;
    render(
      <DataTable
        caption="Time to detect per incident"
        columns={[
          { label: 'Incident', oneLine: true },
          { label: 'What was wrong' },
          { label: 'Time to detect', numeric: true },
        ]}
        rows={[
          { key: 'inc', cells: ['INC-103', 'Promo codes rejected', '4 min'] },
        ]}
      />,
    );
    expect(screen.getByRole('rowheader', { name: 'INC-103' })).toHaveStyle({
      whiteSpace: 'nowrap',
    });
    expect(screen.getByRole('cell', { name: '4 min' })).toHaveStyle({
      whiteSpace: 'nowrap',
    });
    expect(
      screen.getByRole('cell', { name: 'Promo codes rejected' }),
    ).not.toHaveStyle({ whiteSpace: 'nowrap' });
  });

  it('is always a focusable region when it scrolls', () => {
    renderTable({ scroll: true });
    expect(
      screen.getByRole('region', { name: 'Time to detect by month' }),
    ).toHaveAttribute('tabindex', '0');
  });
});
