import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { Content, EmptyState, Header, Page } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  INCIDENT_ENTITY_KINDS,
  KNOWN_ERROR_LIMITS,
  KNOWN_ERROR_STATUSES,
  KnownErrorStatus,
} from '@incident-response/backstage-plugin-incidents-common';
import { useState } from 'react';
import { useKnownErrorChanges, useKnownErrorPages } from '../../../hooks';
import { incidentsTranslationRef } from '../../../translation';
import {
  EntityFilter,
  ErrorNotice,
  FilterBar,
  KeysetPagination,
  MultiSelectFilter,
  SearchFilter,
  useDebouncedSearch,
} from '../../shared';
import { RecordKnownErrorButton } from '../KnownErrorDialog';
import { KnownErrorsTable } from '../KnownErrorsTable';
import { useKnownErrorPresentation } from '../useKnownErrorPresentation';
import {
  isUnfiltered,
  KnownErrorFilterValues,
  NO_KNOWN_ERROR_FILTERS,
  toKnownErrorListQuery,
} from './knownErrorFilters';

const everyKnownError = () => true;

/**
 * The known-error database: search as you type (the last word may be unfinished),
 * filters for status, team and service, the known errors with their status, services,
 * workaround, recurrence and when they were last seen, keyset pagination and **Record a
 * known error**. With nothing recorded yet, it explains what the page is for. Live: a
 * change to any known error reloads the page being read.
 *
 * @public
 */
export function KnownErrorsListPage() {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const { statusName } = useKnownErrorPresentation();
  const [filters, setFilters] = useState<KnownErrorFilterValues>(
    NO_KNOWN_ERROR_FILTERS,
  );
  const update = (patch: Partial<KnownErrorFilterValues>) =>
    setFilters(current => ({ ...current, ...patch }));
  const [search, setSearch] = useDebouncedSearch(filters.q, q => update({ q }));
  const pages = useKnownErrorPages(
    toKnownErrorListQuery(filters),
    KNOWN_ERROR_LIMITS.pageSizeDefault,
  );
  useKnownErrorChanges(everyKnownError, pages.reload);

  const unfiltered = isUnfiltered({ ...filters, q: search });
  const nothingRecorded =
    pages.ready && unfiltered && pages.items.length === 0 && !pages.hasPrevious;

  let content;
  if (pages.error) {
    content = (
      <ErrorNotice
        title={t('knownErrors.listPage.loadError')}
        error={pages.error}
        onRetry={pages.reload}
      />
    );
  } else if (nothingRecorded) {
    content = (
      <EmptyState
        missing="data"
        title={t('knownErrors.listPage.emptyTitle')}
        description={t('knownErrors.listPage.emptyDescription')}
        action={<RecordKnownErrorButton />}
      />
    );
  } else {
    content = (
      <KnownErrorsTable
        title={t('knownErrors.listPage.title')}
        knownErrors={pages.items}
        columns={['lastSeen']}
        loading={pages.loading}
        emptyContent={t('knownErrors.listPage.emptyFiltered')}
        filters={
          <FilterBar
            label={t('filters.label')}
            onClear={
              unfiltered
                ? undefined
                : () => {
                    setSearch('');
                    setFilters(NO_KNOWN_ERROR_FILTERS);
                  }
            }
          >
            <SearchFilter
              id="known-errors-filter-search"
              label={t('knownErrors.listPage.searchLabel')}
              placeholder={t('knownErrors.listPage.searchPlaceholder')}
              text={search}
              onText={setSearch}
            />
            <MultiSelectFilter<KnownErrorStatus>
              id="known-errors-filter-status"
              label={t('knownErrors.table.status')}
              options={KNOWN_ERROR_STATUSES}
              optionName={statusName}
              value={filters.statuses}
              onChange={statuses => update({ statuses })}
            />
            <EntityFilter
              id="known-errors-filter-team"
              label={t('knownErrors.listPage.team')}
              kinds={['group']}
              value={filters.ownerRef}
              onChange={ownerRef => update({ ownerRef })}
            />
            <EntityFilter
              id="known-errors-filter-service"
              label={t('knownErrors.listPage.service')}
              kinds={INCIDENT_ENTITY_KINDS}
              value={filters.entityRef}
              onChange={entityRef => update({ entityRef })}
            />
          </FilterBar>
        }
        footer={
          <KeysetPagination
            pages={pages}
            totalText={count => t('knownErrors.total', { count })}
          />
        }
      />
    );
  }

  return (
    <Page themeId="tool">
      <Header
        title={t('knownErrors.listPage.title')}
        subtitle={t('knownErrors.listPage.subtitle')}
      />
      <Content>
        {!nothingRecorded && (
          <Box display="flex" justifyContent="flex-end" marginBottom={2}>
            <RecordKnownErrorButton />
          </Box>
        )}
        {content}
        <Box marginTop={2}>
          <Typography variant="caption" color="textSecondary">
            {t('knownErrors.listPage.liveUpdates')}
          </Typography>
        </Box>
      </Content>
    </Page>
  );
}
