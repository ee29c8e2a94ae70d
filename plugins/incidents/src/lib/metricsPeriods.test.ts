import { DateTime } from 'luxon';
import { periodRange } from './metricsPeriods';

describe('periodRange', () => {
  const now = new Date('2026-11-22T15:30:00Z');

  it('counts months back from now, from the start of that day', () => {
    const range = periodRange('last12Months', now);
    expect(range.to).toBe('2026-11-22T15:30:00.000Z');
    const from = DateTime.fromISO(range.from!);
    expect(from.toFormat('yyyy-MM-dd HH:mm')).toBe('2025-11-22 00:00');
  });

  it('has no start for all time', () => {
    expect(periodRange('all', now)).toEqual({
      to: '2026-11-22T15:30:00.000Z',
    });
  });
});
