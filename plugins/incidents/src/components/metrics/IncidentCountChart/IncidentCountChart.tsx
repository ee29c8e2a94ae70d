import { useTheme } from '@material-ui/core/styles';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  IncidentMetrics,
  SeverityDefinition,
} from '@incident-response/backstage-plugin-incidents-common';
import { useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  useIncidentPresentation,
  useMetricsFormat,
  useUniqueId,
} from '../../../hooks';
import {
  CountRow,
  countRows,
  severityOfKey,
  severityOrder,
  timeDomain,
} from '../../../lib/metricsChartData';
import { severityLook } from '../../../lib/severityLooks';
import { incidentsTranslationRef } from '../../../translation';
import { ChartCard, chartColors, DataTable, STATIC_CHART } from '../ChartCard';
import { ChartLegend } from '../ChartLegend';
import { SeverityPatterns } from './SeverityPatterns';

/** Charts render at this size before the browser measures them (and in tests). */
const INITIAL_SIZE = { width: 560, height: 320 };

/** @public */
export type IncidentCountChartProps = {
  metrics: IncidentMetrics;
  severities: SeverityDefinition[];
};

/**
 * How many incidents started in each period, stacked by severity (colour and fill
 * pattern), with totals in the tooltip and the table view.
 *
 * @public
 */
export function IncidentCountChart(props: IncidentCountChartProps) {
  const { metrics } = props;
  const { t } = useTranslationRef(incidentsTranslationRef);
  const theme = useTheme();
  const colors = chartColors(theme);
  const format = useMetricsFormat();
  const presentation = useIncidentPresentation();
  const patternPrefix = useUniqueId('severity-pattern');

  const { severities, rows } = useMemo(() => {
    const order = severityOrder(
      metrics,
      props.severities.map(s => s.id),
    );
    return { severities: order, rows: countRows(metrics, order) };
  }, [metrics, props.severities]);

  const bucketNoun = t(`charts.bucketNouns.${metrics.bucket}`);
  const severityName = (key: string) =>
    presentation.severity(severityOfKey(key), props.severities).name;
  const looks = severities.map((id, index) => {
    const rank = props.severities.findIndex(s => s.id === id);
    return {
      severity: id,
      id: `${patternPrefix}-${index}`,
      look: severityLook(
        rank >= 0 ? rank : props.severities.length,
        theme.palette,
      ),
    };
  });
  const [from, to] = timeDomain(metrics);

  const chart = (
    <ResponsiveContainer
      width="100%"
      height={INITIAL_SIZE.height}
      initialDimension={INITIAL_SIZE}
    >
      <BarChart
        {...STATIC_CHART}
        data={rows}
        margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        title={t('charts.countChart.title')}
        desc={t('charts.countChart.description', {
          bucket: bucketNoun,
          from: format.day(from),
          to: format.day(to - 1),
        })}
      >
        <SeverityPatterns patterns={looks} />
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="start"
          tickFormatter={(start: string) =>
            format.bucketShort(start, metrics.bucket)
          }
          interval="preserveStartEnd"
          minTickGap={16}
          {...colors.axis}
        />
        <YAxis allowDecimals={false} width={40} {...colors.axis} />
        <Tooltip
          {...colors.tooltip}
          labelFormatter={(start: unknown) =>
            typeof start === 'string'
              ? format.bucketLong(start, metrics.bucket)
              : ''
          }
        />
        {/* Severities most severe first, as configured, not alphabetically. */}
        <Legend itemSorter={null} content={ChartLegend} />
        {looks.map(({ severity, id, look }) => (
          <Bar
            key={severity}
            stackId="count"
            name={severityName(severity)}
            dataKey={(row: CountRow) => row.bySeverity[severity]}
            fill={`url(#${id})`}
            stroke={look.color}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );

  const totals = severities.map(severity =>
    rows.reduce((sum, row) => sum + row.bySeverity[severity], 0),
  );
  const table = (
    <DataTable
      caption={t('charts.countChart.caption', { bucket: bucketNoun })}
      columns={[
        { label: t('charts.countChart.period') },
        ...severities.map(severity => ({
          label: severityName(severity),
          numeric: true,
        })),
        { label: t('charts.countChart.total'), numeric: true },
      ]}
      rows={rows.map(row => ({
        key: row.start,
        cells: [
          format.bucketLong(row.start, metrics.bucket),
          ...severities.map(severity => row.bySeverity[severity]),
          row.total,
        ],
      }))}
      footer={[
        {
          key: 'total',
          cells: [t('charts.countChart.total'), ...totals, metrics.count],
        },
      ]}
    />
  );

  return (
    <ChartCard
      title={t('charts.countChart.title')}
      chart={chart}
      table={table}
    />
  );
}
