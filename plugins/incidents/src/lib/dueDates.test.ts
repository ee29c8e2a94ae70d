import {
  defaultDueOn,
  formatDay,
  isDay,
  isOverdue,
  localDay,
} from './dueDates';

describe('action items’ due days', () => {
  it('default to 8 weeks after the day they are created, in the local zone', () => {
    expect(defaultDueOn(new Date(2026, 11, 1, 9, 30))).toBe('2027-01-26');
    expect(defaultDueOn(new Date(2026, 11, 1, 23, 59))).toBe('2027-01-26');
    expect(defaultDueOn(new Date(2026, 11, 1), 28)).toBe('2026-12-29');
  });

  it('are real days written YYYY-MM-DD', () => {
    expect(isDay('2027-01-26')).toBe(true);
    expect(isDay('2027-02-30')).toBe(false);
    expect(isDay('26/01/2027')).toBe(false);
    expect(isDay('')).toBe(false);
  });

  it('are overdue when still to do after the due day, not on it', () => {
    const now = new Date(2027, 0, 26, 18, 0);
    expect(localDay(now)).toBe('2027-01-26');
    expect(isOverdue({ status: 'open', dueOn: '2027-01-25' }, now)).toBe(true);
    expect(isOverdue({ status: 'in-progress', dueOn: '2027-01-25' }, now)).toBe(
      true,
    );
    expect(isOverdue({ status: 'open', dueOn: '2027-01-26' }, now)).toBe(false);
    expect(isOverdue({ status: 'done', dueOn: '2027-01-01' }, now)).toBe(false);
    expect(isOverdue({ status: 'wont-do', dueOn: '2027-01-01' }, now)).toBe(
      false,
    );
  });

  it('are written out in the reader’s language', () => {
    expect(formatDay('2027-01-26', 'en')).toBe('Tuesday, January 26, 2027');
    expect(formatDay('2027-01-26', 'fr')).toBe('mardi 26 janvier 2027');
  });
});
