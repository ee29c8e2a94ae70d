import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import { Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  IncidentMetrics,
  SeverityDefinition,
} from '@incident-response/backstage-plugin-incidents-common';
import { incidentsTranslationRef } from '../../../translation';
import { IncidentMetricsView } from '../IncidentMetricsView';
import { ErrorNotice } from '../../shared';

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
  let content;
  if (error) {
    content = <ErrorNotice title={t('charts.loadError')} error={error} />;
  } else if (!metrics || !severities) {
    content = <Progress aria-label={t('charts.loading')} />;
  } else {
    content = (
      <IncidentMetricsView
        metrics={metrics}
        severities={severities}
        emptyDescription={props.emptyDescription}
      />
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
