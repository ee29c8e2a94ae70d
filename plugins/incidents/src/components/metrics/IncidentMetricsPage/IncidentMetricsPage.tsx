import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import ListIcon from '@material-ui/icons/List';
import { Content, Header, LinkButton, Page } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { MetricBucket } from '@incident-response/backstage-plugin-incidents-common';
import { DateTime } from 'luxon';
import { useState } from 'react';
import {
  useActionItemSlo,
  useIncidentMetrics,
  useIncidentsConfig,
} from '../../../hooks';
import { rootRouteRef } from '../../../routes';
import { incidentsTranslationRef } from '../../../translation';
import {
  IncidentFilters,
  IncidentFilterValues,
  NO_INCIDENT_FILTERS,
  toListQuery,
} from '../../shared';
import { ActionItemSloResult } from '../ActionItemSlo';
import { IncidentMetricsResult } from '../IncidentMetricsResult';
import { MetricBucketSelect } from '../MetricsPeriodControls';

/** The last 12 months, as the date filters hold them (local days, both included). */
function lastTwelveMonths(): IncidentFilterValues {
  const today = DateTime.local();
  return {
    ...NO_INCIDENT_FILTERS,
    from: today.minus({ months: 12 }).toISODate()!,
    to: today.toISODate()!,
  };
}

/**
 * Time to detect and time to recover across the organisation, with filters: team
 * (incidents on what it owned), service, severity and dates (the last 12 months to
 * begin with; no dates is every incident), grouped by week, month or quarter. Then the
 * action items done on time (per month or quarter of their due date, by team and by
 * service) for the same team, service and dates.
 *
 * @public
 */
export function IncidentMetricsPage() {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const incidentsLink = useRouteRef(rootRouteRef);
  const { config, error: configError } = useIncidentsConfig();
  const [filters, setFilters] = useState(lastTwelveMonths);
  const [bucket, setBucket] = useState<MetricBucket>('month');
  const listQuery = toListQuery(filters);
  const { metrics, loading, error } = useIncidentMetrics({
    entityRef: listQuery.entityRef,
    ownerRef: listQuery.ownerRef,
    severity: listQuery.severity,
    from: listQuery.from,
    to: listQuery.to,
    bucket,
  });
  // Action items are due on days: grouped by month or quarter, never by week.
  const sloQuery = {
    ownerRef: listQuery.ownerRef,
    entityRef: listQuery.entityRef,
    from: listQuery.from,
    to: listQuery.to,
    bucket: bucket === 'quarter' ? ('quarter' as const) : ('month' as const),
  };
  const slo = useActionItemSlo(sloQuery);

  return (
    <Page themeId="tool">
      <Header
        title={t('metricsPage.title')}
        subtitle={t('metricsPage.subtitle')}
      />
      <Content>
        <Box display="flex" justifyContent="flex-end" marginBottom={2}>
          <LinkButton
            to={incidentsLink()}
            variant="outlined"
            startIcon={<ListIcon />}
          >
            {t('metricsPage.allIncidents')}
          </LinkButton>
        </Box>
        {config && (
          <Box display="flex" flexWrap="wrap" style={{ gap: 16 }}>
            <MetricBucketSelect
              idPrefix="org-metrics"
              value={bucket}
              onChange={setBucket}
            />
            <IncidentFilters
              idPrefix="org-metrics"
              values={filters}
              onChange={patch => setFilters(f => ({ ...f, ...patch }))}
              show={['owner', 'service', 'severity', 'dates']}
              statusOptions={[]}
              severities={config.severities}
            />
          </Box>
        )}
        <Typography variant="body2" color="textSecondary" paragraph>
          {t('metricsPage.rangeHint')} {t('charts.sectionHelp')}
        </Typography>
        <IncidentMetricsResult
          metrics={metrics}
          severities={config?.severities}
          loading={loading}
          error={configError ?? error}
          emptyDescription={t('charts.emptyFiltered')}
        />
        <Box
          marginTop={4}
          component="section"
          aria-labelledby="org-action-item-slo"
        >
          <Typography variant="h5" component="h2" id="org-action-item-slo">
            {t('actionItemSlo.title')}
          </Typography>
          <Typography variant="body2" color="textSecondary" paragraph>
            {t('actionItemSlo.help')}
          </Typography>
          <ActionItemSloResult
            slo={slo.slo}
            loading={slo.loading}
            error={slo.error}
            breakdowns={['byTeam', 'byService']}
          />
        </Box>
      </Content>
    </Page>
  );
}
