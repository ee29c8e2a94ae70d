import { createTranslationResource } from '@backstage/core-plugin-api/alpha';
import { incidentsTranslationRef } from '../translation';

/**
 * The plugin's translations beyond English (French), for the app's
 * `__experimentalTranslations.resources`. Each language is loaded when it is chosen.
 *
 * @public
 */
export const incidentsTranslations = createTranslationResource({
  ref: incidentsTranslationRef,
  translations: {
    fr: () => import('./fr'),
  },
});
