import { TranslationBlueprint } from '@backstage/plugin-app-react';
import { incidentsTranslations } from '../translations';

/** The French messages. */
export const incidentsTranslation = TranslationBlueprint.make({
  params: { resource: incidentsTranslations },
});
