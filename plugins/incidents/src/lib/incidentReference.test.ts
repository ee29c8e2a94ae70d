import {
  isIncidentReference,
  isKnownErrorReference,
} from './incidentReference';

describe('isIncidentReference', () => {
  it('takes incident numbers in any case and incident ids', () => {
    expect(isIncidentReference('INC-42')).toBe(true);
    expect(isIncidentReference('inc-3')).toBe(true);
    expect(isIncidentReference('6f0c2a52-0f3c-4a57-9d7e-1f3f1d4ab001')).toBe(
      true,
    );
    expect(isIncidentReference('6F0C2A52-0F3C-4A57-9D7E-1F3F1D4AB001')).toBe(
      true,
    );
  });

  it('takes nothing else, so static pages never look like incidents', () => {
    expect(isIncidentReference('metrics')).toBe(false);
    expect(isIncidentReference('INC-')).toBe(false);
    expect(isIncidentReference('INC-42x')).toBe(false);
    expect(isIncidentReference('6f0c2a52-0f3c-4a57-9d7e')).toBe(false);
    expect(isIncidentReference('')).toBe(false);
  });
});

describe('isKnownErrorReference', () => {
  it('takes known error numbers in any case and ids, nothing else', () => {
    expect(isKnownErrorReference('KE-7')).toBe(true);
    expect(isKnownErrorReference('ke-7')).toBe(true);
    expect(isKnownErrorReference('6f0c2a52-0f3c-4a57-9d7e-1f3f1d4ab001')).toBe(
      true,
    );
    expect(isKnownErrorReference('INC-7')).toBe(false);
    expect(isKnownErrorReference('KE-')).toBe(false);
    expect(isKnownErrorReference('search')).toBe(false);
  });
});
