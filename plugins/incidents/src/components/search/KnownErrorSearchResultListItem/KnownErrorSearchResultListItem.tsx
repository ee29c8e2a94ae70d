import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  isOneOf,
  KNOWN_ERROR_STATUSES,
} from '@incident-response/backstage-plugin-incidents-common';
import { useLanguage } from '../../../hooks';
import { formatDateTime } from '../../../lib/dates';
import { incidentsTranslationRef } from '../../../translation';
import { KnownErrorStatusChip } from '../../knownErrors/KnownErrorStatusChip';
import {
  entityName,
  field,
  IncidentsSearchResultItemProps,
  ResultChip,
  SearchResultLayout,
} from '../SearchResultLayout';

/** @public */
export type KnownErrorSearchResultListItemProps =
  IncidentsSearchResultItemProps;

/**
 * A known error in the search results (document type `known-error`): `KE-3 · title`
 * linking to its page, its symptoms, workaround and root cause, then its status, first
 * affected entity and when it last changed.
 *
 * @public
 */
export function KnownErrorSearchResultListItem(
  props: KnownErrorSearchResultListItemProps,
) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const language = useLanguage();
  const status = field(props.result, 'status');
  const entityRef = field(props.result, 'entityRef');
  const updatedAt = field(props.result, 'updatedAt');
  return (
    <SearchResultLayout
      {...props}
      chips={
        <>
          <ResultChip label={t('search.kinds.knownError')} />
          {isOneOf(KNOWN_ERROR_STATUSES, status) && (
            <KnownErrorStatusChip status={status} />
          )}
          {entityRef && (
            <ResultChip
              label={t('search.entity', { entity: entityName(entityRef) })}
            />
          )}
          {updatedAt && (
            <ResultChip
              label={t('search.updated', {
                date: formatDateTime(updatedAt, language),
              })}
            />
          )}
        </>
      }
    />
  );
}
