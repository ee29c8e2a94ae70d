import { frenchTypographyMistakes } from '@incident-response/backstage-plugin-incidents-common';
import { incidentsTranslationRef } from '../translation';
import fr from './fr';

type InternalRef = { getDefaultMessages(): Record<string, string> };

const english = (
  incidentsTranslationRef as unknown as InternalRef
).getDefaultMessages();

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{\s*(\w+)/g)].map(m => m[1]).sort();
}

describe('French messages', () => {
  it('translate every English message', () => {
    expect(Object.keys(fr.messages).sort()).toEqual(
      Object.keys(english).sort(),
    );
    for (const [key, value] of Object.entries(fr.messages)) {
      expect([
        key,
        typeof value === 'string' && value.trim().length > 0,
      ]).toEqual([key, true]);
    }
  });

  it('keep the same placeholders', () => {
    for (const [key, message] of Object.entries(english)) {
      expect([
        key,
        placeholders(fr.messages[key as keyof typeof fr.messages]!),
      ]).toEqual([key, placeholders(message)]);
    }
  });

  it('follow French typography', () => {
    const mistakes = Object.entries(fr.messages).flatMap(([key, message]) =>
      frenchTypographyMistakes(message ?? '').map(
        mistake => `${key}: ${mistake}`,
      ),
    );
    expect(mistakes).toEqual([]);
  });

  it('keep one line per severity example', () => {
    for (const id of ['SEV1', 'SEV2', 'SEV3']) {
      const key = `severities.${id}.examples`;
      expect(
        fr.messages[key as keyof typeof fr.messages]!.split('\n').length,
      ).toBe(english[key].split('\n').length);
    }
  });
});
