import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useTheme } from '@material-ui/core/styles';
import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  ActionItemSlo,
  ActionItemSloCounts,
} from '@incident-response/backstage-plugin-incidents-common';
import { ReactNode } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useMetricsFormat } from '../../../hooks';
import { incidentsTranslationRef } from '../../../translation';
import { ChartCard, chartColors, DataTable, STATIC_CHART } from '../ChartCard';
import { ChartLegend } from '../ChartLegend';

/** Charts render at this size before the browser measures them (and in tests). */
const INITIAL_SIZE = { width: 560, height: 280 };

/** The tables of an SLO: by team, by service. */
export type ActionItemSloBreakdown = 'byTeam' | 'byService';

/** @public */
export type ActionItemSloViewProps = {
  slo: ActionItemSlo;
  /** The breakdowns to show as tables. */
  breakdowns: ActionItemSloBreakdown[];
};

/** Formats shares as percentages and counts, in the reader's language. */
function useSloFormat() {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const format = useMetricsFormat();
  const percent = new Intl.NumberFormat(format.language, {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  return {
    t,
    format,
    share: (counts: ActionItemSloCounts): string =>
      counts.share === null
        ? t('actionItemSlo.noValue')
        : percent.format(counts.share),
    percent: (value: number) => percent.format(value / 100),
  };
}

/** The columns every SLO table has after its first: due, done on time, share, open overdue. */
function useCountColumns() {
  const { t, share } = useSloFormat();
  return {
    columns: [
      { label: t('actionItemSlo.due'), numeric: true },
      { label: t('actionItemSlo.doneByDueDay'), numeric: true },
      { label: t('actionItemSlo.share'), numeric: true },
      { label: t('actionItemSlo.openOverdue'), numeric: true },
    ],
    cells: (counts: ActionItemSloCounts): ReactNode[] => [
      counts.due,
      counts.doneByDueDay,
      share(counts),
      counts.openOverdue,
    ],
  };
}

/**
 * The action items' completion: the share done by their due date and the open overdue
 * ones, overall, as a trend per month or quarter of the due date (a chart, with the same
 * numbers as a table), and by team or by service.
 *
 * @public
 */
export function ActionItemSloView(props: ActionItemSloViewProps) {
  const { slo } = props;
  const { t, format, share, percent } = useSloFormat();
  const counts = useCountColumns();
  const theme = useTheme();
  const colors = chartColors(theme);
  const bucketNoun = t(`charts.bucketNouns.${slo.bucket}`);
  const rows = slo.buckets.map(bucket => ({
    start: bucket.start,
    share: bucket.share === null ? null : Math.round(bucket.share * 100),
    openOverdue: bucket.openOverdue,
  }));

  const chart = (
    <ResponsiveContainer
      width="100%"
      height={INITIAL_SIZE.height}
      initialDimension={INITIAL_SIZE}
    >
      <ComposedChart
        {...STATIC_CHART}
        data={rows}
        margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
        title={t('actionItemSlo.title')}
        desc={t('actionItemSlo.description', { bucket: bucketNoun })}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="start"
          tickFormatter={(start: string) =>
            format.bucketShort(start, slo.bucket)
          }
          interval="preserveStartEnd"
          minTickGap={16}
          {...colors.axis}
        />
        <YAxis
          yAxisId="share"
          domain={[0, 100]}
          tickFormatter={(value: number) => percent(value)}
          width={48}
          {...colors.axis}
        />
        <YAxis
          yAxisId="overdue"
          orientation="right"
          allowDecimals={false}
          width={40}
          {...colors.axis}
        />
        <Tooltip
          {...colors.tooltip}
          labelFormatter={(start: unknown) =>
            typeof start === 'string'
              ? format.bucketLong(start, slo.bucket)
              : ''
          }
          formatter={(value: unknown, name: unknown) =>
            name === t('actionItemSlo.share') && typeof value === 'number'
              ? percent(value)
              : String(value)
          }
        />
        <Legend content={ChartLegend} />
        <Bar
          yAxisId="share"
          dataKey="share"
          name={t('actionItemSlo.share')}
          fill={colors.mark(theme.palette.success.main)}
          isAnimationActive={false}
        />
        <Line
          yAxisId="overdue"
          dataKey="openOverdue"
          name={t('actionItemSlo.openOverdue')}
          stroke={colors.mark(theme.palette.error.main)}
          strokeDasharray="4 2"
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );

  const trendTable = (
    <DataTable
      caption={t('actionItemSlo.trendCaption', { bucket: bucketNoun })}
      columns={[{ label: t('actionItemSlo.period') }, ...counts.columns]}
      rows={slo.buckets.map(bucket => ({
        key: bucket.start,
        cells: [
          format.bucketLong(bucket.start, slo.bucket),
          ...counts.cells(bucket),
        ],
      }))}
    />
  );

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <InfoCard title={t('actionItemSlo.title')}>
          <DataTable
            caption={t('actionItemSlo.title')}
            hideCaption
            columns={[{ label: '' }, ...counts.columns]}
            rows={[
              {
                key: 'overall',
                cells: [
                  t('actionItemSlo.overall'),
                  ...counts.cells(slo.overall),
                ],
              },
            ]}
          />
          <Typography variant="h4" component="p" aria-hidden>
            {share(slo.overall)}
          </Typography>
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        {slo.buckets.length > 0 ? (
          <ChartCard
            title={t('actionItemSlo.trendCaption', { bucket: bucketNoun })}
            chart={chart}
            table={trendTable}
          />
        ) : (
          <Typography variant="body2">{t('actionItemSlo.noneDue')}</Typography>
        )}
      </Grid>
      {props.breakdowns.includes('byTeam') && slo.byTeam.length > 0 && (
        <Grid item xs={12} lg={6}>
          <DataTable
            caption={t('actionItemSlo.byTeamCaption')}
            scroll
            columns={[{ label: t('actionItemSlo.team') }, ...counts.columns]}
            rows={slo.byTeam.map(team => ({
              key: team.ownerRef,
              cells: [
                <EntityRefLink
                  key="team"
                  entityRef={team.ownerRef}
                  defaultKind="group"
                />,
                ...counts.cells(team),
              ],
            }))}
          />
        </Grid>
      )}
      {props.breakdowns.includes('byService') && slo.byService.length > 0 && (
        <Grid item xs={12} lg={6}>
          <DataTable
            caption={t('actionItemSlo.byServiceCaption')}
            scroll
            columns={[{ label: t('actionItemSlo.service') }, ...counts.columns]}
            rows={slo.byService.map(service => ({
              key: service.entityRef,
              cells: [
                <EntityRefLink key="service" entityRef={service.entityRef} />,
                ...counts.cells(service),
              ],
            }))}
          />
        </Grid>
      )}
    </Grid>
  );
}
