import { formatIncidentNumber, parseIncidentNumber } from './incidentNumber';

describe('incident numbers', () => {
  it('formats and parses INC-n, in any case', () => {
    expect(formatIncidentNumber(42)).toBe('INC-42');
    expect(parseIncidentNumber('INC-42')).toBe(42);
    expect(parseIncidentNumber(' inc-7 ')).toBe(7);
  });

  it('rejects anything else', () => {
    for (const text of ['42', 'INC-', 'INC-4a', 'INC--1', 'INC-1234567890']) {
      expect(parseIncidentNumber(text)).toBeUndefined();
    }
  });
});
