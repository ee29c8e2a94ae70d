import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  IncidentChangedSignal,
  MetricBucket,
} from '@incident-response/backstage-plugin-incidents-common';
import { ReactNode, useMemo, useState } from 'react';
import {
  useIncidentChanges,
  useIncidentMetrics,
  useIncidentsConfig,
  useUniqueId,
} from '../../../hooks';
import { MetricsPeriod, periodRange } from '../../../lib/metricsPeriods';
import { incidentsTranslationRef } from '../../../translation';
import { IncidentMetricsResult } from '../IncidentMetricsResult';
import { MetricsPeriodControls } from '../MetricsPeriodControls';

const never = () => false;

/** @public */
export type IncidentMetricsSectionProps = {
  /** Whose incidents: an entity's, or those on what a team owns. */
  filter: { entityRef: string } | { ownerRef: string };
  /** Used to make the controls' ids unique on the page. */
  idPrefix: string;
  /** When no incident matches: why, and how incidents get here. */
  emptyDescription: string;
  /** Under the heading, e.g. what the team's incidents are. */
  intro?: ReactNode;
  /** Load again when a matching incident changes (live updates). */
  reloadWhen?: (signal: IncidentChangedSignal) => boolean;
};

/**
 * Time to detect and time to recover of an entity or a team: a heading, the period
 * (the last 12 months unless the reader picks another) and grouping, then the summary
 * and charts, with loading, empty and error states.
 *
 * @public
 */
export function IncidentMetricsSection(props: IncidentMetricsSectionProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const headingId = useUniqueId('incident-metrics-heading');
  const [period, setPeriod] = useState<MetricsPeriod>('last12Months');
  const [bucket, setBucket] = useState<MetricBucket>('month');
  // The period ends "now" as of the last load, not of each render, so renders do not
  // load again; a reload moves it on, so an incident that just started is counted.
  const [now, setNow] = useState(() => new Date());
  const range = useMemo(() => periodRange(period, now), [period, now]);
  const { config, error: configError } = useIncidentsConfig();
  const { metrics, loading, error, reload } = useIncidentMetrics({
    ...props.filter,
    ...range,
    bucket,
  });
  useIncidentChanges(props.reloadWhen ?? never, () => {
    setNow(new Date());
    // Also when the clock has not moved on enough to change the query.
    reload();
  });

  return (
    <section aria-labelledby={headingId}>
      <Box
        display="flex"
        flexWrap="wrap"
        justifyContent="space-between"
        alignItems="flex-end"
        marginBottom={2}
        style={{ gap: 16 }}
      >
        <div>
          <Typography variant="h5" component="h2" id={headingId}>
            {t('charts.sectionTitle')}
          </Typography>
          {props.intro && (
            <Typography variant="body2" color="textSecondary">
              {props.intro}
            </Typography>
          )}
          <Typography variant="body2" color="textSecondary">
            {t('charts.sectionHelp')}
          </Typography>
        </div>
        <MetricsPeriodControls
          idPrefix={props.idPrefix}
          period={period}
          bucket={bucket}
          onPeriodChange={next => {
            setPeriod(next);
            setNow(new Date());
          }}
          onBucketChange={setBucket}
        />
      </Box>
      <IncidentMetricsResult
        metrics={metrics}
        severities={config?.severities}
        loading={loading}
        error={configError ?? error}
        emptyDescription={props.emptyDescription}
      />
    </section>
  );
}
