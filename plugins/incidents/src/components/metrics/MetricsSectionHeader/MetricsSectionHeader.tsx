import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { ReactNode, useMemo, useState } from 'react';
import { MetricsPeriod, periodRange } from '../../../lib/metricsPeriods';

/** @public */
export type MetricsSectionHeaderProps = {
  /** The heading's id, which names the section. */
  headingId: string;
  title: string;
  /** Under the heading, e.g. whose numbers these are. */
  intro?: ReactNode;
  /** What the numbers mean. */
  help: string;
  /** The period and grouping controls, at the end of the row. */
  controls: ReactNode;
};

/** The heading row of a metrics section: its title, what it covers, and its controls. */
export function MetricsSectionHeader(props: MetricsSectionHeaderProps) {
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      justifyContent="space-between"
      alignItems="flex-end"
      marginBottom={2}
      style={{ gap: 16 }}
    >
      <div>
        <Typography variant="h5" component="h2" id={props.headingId}>
          {props.title}
        </Typography>
        {props.intro && (
          <Typography variant="body2" color="textSecondary">
            {props.intro}
          </Typography>
        )}
        <Typography variant="body2" color="textSecondary">
          {props.help}
        </Typography>
      </div>
      {props.controls}
    </Box>
  );
}

/**
 * The period a section covers (the last 12 months to begin with) as the `from` and `to`
 * of its query. The period ends "now" as of the last load, not of each render, so
 * renders do not load again; `moveOn` makes it end now, so what just happened counts.
 */
export function useMetricsPeriod() {
  const [period, setPeriod] = useState<MetricsPeriod>('last12Months');
  const [now, setNow] = useState(() => new Date());
  const range = useMemo(() => periodRange(period, now), [period, now]);
  return {
    period,
    range,
    choose(next: MetricsPeriod) {
      setPeriod(next);
      setNow(new Date());
    },
    moveOn: () => setNow(new Date()),
  };
}
