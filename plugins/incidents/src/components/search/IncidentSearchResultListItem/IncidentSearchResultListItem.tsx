import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  INCIDENT_STATUSES,
  isOneOf,
} from '@incident-response/backstage-plugin-incidents-common';
import { useLanguage } from '../../../hooks';
import { formatDateTime } from '../../../lib/dates';
import { incidentsTranslationRef } from '../../../translation';
import { StatusChip } from '../../shared';
import {
  entityName,
  field,
  IncidentsSearchResultItemProps,
  ResultChip,
  SearchResultLayout,
  SeverityResultChip,
} from '../SearchResultLayout';

/** @public */
export type IncidentSearchResultListItemProps = IncidentsSearchResultItemProps;

/**
 * An incident in the search results (document type `incident`): `INC-12 · title`
 * linking to its page, its description, summary and impact, then its status,
 * severity, first affected entity and when it was declared.
 *
 * @public
 */
export function IncidentSearchResultListItem(
  props: IncidentSearchResultListItemProps,
) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const language = useLanguage();
  const status = field(props.result, 'status');
  const entityRef = field(props.result, 'entityRef');
  const declaredAt = field(props.result, 'declaredAt');
  return (
    <SearchResultLayout
      {...props}
      chips={
        <>
          <ResultChip label={t('search.kinds.incident')} />
          {isOneOf(INCIDENT_STATUSES, status) && <StatusChip status={status} />}
          <SeverityResultChip result={props.result} />
          {entityRef && (
            <ResultChip
              label={t('search.entity', { entity: entityName(entityRef) })}
            />
          )}
          {declaredAt && (
            <ResultChip
              label={t('search.declared', {
                date: formatDateTime(declaredAt, language),
              })}
            />
          )}
        </>
      }
    />
  );
}
