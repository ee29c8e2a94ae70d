import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  INCIDENT_METRICS,
  IncidentMetricId,
  IncidentMetrics,
  SeverityDefinition,
} from '@incident-response/backstage-plugin-incidents-common';
import { useIncidentPresentation, useMetricsFormat } from '../../../hooks';
import { severityKey, severityOrder } from '../../../lib/metricsChartData';
import { incidentsTranslationRef } from '../../../translation';
import { DataTable } from '../ChartCard';

/** The indicators in common's order, the response's: detect, mitigate, recover; then declare. */
const INDICATORS = Object.keys(INCIDENT_METRICS) as IncidentMetricId[];

/** @public */
export type MetricsSummaryProps = {
  metrics: IncidentMetrics;
  severities: SeverityDefinition[];
};

/**
 * The period at a glance: for time to detect, mitigate, recover and declare, how many
 * incidents were measured and how many were left out for a missing milestone, the
 * median, the 90th percentile and the mean; then the same by severity. It is a table
 * already, so it needs no table view.
 *
 * @public
 */
export function MetricsSummary(props: MetricsSummaryProps) {
  const { metrics } = props;
  const { t } = useTranslationRef(incidentsTranslationRef);
  const format = useMetricsFormat();
  const presentation = useIncidentPresentation();
  const bySeverity = severityOrder(
    metrics,
    props.severities.map(s => s.id),
  ).flatMap(key =>
    metrics.bySeverity.filter(s => severityKey(s.severity) === key),
  );

  return (
    <InfoCard
      title={t('charts.summary.title')}
      subheader={t('common.totalIncidents', { count: metrics.count })}
    >
      <Grid container spacing={3}>
        <Grid item xs={12} xl={7}>
          <DataTable
            caption={t('charts.summary.title')}
            hideCaption
            columns={[
              { label: t('charts.summary.indicator') },
              { label: t('charts.summary.measured'), numeric: true },
              { label: t('charts.summary.leftOut'), numeric: true },
              { label: t('charts.summary.median'), numeric: true },
              { label: t('charts.summary.p90'), numeric: true },
              { label: t('charts.summary.mean'), numeric: true },
            ]}
            rows={INDICATORS.map(id => {
              const stats = metrics[id];
              return {
                key: id,
                cells: [
                  <>
                    {t(`charts.indicators.${id}`)}
                    <Typography
                      variant="caption"
                      color="textSecondary"
                      display="block"
                    >
                      {t(`charts.definitions.${id}`)}
                    </Typography>
                  </>,
                  t('charts.summary.measuredOf', {
                    n: String(stats.n),
                    total: String(metrics.count),
                  }),
                  metrics.count - stats.n,
                  format.duration(stats.p50),
                  format.duration(stats.p90),
                  format.duration(stats.mean),
                ],
              };
            })}
          />
          <Typography variant="body2" color="textSecondary">
            {t('charts.summary.leftOutNote')}
          </Typography>
        </Grid>
        <Grid item xs={12} xl={5}>
          {bySeverity.length > 0 && (
            <DataTable
              caption={t('charts.summary.bySeverityTitle')}
              columns={[
                { label: t('charts.summary.severity') },
                { label: t('charts.summary.incidents'), numeric: true },
                { label: t('charts.summary.medianTtd'), numeric: true },
                { label: t('charts.summary.medianTtr'), numeric: true },
                { label: t('charts.summary.p90Ttr'), numeric: true },
              ]}
              rows={bySeverity.map(s => ({
                key: severityKey(s.severity),
                cells: [
                  presentation.severity(s.severity, props.severities).name,
                  s.count,
                  format.duration(s.ttd.p50),
                  format.duration(s.ttr.p50),
                  format.duration(s.ttr.p90),
                ],
              }))}
            />
          )}
        </Grid>
      </Grid>
    </InfoCard>
  );
}
