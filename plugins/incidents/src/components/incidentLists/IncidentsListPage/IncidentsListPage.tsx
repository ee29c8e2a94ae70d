import Box from '@material-ui/core/Box';
import ShowChartIcon from '@material-ui/icons/ShowChart';
import {
  Content,
  Header,
  LinkButton,
  Page,
  Progress,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { INCIDENT_STATUSES } from '@incident-response/backstage-plugin-incidents-common';
import {
  useIncidentChanges,
  useIncidentPages,
  useIncidentsConfig,
} from '../../../hooks';
import { metricsRouteRef } from '../../../routes';
import { incidentsTranslationRef } from '../../../translation';
import { DeclareIncidentButton } from '../DeclareIncidentButton';
import {
  ErrorNotice,
  IncidentFilters,
  KeysetPagination,
  NO_INCIDENT_FILTERS,
  toListQuery,
  useIncidentFiltersInUrl,
} from '../../shared';
import { IncidentsTable } from '../IncidentsTable';

const PAGE_SIZE = 20;

const everyIncident = () => true;

/**
 * Every incident, newest first, with filters (status, severity, owner team, affected
 * service, text, dates) kept in the address, and keyset pagination. Live: a change
 * anywhere reloads the page being read.
 */
export function IncidentsListPage() {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const metricsLink = useRouteRef(metricsRouteRef);
  const { config, error: configError } = useIncidentsConfig();
  const [filters, setFilters] = useIncidentFiltersInUrl();
  const pages = useIncidentPages(toListQuery(filters), PAGE_SIZE);
  useIncidentChanges(everyIncident, pages.reload);

  const unfiltered =
    JSON.stringify(filters) === JSON.stringify(NO_INCIDENT_FILTERS);
  const error = configError ?? pages.error;

  return (
    <Page themeId="tool">
      <Header
        title={t('incidentsPage.title')}
        subtitle={t('incidentsPage.subtitle')}
      />
      <Content>
        <Box
          display="flex"
          justifyContent="flex-end"
          marginBottom={2}
          style={{ gap: 16 }}
        >
          <LinkButton
            to={metricsLink()}
            variant="outlined"
            startIcon={<ShowChartIcon />}
          >
            {t('metricsPage.link')}
          </LinkButton>
          <DeclareIncidentButton entityRefs={[]} />
        </Box>
        {error && (
          <ErrorNotice
            title={t('incidentsPage.loadError')}
            error={error}
            onRetry={configError ? undefined : pages.reload}
          />
        )}
        {!error && !config && <Progress aria-label={t('common.loading')} />}
        {!error && config && (
          <IncidentsTable
            title={t('incidentsPage.title')}
            incidents={pages.items}
            severities={config.severities}
            columns={['roles', 'services']}
            loading={pages.loading}
            emptyContent={
              unfiltered ? t('incidentsPage.empty') : t('table.emptyFiltered')
            }
            filters={
              <IncidentFilters
                idPrefix="incidents"
                values={filters}
                onChange={setFilters}
                show={[
                  'search',
                  'status',
                  'severity',
                  'owner',
                  'service',
                  'dates',
                ]}
                statusOptions={INCIDENT_STATUSES}
                severities={config.severities}
              />
            }
            footer={<KeysetPagination pages={pages} />}
          />
        )}
      </Content>
    </Page>
  );
}
