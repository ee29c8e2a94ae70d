import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  IncidentChangedSignal,
  MetricBucket,
} from '@incident-response/backstage-plugin-incidents-common';
import { ReactNode, useState } from 'react';
import {
  useIncidentChanges,
  useIncidentMetrics,
  useIncidentsConfig,
  useUniqueId,
} from '../../../hooks';
import { incidentsTranslationRef } from '../../../translation';
import { IncidentMetricsResult } from '../IncidentMetricsResult';
import { MetricsPeriodControls } from '../MetricsPeriodControls';
import {
  MetricsSectionHeader,
  useMetricsPeriod,
} from '../MetricsSectionHeader';

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
  const { period, range, choose, moveOn } = useMetricsPeriod();
  const [bucket, setBucket] = useState<MetricBucket>('month');
  const { config, error: configError } = useIncidentsConfig();
  const { metrics, loading, error, reload } = useIncidentMetrics({
    ...props.filter,
    ...range,
    bucket,
  });
  useIncidentChanges(props.reloadWhen ?? never, () => {
    moveOn();
    // Also when the clock has not moved on enough to change the query.
    reload();
  });

  return (
    <section aria-labelledby={headingId}>
      <MetricsSectionHeader
        headingId={headingId}
        title={t('charts.sectionTitle')}
        intro={props.intro}
        help={t('charts.sectionHelp')}
        controls={
          <MetricsPeriodControls
            idPrefix={props.idPrefix}
            period={period}
            bucket={bucket}
            onPeriodChange={choose}
            onBucketChange={setBucket}
          />
        }
      />
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
