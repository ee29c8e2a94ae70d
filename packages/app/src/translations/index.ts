import { createTranslationResource } from '@backstage/core-plugin-api/alpha';
import { appTranslationRef } from '../translation';
import backstageTranslations from './resources';

/**
 * The app's French: its own words, and those of the Backstage plugins it shows
 * (`translations/messages/*.fr.json`, wired by `backstage-cli translations import`
 * into `resources.ts`).
 */
export const appTranslations = [
  createTranslationResource({
    ref: appTranslationRef,
    translations: { fr: () => import('./fr') },
  }),
  ...backstageTranslations,
];
