import Grid from '@material-ui/core/Grid';
import { EmptyState } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  IncidentMetrics,
  SeverityDefinition,
} from '@incident-response/backstage-plugin-incidents-common';
import { incidentsTranslationRef } from '../../../translation';
import { DrawnAfterFirstPaint } from '../DrawnAfterFirstPaint';
import { IncidentCountChart } from '../IncidentCountChart';
import { IncidentDurationChart } from '../IncidentDurationChart';
import { MetricsSummary } from '../MetricsSummary';

/** @public */
export type IncidentMetricsViewProps = {
  metrics: IncidentMetrics;
  severities: SeverityDefinition[];
  /** When no incident matches: why, and how incidents get here. */
  emptyDescription: string;
};

/** Height of a chart card, kept while it waits to be drawn. */
const CHART_CARD_HEIGHT = 480;

/**
 * The summary and the charts of some metrics: the summary, time to detect and time to
 * recover side by side, then the count by severity. The summary and the first chart are
 * drawn first, each other chart in a task of its own after that. With no incident at
 * all, an explanation instead.
 *
 * @public
 */
export function IncidentMetricsView(props: IncidentMetricsViewProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const { metrics, severities } = props;
  if (metrics.count === 0) {
    return (
      <EmptyState
        missing="data"
        title={t('charts.emptyTitle')}
        description={props.emptyDescription}
      />
    );
  }
  return (
    <Grid container spacing={3} alignItems="stretch">
      <Grid item xs={12}>
        <MetricsSummary metrics={metrics} severities={severities} />
      </Grid>
      <Grid item xs={12} lg={6}>
        <IncidentDurationChart
          metrics={metrics}
          metric="ttd"
          severities={severities}
        />
      </Grid>
      <Grid item xs={12} lg={6}>
        <DrawnAfterFirstPaint minHeight={CHART_CARD_HEIGHT}>
          <IncidentDurationChart
            metrics={metrics}
            metric="ttr"
            severities={severities}
          />
        </DrawnAfterFirstPaint>
      </Grid>
      <Grid item xs={12}>
        <DrawnAfterFirstPaint minHeight={CHART_CARD_HEIGHT}>
          <IncidentCountChart metrics={metrics} severities={severities} />
        </DrawnAfterFirstPaint>
      </Grid>
    </Grid>
  );
}
