import { frenchDay } from './frenchNames';

describe('frenchDay', () => {
  it('writes days as French does, the first of the month « 1er »', () => {
    expect(frenchDay('2026-11-03')).toBe('3 novembre 2026');
    expect(frenchDay('2026-03-01')).toBe('1er mars 2026');
    expect(frenchDay('2026-12-31')).toBe('31 décembre 2026');
  });
});
