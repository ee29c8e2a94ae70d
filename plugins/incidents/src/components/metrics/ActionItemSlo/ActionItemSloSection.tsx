import Box from '@material-ui/core/Box';
import LinearProgress from '@material-ui/core/LinearProgress';
import { Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  ActionItemSlo,
  IncidentChangedSignal,
} from '@incident-response/backstage-plugin-incidents-common';
import { ReactNode, Suspense, useEffect, useState } from 'react';
import {
  useActionItemSlo,
  useIncidentChanges,
  useUniqueId,
} from '../../../hooks';
import { incidentsTranslationRef } from '../../../translation';
import { MetricsPeriodControls } from '../MetricsPeriodControls';
import {
  MetricsSectionHeader,
  useMetricsPeriod,
} from '../MetricsSectionHeader';
import type { ActionItemSloBreakdown } from './ActionItemSloView';
import { ErrorNotice } from '../../shared';
import { lazyWithPreload } from '../../../lib/lazyWithPreload';

// The charts library is large: only pages that show the SLO chart download it, while
// the SLO loads (`npm run bench -- ui` checks which pages do).
const { Component: ActionItemSloView, preload: preloadView } = lazyWithPreload(
  () => import('./ActionItemSloView').then(m => m.ActionItemSloView),
);

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
  useEffect(preloadView, []);
  if (props.error) {
    return (
      <ErrorNotice title={t('actionItemSlo.loadError')} error={props.error} />
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
      <Suspense fallback={<Progress aria-label={t('actionItemSlo.loading')} />}>
        <ActionItemSloView slo={props.slo} breakdowns={props.breakdowns} />
      </Suspense>
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
  const { period, range, choose, moveOn } = useMetricsPeriod();
  const [bucket, setBucket] = useState<(typeof SLO_BUCKETS)[number]>('month');
  const { slo, loading, error, reload } = useActionItemSlo({
    ...props.filter,
    ...range,
    bucket,
  });
  useIncidentChanges(props.reloadWhen ?? never, () => {
    moveOn();
    reload();
  });

  return (
    <section aria-labelledby={headingId}>
      <MetricsSectionHeader
        headingId={headingId}
        title={t('actionItemSlo.title')}
        intro={props.intro}
        help={t('actionItemSlo.help')}
        controls={
          <MetricsPeriodControls
            idPrefix={props.idPrefix}
            period={period}
            bucket={bucket}
            buckets={SLO_BUCKETS}
            onPeriodChange={choose}
            onBucketChange={next =>
              setBucket(next === 'quarter' ? 'quarter' : 'month')
            }
          />
        }
      />
      <ActionItemSloResult
        slo={slo}
        loading={loading}
        error={error}
        breakdowns={props.breakdowns}
      />
    </section>
  );
}
