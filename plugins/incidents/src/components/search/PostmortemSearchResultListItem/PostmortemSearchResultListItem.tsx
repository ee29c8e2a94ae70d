import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  isOneOf,
  POSTMORTEM_STATUSES,
} from '@incident-response/backstage-plugin-incidents-common';
import { useLanguage } from '../../../hooks';
import { formatDateTime } from '../../../lib/dates';
import { incidentsTranslationRef } from '../../../translation';
import { PostmortemStatusChip } from '../../postmortems/PostmortemReview';
import {
  entityName,
  field,
  IncidentsSearchResultItemProps,
  ResultChip,
  SearchResultLayout,
  SeverityResultChip,
} from '../SearchResultLayout';

/** @public */
export type PostmortemSearchResultListItemProps =
  IncidentsSearchResultItemProps;

/**
 * A postmortem in the search results (document type `postmortem`): `Postmortem INC-12 ·
 * title` linking to the incident's Postmortem tab, its sections, then its status (draft,
 * in review, approved), the incident's severity and first affected entity, and when it
 * was last saved.
 *
 * @public
 */
export function PostmortemSearchResultListItem(
  props: PostmortemSearchResultListItemProps,
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
          <ResultChip label={t('search.kinds.postmortem')} />
          {isOneOf(POSTMORTEM_STATUSES, status) && (
            <PostmortemStatusChip status={status} />
          )}
          <SeverityResultChip result={props.result} />
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
