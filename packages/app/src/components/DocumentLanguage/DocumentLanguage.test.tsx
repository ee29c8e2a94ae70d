import { act, render } from '@testing-library/react';
import { TestApiProvider } from '@backstage/test-utils';
import {
  AppLanguageApi,
  appLanguageApiRef,
} from '@backstage/core-plugin-api/alpha';
import { DocumentLanguage } from './DocumentLanguage';

/** A language API that starts in English and changes when the test says so. */
function languageApi() {
  let current = 'en';
  const listeners = new Set<(value: { language: string }) => void>();
  const api = {
    getAvailableLanguages: () => ({ languages: ['en', 'fr'] }),
    getLanguage: () => ({ language: current }),
    setLanguage(language?: string) {
      current = language ?? 'en';
      listeners.forEach(listener => listener({ language: current }));
    },
    language$: () => ({
      subscribe(listener: (value: { language: string }) => void) {
        listeners.add(listener);
        listener({ language: current });
        return {
          unsubscribe: () => listeners.delete(listener),
          closed: false,
        };
      },
    }),
  };
  return { api: api as unknown as AppLanguageApi, listeners };
}

describe('DocumentLanguage', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('puts the chosen language on <html lang> and follows changes', () => {
    const { api, listeners } = languageApi();
    const { unmount } = render(
      <TestApiProvider apis={[[appLanguageApiRef, api]]}>
        <DocumentLanguage />
      </TestApiProvider>,
    );
    expect(document.documentElement.lang).toBe('en');

    act(() => api.setLanguage('fr'));
    expect(document.documentElement.lang).toBe('fr');

    unmount();
    expect(listeners.size).toBe(0);
  });
});
