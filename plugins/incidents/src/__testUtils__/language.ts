import {
  appLanguageApiRef,
  AppLanguageApi,
  createTranslationRef,
  TranslationApi,
  translationApiRef,
} from '@backstage/core-plugin-api/alpha';
import { mockApis } from '@backstage/test-utils';
import { incidentsTranslationRef } from '../translation';
import fr from '../translations/fr';

/** The languages the plugin speaks. */
export type TestLanguage = 'en' | 'fr';

/** The app's language API, set to one language. */
export function languageApi(language: TestLanguage): AppLanguageApi {
  return {
    getAvailableLanguages: () => ({ languages: ['en', 'fr'] }),
    getLanguage: () => ({ language }),
    setLanguage: () => {},
    language$: () =>
      ({
        subscribe: () => ({ unsubscribe: () => {}, closed: false }),
        [Symbol.observable]() {
          return this;
        },
      } as any),
  };
}

/**
 * A translation API that speaks `language` for the plugin's messages (other plugins'
 * stay English). The test translation API keeps the first messages it is given for a
 * translation ref's id, so the French ones are given first, under the plugin's id.
 */
export function translationApi(language: TestLanguage): TranslationApi {
  const api = mockApis.translation();
  if (language === 'fr') {
    api.getTranslation(
      createTranslationRef({
        id: incidentsTranslationRef.id,
        messages: fr.messages as Record<string, string>,
      }),
    );
  }
  return api;
}

/** The API overrides that make a test app speak `language`. */
export function languageApis(language: TestLanguage) {
  return [
    [translationApiRef, translationApi(language)],
    [appLanguageApiRef, languageApi(language)],
  ] as const;
}
