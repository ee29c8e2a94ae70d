import {
  formatIncidentNumber,
  parseIncidentNumber,
  parseIncidentReference,
} from './incidentNumber';

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

describe('incident references', () => {
  it('names an incident by number or by id, and nothing else', () => {
    expect(parseIncidentReference('inc-3')).toEqual({ number: 3 });
    expect(
      parseIncidentReference('6F9619FF-8B86-4011-B42D-00C04FC964FF'),
    ).toEqual({ id: '6f9619ff-8b86-4011-b42d-00c04fc964ff' });
    for (const text of ['metrics', '3', 'KE-3', '6f9619ff-8b86']) {
      expect(parseIncidentReference(text)).toBeUndefined();
    }
  });
});
