import { useEffect } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { appLanguageApiRef } from '@backstage/core-plugin-api/alpha';

/**
 * Keeps `<html lang>` on the language chosen in the settings, so screen readers
 * pronounce the page in it and the browser formats and hyphenates for it.
 */
export const DocumentLanguage = () => {
  const languageApi = useApi(appLanguageApiRef);
  useEffect(() => {
    const subscription = languageApi.language$().subscribe(({ language }) => {
      document.documentElement.lang = language;
    });
    return () => subscription.unsubscribe();
  }, [languageApi]);
  return null;
};
