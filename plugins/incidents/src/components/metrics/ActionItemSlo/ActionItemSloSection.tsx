import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  ActionItemSlo,
  IncidentChangedSignal,
} from '@incident-response/backstage-plugin-incidents-common';
import { ReactNode, useMemo, useState } from 'react';
import {
  useActionItemSlo,
  useIncidentChanges,
  useUniqueId,
} from '../../../hooks';
import { MetricsPeriod, periodRange } from '../../../lib/metricsPeriods';
import { incidentsTranslationRef } from '../../../translation';
import { MetricsPeriodControls } from '../MetricsPeriodControls';
import { ActionItemSloBreakdown, ActionItemSloView } from './ActionItemSloView';

/** The groupings the action-item SLO has: months and quarters of the due date. */
export const SLO_BUCKETS = ['month', 'quarter'] as const;

const never = () => false;

/** What loading the SLO has come to: the view, a progress indicator or the error. */
export function ActionItemSloResult(props: {
  slo?: ActionItemSlo;
  loading: boolean;
  error?: Error;
  breakdowns: ActionItemSloBreakdown[];
}) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  if (props.error) {
    return (
      <ResponseErrorPanel
        title={t('actionItemSlo.loadError')}
        error={props.error}
      />
    );
  }
  if (!props.slo) {
    return <Progress aria-label={t('actionItemSlo.loading')} />;
  }
  return (
    <>
      <Box height={4} marginBottom={1}>
        {props.loading && <LinearProgress />}
      </Box>
      <ActionItemSloView slo={props.slo} breakdowns={props.breakdowns} />
    </>
  );
}

/** @public */
export type ActionItemSloSectionProps = {
  /** Whose action items: a team's, or those of incidents on an entity. */
  filter: { ownerRef: string } | { entityRef: string };
  /** Used to make the controls' ids unique on the page. */
  idPrefix: string;
  breakdowns: ActionItemSloBreakdown[];
  /** Under the heading. */
  intro?: ReactNode;
  /** Load again when a matching incident changes (live updates). */
  reloadWhen?: (signal: IncidentChangedSignal) => boolean;
};

/**
 * The action-item SLO of a team or an entity: a heading, the period (the last 12 months
 * unless the reader picks another) grouped by month or quarter, then the share of items
 * done by their due date and the open overdue ones, as a trend and by team or service.
 *
 * @public
 */
export function ActionItemSloSection(props: ActionItemSloSectionProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const headingId = useUniqueId('action-item-slo-heading');
  const [period, setPeriod] = useState<MetricsPeriod>('last12Months');
  const [bucket, setBucket] = useState<(typeof SLO_BUCKETS)[number]>('month');
  const [now, setNow] = useState(() => new Date());
  const range = useMemo(() => periodRange(period, now), [period, now]);
  const { slo, loading, error, reload } = useActionItemSlo({
    ...props.filter,
    ...range,
    bucket,
  });
  useIncidentChanges(props.reloadWhen ?? never, () => {
    setNow(new Date());
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
            {t('actionItemSlo.title')}
          </Typography>
          {props.intro && (
            <Typography variant="body2" color="textSecondary">
              {props.intro}
            </Typography>
          )}
          <Typography variant="body2" color="textSecondary">
            {t('actionItemSlo.help')}
          </Typography>
        </div>
        <MetricsPeriodControls
          idPrefix={props.idPrefix}
          period={period}
          bucket={bucket}
          buckets={SLO_BUCKETS}
          onPeriodChange={next => {
            setPeriod(next);
            setNow(new Date());
          }}
          onBucketChange={next =>
            setBucket(next === 'quarter' ? 'quarter' : 'month')
          }
        />
      </Box>
      <ActionItemSloResult
        slo={slo}
        loading={loading}
        error={error}
        breakdowns={props.breakdowns}
      />
    </section>
  );
}
