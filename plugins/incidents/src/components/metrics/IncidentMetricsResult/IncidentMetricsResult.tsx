import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import { Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  IncidentMetrics,
  SeverityDefinition,
} from '@incident-response/backstage-plugin-incidents-common';
import { Suspense, useEffect } from 'react';
import { lazyWithPreload } from '../../../lib/lazyWithPreload';
import { incidentsTranslationRef } from '../../../translation';
import { ErrorNotice } from '../../shared';

// The charts library is large: only pages that show charts download it, while their
// metrics load (`npm run bench -- ui` checks which pages do).
const incidentMetricsView = lazyWithPreload(() =>
  import('../IncidentMetricsView').then(m => m.IncidentMetricsView),
);
const IncidentMetricsView = incidentMetricsView.Component;

/**
 * Starts downloading the charts before the metrics section mounts, for pages that show
 * it only once something else has loaded.
 */
export const preloadIncidentMetricsView = incidentMetricsView.preload;

/** What loading the metrics and the severities has come to so far. */
export type IncidentMetricsResultProps = {
  metrics?: IncidentMetrics;
  severities?: SeverityDefinition[];
  /** A (re)load is under way. */
  loading: boolean;
  /** The first failure of either load. */
  error?: Error;
  /** When no incident matches: why, and how incidents get here. */
  emptyDescription: string;
};

/**
 * The metrics once loaded, a progress indicator until then, or the error. While newer
 * metrics load, the previous charts stay and a thin bar above them says so.
 */
export function IncidentMetricsResult(props: IncidentMetricsResultProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const { metrics, severities, error } = props;
  useEffect(preloadIncidentMetricsView, []);
  let content;
  if (error) {
    content = <ErrorNotice title={t('charts.loadError')} error={error} />;
  } else if (!metrics || !severities) {
    content = <Progress aria-label={t('charts.loading')} />;
  } else {
    content = (
      <Suspense fallback={<Progress aria-label={t('charts.loading')} />}>
        <IncidentMetricsView
          metrics={metrics}
          severities={severities}
          emptyDescription={props.emptyDescription}
        />
      </Suspense>
    );
  }
  return (
    <>
      <Box height={4} marginBottom={1}>
        {props.loading && metrics && <LinearProgress />}
      </Box>
      {content}
    </>
  );
}
