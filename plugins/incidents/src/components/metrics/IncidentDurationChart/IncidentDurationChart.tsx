import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  IncidentMetrics,
  SeverityDefinition,
} from '@incident-response/backstage-plugin-incidents-common';
import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  CartesianGrid,
  ScatterChart,
  Legend,
  Line,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useIncidentPresentation, useMetricsFormat } from '../../../hooks';
import { durationTicks } from '../../../lib/durations';
import {
  DurationPoint,
  durationSeries,
  percentileSteps,
  PlottedMetric,
  severityOfKey,
  severityOrder,
  timeDomain,
} from '../../../lib/metricsChartData';
import { severityLook } from '../../../lib/severityLooks';
import { incidentRouteRef } from '../../../routes';
import { incidentsTranslationRef } from '../../../translation';
import { ChartCard, chartColors, DataTable, STATIC_CHART } from '../ChartCard';
import { ChartLegend } from '../ChartLegend';
import { IncidentPointTooltip } from './IncidentPointTooltip';

/** Charts render at this size before the browser measures them (and in tests). */
const INITIAL_SIZE = { width: 560, height: 320 };

/** @public */
export type IncidentDurationChartProps = {
  metrics: IncidentMetrics;
  /** Time to detect or time to recover. */
  metric: PlottedMetric;
  severities: SeverityDefinition[];
};

/**
 * Time to detect or time to recover of each incident against the start of its impact,
 * one point per incident (shape and colour by severity), with the median (solid line)
 * and the 90th percentile (dashed line) of each period. Pointing at an incident names
 * it; clicking opens its page. The table view has the same numbers and links.
 *
 * @public
 */
