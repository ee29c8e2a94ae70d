import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useCallback } from 'react';
import { backendMessage, backendRefusal, errorKind } from '../lib/errorKinds';
import { incidentsTranslationRef } from '../translation';
import { useRefusalText } from './useRefusalText';

/**
 * Words for a failed call, in the user's language: what it means for them (not found,
 * not allowed, signed out, Backstage out of reach, a server error), or why the backend
 * refused the request: in the user's language when it gave a reason the UI knows, else
 * in its own words (`title must not be empty`). Never a stack trace, a request URL or a
 * response body.
 */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const refusalText = useRefusalText();
  return useCallback(
    (error: unknown) => {
      const kind = errorKind(error);
      if (kind === 'input') {
        const refusal = backendRefusal(error);
        if (refusal) {
          return refusalText(refusal);
        }
        return backendMessage(error) ?? t('errors.unknown');
      }
      return t(`errors.${kind}`);
    },
    [t, refusalText],
  );
}
