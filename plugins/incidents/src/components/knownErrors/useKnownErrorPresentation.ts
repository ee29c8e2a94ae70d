import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  isOneOf,
  KNOWN_ERROR_STATUSES,
  KNOWN_ERROR_SUGGESTION_REASONS,
  KnownErrorStatus,
  KnownErrorSuggestionReason,
} from '@incident-response/backstage-plugin-incidents-common';
import { useMemo } from 'react';
import { incidentsTranslationRef } from '../../translation';

/**
 * Known errors' statuses, status changes and suggestion reasons in plain words, in the
 * reader's language; a value from a newer backend is shown as it is.
 */
export function useKnownErrorPresentation() {
  const { t } = useTranslationRef(incidentsTranslationRef);
  return useMemo(
    () => ({
      /** "Workaround available". */
      statusName: (status: KnownErrorStatus | string): string =>
        isOneOf(KNOWN_ERROR_STATUSES, status)
          ? t(`knownErrors.statuses.${status}`)
          : String(status),
      /** What the status means, in a sentence. */
      statusHelp: (status: KnownErrorStatus): string =>
        t(`knownErrors.statusHelp.${status}`),
      /** The button that moves a known error to `status`: "Investigating again". */
      moveName: (status: KnownErrorStatus): string =>
        t(`knownErrors.moves.${status}`),
      /** Why it is suggested: "Affects a dependency". */
      reasonName: (reason: KnownErrorSuggestionReason | string): string =>
        isOneOf(KNOWN_ERROR_SUGGESTION_REASONS, reason)
          ? t(`knownErrors.reasons.${reason}`)
          : String(reason),
    }),
    [t],
  );
}