export function IncidentDurationChart(props: IncidentDurationChartProps) {
  const { metrics, metric } = props;
  const { t } = useTranslationRef(incidentsTranslationRef);
  const theme = useTheme();
  const colors = chartColors(theme);
  const format = useMetricsFormat();
  const presentation = useIncidentPresentation();
  const incidentLink = useRouteRef(incidentRouteRef);
  const navigate = useNavigate();

  const metricName = t(`charts.indicators.${metric}`);
  const bucketNoun = t(`charts.bucketNouns.${metrics.bucket}`);
  const severityName = (severity: string | null) =>
    presentation.severity(severity, props.severities).name;

  const { series, steps, domain, yTicks } = useMemo(() => {
    const configured = props.severities.map(s => s.id);
    const computedSeries = durationSeries(
      metrics.points,
      metric,
      severityOrder(metrics, configured),
    );
    const computedSteps = percentileSteps(metrics, metric);
    const largest = Math.max(
      0,
      ...computedSeries.flatMap(s => s.points.map(p => p.y)),
      ...computedSteps.map(s => s.p90 ?? 0),
    );
    return {
      series: computedSeries,
      steps: computedSteps,
      domain: timeDomain(metrics),
      yTicks: durationTicks(largest),
    };
  }, [metrics, metric, props.severities]);

  const stats = metrics[metric];
  const rangeText = {
    from: format.day(domain[0]),
    // The range ends where the last period does, exclusive: show its last day.
    to: format.day(domain[1] - 1),
  };

  const chart =
    stats.n === 0 ? (
      <Typography color="textSecondary">
        {t('charts.durationChart.noneMeasured')}
      </Typography>
    ) : (
      <ResponsiveContainer
        width="100%"
        height={INITIAL_SIZE.height}
        initialDimension={INITIAL_SIZE}
      >
        <ScatterChart
          {...STATIC_CHART}
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
          title={metricName}
          desc={t('charts.durationChart.description', {
            metric: metricName,
            bucket: bucketNoun,
            ...rangeText,
          })}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="x"
            type="number"
            scale="time"
            domain={domain}
            ticks={metrics.buckets.map(b => Date.parse(b.start))}
            tickFormatter={(x: number) => format.bucketShort(x, metrics.bucket)}
            interval="preserveStartEnd"
            minTickGap={16}
            // Room under the ticks for the axis title, above the legend.
            height={44}
            label={{
              value: t('charts.durationChart.xAxis'),
              position: 'insideBottom',
              offset: 0,
              ...colors.axisLabel,
            }}
            {...colors.axis}
          />
          <YAxis
            dataKey="y"
            type="number"
            domain={[0, yTicks[yTicks.length - 1]]}
            ticks={yTicks}
            tickFormatter={(seconds: number) =>
              seconds === 0 ? '0' : format.duration(seconds)
            }
            width={88}
            {...colors.axis}
          />
          <Tooltip
            shared={false}
            cursor={{ strokeDasharray: '3 3' }}
            content={tooltipProps => (
              <IncidentPointTooltip
                {...tooltipProps}
                format={format}
                severityName={severityName}
              />
            )}
          />
          {/* In drawing order: severities most severe first, then median, then p90. */}
          <Legend itemSorter={null} content={ChartLegend} />
          {series.map(s => {
            const look = severityLook(
              props.severities.findIndex(d => d.id === s.severity) >= 0
                ? props.severities.findIndex(d => d.id === s.severity)
                : props.severities.length,
              theme.palette,
            );
            return (
              <Scatter
                key={s.severity}
                name={severityName(severityOfKey(s.severity))}
                data={s.points}
                fill={look.color}
                fillOpacity={0.75}
                // Where points overlap, the see-through fill blends with the card;
                // the outline keeps the colour that stands out from it.
                stroke={look.color}
                shape={look.shape}
                legendType={look.shape}
                cursor="pointer"
                isAnimationActive={false}
                onClick={(item: unknown) => {
                  const point = ((item as { payload?: DurationPoint })
                    ?.payload ?? item) as DurationPoint | undefined;
                  // A restricted incident's page would only say it is not found.
                  if (point?.incident && !point.incident.restricted) {
                    navigate(incidentLink({ id: point.incident.number }));
                  }
                }}
              />
            );
          })}
          <Line
            data={steps}
            dataKey="p50"
            name={t('charts.durationChart.median', { bucket: bucketNoun })}
            type="linear"
            stroke={theme.palette.text.primary}
            strokeWidth={2}
            dot={false}
            activeDot={false}
            legendType="plainline"
            isAnimationActive={false}
          />
          <Line
            data={steps}
            dataKey="p90"
            name={t('charts.durationChart.p90', { bucket: bucketNoun })}
            type="linear"
            stroke={theme.palette.text.secondary}
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={false}
            activeDot={false}
            legendType="plainline"
            isAnimationActive={false}
          />
        </ScatterChart>
      </ResponsiveContainer>
    );

  const newestFirst = [...metrics.points].reverse();
  const table = (
    <>
      <DataTable
        caption={t('charts.durationChart.perBucketCaption', {
          metric: metricName,
          bucket: bucketNoun,
        })}
        columns={[
          { label: t('charts.durationChart.period') },
          { label: t('charts.durationChart.incidents'), numeric: true },
          { label: t('charts.durationChart.measured'), numeric: true },
          { label: t('charts.summary.median'), numeric: true },
          { label: t('charts.summary.p90'), numeric: true },
        ]}
        rows={metrics.buckets.map(b => ({
          key: b.start,
          cells: [
            format.bucketLong(b.start, metrics.bucket),
            b.count,
            b[metric].n,
            format.duration(b[metric].p50),
            format.duration(b[metric].p90),
          ],
        }))}
      />
      <DataTable
        caption={t('charts.durationChart.perIncidentCaption', {
          metric: metricName,
        })}
        scroll
        columns={[
          { label: t('charts.durationChart.incident'), oneLine: true },
          { label: t('charts.durationChart.title') },
          { label: t('charts.durationChart.severity') },
          { label: t('charts.durationChart.impactStarted') },
          { label: metricName, numeric: true },
        ]}
        rows={newestFirst.map(point => ({
          key: point.id,
          cells: [
            point.restricted ? (
              point.number
            ) : (
              <Link to={incidentLink({ id: point.number })}>
                {point.number}
              </Link>
            ),
            point.restricted
              ? t('charts.durationChart.restricted')
              : point.title,
            severityName(point.severity),
            format.dateTime(point.impactStartedAt),
            format.duration(point[metric]),
          ],
        }))}
      />
    </>
  );

  return (
    <ChartCard
      title={metricName}
      chart={chart}
      table={table}
      notes={
        <>
          <Typography variant="body2" color="textSecondary">
            {t(`charts.definitions.${metric}`)}
          </Typography>
          {metrics.points.length < metrics.count && (
            <Typography variant="body2" color="textSecondary">
              {t('charts.durationChart.truncated', {
                shown: String(metrics.points.length),
                total: String(metrics.count),
              })}
            </Typography>
          )}
        </>
      }
    />
  );
}
