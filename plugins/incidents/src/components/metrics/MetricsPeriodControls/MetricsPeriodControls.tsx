import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  METRIC_BUCKETS,
  MetricBucket,
} from '@incident-response/backstage-plugin-incidents-common';
import { METRICS_PERIODS, MetricsPeriod } from '../../../lib/metricsPeriods';
import { incidentsTranslationRef } from '../../../translation';

const useStyles = makeStyles(theme => ({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
  },
  select: { minWidth: 160 },
}));

/** @public */
export type MetricBucketSelectProps = {
  /** Used to make the control's id unique on the page. */
  idPrefix: string;
  value: MetricBucket;
  onChange(bucket: MetricBucket): void;
  /** The groupings offered; all of them unless told. */
  buckets?: readonly MetricBucket[];
};

/**
 * Week, month or quarter: the period each median and bar covers. A native select, so
 * it works with the keyboard and screen readers everywhere.
 *
 * @public
 */
export function MetricBucketSelect(props: MetricBucketSelectProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  return (
    <TextField
      id={`${props.idPrefix}-bucket`}
      className={classes.select}
      select
      SelectProps={{ native: true }}
      label={t('charts.bucketLabel')}
      value={props.value}
      onChange={event => props.onChange(event.target.value as MetricBucket)}
      variant="outlined"
      size="small"
    >
      {(props.buckets ?? METRIC_BUCKETS).map(bucket => (
        <option key={bucket} value={bucket}>
          {t(`charts.buckets.${bucket}`)}
        </option>
      ))}
    </TextField>
  );
}

/** @public */
export type MetricsPeriodControlsProps = {
  idPrefix: string;
  period: MetricsPeriod;
  bucket: MetricBucket;
  onPeriodChange(period: MetricsPeriod): void;
  onBucketChange(bucket: MetricBucket): void;
  /** The groupings offered; all of them unless told. */
  buckets?: readonly MetricBucket[];
};

/**
 * Which stretch of time the charts cover (the last 3 to 24 months, or all time) and
 * how they group it.
 *
 * @public
 */
export function MetricsPeriodControls(props: MetricsPeriodControlsProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  return (
    <div className={classes.row}>
      <TextField
        id={`${props.idPrefix}-period`}
        className={classes.select}
        select
        SelectProps={{ native: true }}
        label={t('charts.periodLabel')}
        value={props.period}
        onChange={event =>
          props.onPeriodChange(event.target.value as MetricsPeriod)
        }
        variant="outlined"
        size="small"
      >
        {METRICS_PERIODS.map(period => (
          <option key={period} value={period}>
            {t(`charts.periods.${period}`)}
          </option>
        ))}
      </TextField>
      <MetricBucketSelect
        idPrefix={props.idPrefix}
        value={props.bucket}
        onChange={props.onBucketChange}
        buckets={props.buckets}
      />
    </div>
  );
}
