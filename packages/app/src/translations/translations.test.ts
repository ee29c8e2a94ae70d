import { frenchTypographyMistakes } from '@incident-response/backstage-plugin-incidents-common';
import manifest from '../../translations/manifest.json';
import { appTranslationRef } from '../translation';
import { appTranslations } from '.';

/**
 * "Complete" means: every resource the app registers has French for every key of
 * its ref, in the installed version of that ref (so an upgrade that adds words fails
 * here until they are translated), with the same placeholders, in French typography.
 */
type RefWithDefaults = { getDefaultMessages(): Record<string, string> };
type LoadedResource = {
  id: string;
  resources: Array<{
    language: string;
    loader(): Promise<{ messages: Record<string, string | null> }>;
  }>;
};
type ManifestEntry = {
  package: string;
  exportPath: string;
  exportName: string;
};

function englishOf(refId: string): Record<string, string> {
  if (refId === appTranslationRef.id) {
    return (
      appTranslationRef as unknown as RefWithDefaults
    ).getDefaultMessages();
  }
  const entry: ManifestEntry = (manifest.refs as Record<string, ManifestEntry>)[
    refId
  ];
  const module = require(`${entry.package}/${entry.exportPath.slice(2)}`);
  return (module[entry.exportName] as RefWithDefaults).getDefaultMessages();
}

const registered = appTranslations as unknown as LoadedResource[];

async function frenchOf(refId: string): Promise<Record<string, string>> {
  const french = registered
    .find(resource => resource.id === refId)!
    .resources.find(resource => resource.language === 'fr')!;
  return (await french.loader()).messages as Record<string, string>;
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\{\s*(\w+)|\{(\w+)\}/g)]
    .map(m => m[1] ?? m[2])
    .sort();
}

describe('The app’s French', () => {
  it('covers the app and the Backstage plugins the demo shows', () => {
    expect(registered.map(resource => resource.id).sort()).toEqual([
      'api-docs',
      'app',
      'catalog',
      'catalog-graph',
      'catalog-react',
      'core-components',
      'org',
      'plugin.notifications',
      'search',
      'search-react',
      'user-settings',
    ]);
  });

  describe.each(registered.map(resource => resource.id))('%s', refId => {
    const english = englishOf(refId);
    let french: Record<string, string>;
    beforeAll(async () => {
      french = await frenchOf(refId);
    });

    it('translates every English message, and nothing else', () => {
      expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
      const empty = Object.keys(french).filter(key => !french[key]?.trim());
      expect(empty).toEqual([]);
    });

    it('keeps the placeholders', () => {
      const changed = Object.keys(english).filter(
        key =>
          placeholders(french[key] ?? '').join() !==
          placeholders(english[key]).join(),
      );
      expect(changed).toEqual([]);
    });

    it('follows French typography', () => {
      const mistakes = Object.entries(french).flatMap(([key, message]) =>
        frenchTypographyMistakes(message).map(mistake => `${key}: ${mistake}`),
      );
      expect(mistakes).toEqual([]);
    });
  });
});
