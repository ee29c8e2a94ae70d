import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { EmptyState, Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useEffect, useState } from 'react';
import {
  useActiveIncidents,
  useConcernsEntity,
  useIncidentChanges,
  useIncidentPages,
  useIncidentsConfig,
} from '../../../hooks';
import { incidentsTranslationRef } from '../../../translation';
import { DeclareIncidentButton } from '../DeclareIncidentButton';
import {
  ErrorNotice,
  IncidentFilters,
  IncidentFilterValues,
  KeysetPagination,
  NO_INCIDENT_FILTERS,
  toListQuery,
} from '../../shared';
import { EntityKnownErrorsCount } from '../../knownErrors';
import {
  IncidentMetricsSection,
  preloadIncidentMetricsView,
} from '../../metrics';
import { IncidentsTable } from '../IncidentsTable';
import { PAST_STATUSES } from '../pastStatuses';

const HISTORY_PAGE_SIZE = 10;

/** @public */
export type EntityIncidentsContentProps = {
  /** The Known errors tab's path on the entity's page, which the count links to. */
  knownErrorsTabPath?: string;
};

/**
 * The Incidents tab of an entity page: how many known errors affect the entity (linking
 * to its Known errors tab), its active incidents (severity, status, age, roles), a
 * Declare incident button, its past incidents with filters and pagination, then its
 * time to detect and time to recover (summary and charts). It updates itself when an
 * incident of this entity changes.
 *
 * @public
 */
export function EntityIncidentsContent(
  props: EntityIncidentsContentProps = {},
) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const entityName = entity.metadata.title ?? entity.metadata.name;
  const { config, error: configError } = useIncidentsConfig();
  const active = useActiveIncidents(entityRef);

  const [filters, setFilters] =
    useState<IncidentFilterValues>(NO_INCIDENT_FILTERS);
  const history = useIncidentPages(
    {
      ...toListQuery(filters),
      entityRef,
      // "Past" means resolved or closed unless the reader picked statuses.
      status:
        filters.statuses.length > 0 ? filters.statuses : [...PAST_STATUSES],
    },
    HISTORY_PAGE_SIZE,
  );

  // The active incidents reload themselves; the history and metrics follow the same changes.
  const concernsEntity = useConcernsEntity(entityRef);
  useIncidentChanges(concernsEntity, history.reload);

  // The charts come last, after both lists; their code starts downloading as soon as
  // one list shows an incident. An entity without incidents shows no chart, and its
  // readers do not download them.
  const hasIncidents =
    (active.value?.items.length ?? 0) > 0 || history.items.length > 0;
  useEffect(() => {
    if (hasIncidents) {
      preloadIncidentMetricsView();
    }
  }, [hasIncidents]);

  const error = configError ?? active.error ?? history.error;
  if (error) {
    return <ErrorNotice title={t('entityTab.loadError')} error={error} />;
  }
  if (!config || !active.value || !history.ready) {
    return <Progress aria-label={t('common.loading')} />;
  }

  const activeIncidents = active.value?.items ?? [];
  const unfiltered =
    JSON.stringify(filters) === JSON.stringify(NO_INCIDENT_FILTERS);
  const declareButton = <DeclareIncidentButton entityRefs={[entityRef]} />;
  const knownErrorsCount = (
    <EntityKnownErrorsCount
      entity={entity}
      tabPath={props.knownErrorsTabPath ?? 'known-errors'}
    />
  );

  if (
    activeIncidents.length === 0 &&
    unfiltered &&
    history.items.length === 0 &&
    !history.hasPrevious
  ) {
    return (
      <>
        {knownErrorsCount}
        <EmptyState
          missing="data"
          title={t('entityTab.emptyTitle', { entity: entityName })}
          description={t('entityTab.emptyDescription', { entity: entityName })}
          action={declareButton}
        />
      </>
    );
  }

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Box
          display="flex"
          justifyContent="space-between"
          alignItems="center"
          flexWrap="wrap"
          gridGap={16}
        >
          <Box flex="1 1 auto">{knownErrorsCount}</Box>
          {declareButton}
        </Box>
      </Grid>
      <Grid item xs={12}>
        <IncidentsTable
          title={t('entityTab.activeTitle')}
          incidents={activeIncidents}
          severities={config.severities}
          columns={['roles', 'services']}
          emptyContent={t('entityTab.noActive', { entity: entityName })}
        />
      </Grid>
      <Grid item xs={12}>
        <IncidentsTable
          title={t('entityTab.historyTitle')}
          incidents={history.items}
          severities={config.severities}
          columns={['services', 'owners']}
          loading={history.loading}
          emptyContent={t('entityTab.historyEmpty')}
          filters={
            <IncidentFilters
              idPrefix="entity-incidents"
              values={filters}
              onChange={patch => setFilters(f => ({ ...f, ...patch }))}
              show={['status', 'severity']}
              statusOptions={PAST_STATUSES}
              severities={config.severities}
            />
          }
          footer={<KeysetPagination pages={history} />}
        />
      </Grid>
      <Grid item xs={12}>
        <IncidentMetricsSection
          filter={{ entityRef }}
          idPrefix="entity-incident-metrics"
          emptyDescription={t('charts.emptyEntity', { entity: entityName })}
          reloadWhen={concernsEntity}
        />
      </Grid>
      <Grid item xs={12}>
        <Typography variant="caption" color="textSecondary">
          {t('entityTab.liveUpdates')}
        </Typography>
      </Grid>
    </Grid>
  );
}
