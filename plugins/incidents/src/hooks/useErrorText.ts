import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useCallback } from 'react';
import { backendMessage, errorKind } from '../lib/errorKinds';
import { incidentsTranslationRef } from '../translation';

/**
 * Words for a failed call, in the user's language: what it means for them (not found,
 * not allowed, signed out, Backstage out of reach, a server error), or the backend's own
 * message when it refused the request and said why (`title must not be empty`). Never
 * a stack trace, a request URL or a response body.
 */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslationRef(incidentsTranslationRef);
  return useCallback(
    (error: unknown) => {
      const kind = errorKind(error);
      if (kind === 'input') {
        return backendMessage(error) ?? t('errors.unknown');
      }
      return t(`errors.${kind}`);
    },
    [t],
  );
}
