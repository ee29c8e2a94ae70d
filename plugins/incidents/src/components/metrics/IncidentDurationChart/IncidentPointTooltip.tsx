import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { MetricsFormat } from '../../../hooks';
import { DurationPoint } from '../../../lib/metricsChartData';
import { incidentsTranslationRef } from '../../../translation';

/** What recharts passes to a custom tooltip, as far as this one needs it. */
export type PointTooltipProps = {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: unknown }>;
};

function isDurationPoint(value: unknown): value is DurationPoint {
  return !!value && typeof value === 'object' && 'incident' in value;
}

/**
 * The tooltip of a point: which incident it is (number and title), its severity, when
 * its impact started, both durations, and that a click opens it.
 */
export function IncidentPointTooltip(
  props: PointTooltipProps & {
    format: MetricsFormat;
    severityName(severity: string | null): string;
  },
) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const point = props.payload?.map(p => p.payload).find(isDurationPoint);
  if (!props.active || !point) {
    return null;
  }
  const { incident } = point;
  const { format } = props;
  return (
    <Paper elevation={3} style={{ padding: 8, maxWidth: 320 }}>
      <Typography variant="subtitle2" component="p">
        {t('common.numbered', {
          number: incident.number,
          title: incident.restricted
            ? t('charts.durationChart.restricted')
            : incident.title,
        })}
      </Typography>
      <Typography variant="body2">
        {props.severityName(incident.severity)}
      </Typography>
      <Typography variant="body2">
        {t('common.labelled', {
          label: t('charts.durationChart.impactStarted'),
          value: format.dateTime(incident.impactStartedAt),
        })}
      </Typography>
      <Typography variant="body2">
        {t('common.labelled', {
          label: t('charts.indicators.ttd'),
          value: format.duration(incident.ttd),
        })}
      </Typography>
      <Typography variant="body2">
        {t('common.labelled', {
          label: t('charts.indicators.ttr'),
          value: format.duration(incident.ttr),
        })}
      </Typography>
      <Typography variant="caption" color="textSecondary">
        {t('charts.durationChart.openHint')}
      </Typography>
    </Paper>
  );
}
