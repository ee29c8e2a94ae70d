import { useApiHolder } from '@backstage/core-plugin-api';
import { appLanguageApiRef } from '@backstage/core-plugin-api/alpha';
import { useEffect, useState } from 'react';

/**
 * The language the user chose in the app (`en` when the app has no language API), so
 * that dates and durations are written the way the rest of the page is.
 */
export function useLanguage(): string {
  const languageApi = useApiHolder().get(appLanguageApiRef);
  const [language, setLanguage] = useState(
    () => languageApi?.getLanguage().language ?? 'en',
  );
  useEffect(() => {
    if (!languageApi) {
      return undefined;
    }
    const subscription = languageApi
      .language$()
      .subscribe(next => setLanguage(next.language));
    return () => subscription.unsubscribe();
  }, [languageApi]);
  return language;
}
