import {
  formatKnownErrorNumber,
  KNOWN_ERROR_STATUS_TRANSITIONS,
  KNOWN_ERROR_STATUSES,
  parseKnownErrorNumber,
} from './knownErrors';

describe('known errors', () => {
  it('formats and parses KE-n, in any case', () => {
    expect(formatKnownErrorNumber(7)).toBe('KE-7');
    expect(parseKnownErrorNumber(' ke-7 ')).toBe(7);
    for (const text of ['7', 'INC-7', 'KE-', 'KE-7a']) {
      expect(parseKnownErrorNumber(text)).toBeUndefined();
    }
  });

  it('moves forward freely, back only after a fix (recurrence) or from retired', () => {
    expect(KNOWN_ERROR_STATUS_TRANSITIONS.workaround).not.toContain(
      'investigating',
    );
    expect(KNOWN_ERROR_STATUS_TRANSITIONS.fixed).toContain('investigating');
    expect(KNOWN_ERROR_STATUS_TRANSITIONS.retired).toEqual(['investigating']);
    for (const status of KNOWN_ERROR_STATUSES) {
      expect(KNOWN_ERROR_STATUS_TRANSITIONS[status]).not.toContain(status);
    }
  });
});
