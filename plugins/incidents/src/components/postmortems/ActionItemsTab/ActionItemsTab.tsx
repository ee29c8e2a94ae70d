import FormControlLabel from '@material-ui/core/FormControlLabel';
import Grid from '@material-ui/core/Grid';
import Switch from '@material-ui/core/Switch';
import Typography from '@material-ui/core/Typography';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  ACTION_ITEM_STATUSES,
  ActionItemStatus,
  IncidentChangedSignal,
  OPEN_ACTION_ITEM_STATUSES,
  POSTMORTEM_LIMITS,
} from '@incident-response/backstage-plugin-incidents-common';
import { useState } from 'react';
import { useActionItemPages, useIncidentChanges } from '../../../hooks';
import { incidentsTranslationRef } from '../../../translation';
import { ActionItemSloBreakdown, ActionItemSloSection } from '../../metrics';
import {
  ErrorNotice,
  FilterBar,
  KeysetPagination,
  MultiSelectFilter,
} from '../../shared';
import { ActionItemsCard } from '../ActionItemsCard';
import { usePostmortemPresentation } from '../../../hooks/usePostmortemPresentation';

/** What the tab starts with: the items still to do. */
const TO_DO: ActionItemStatus[] = [...OPEN_ACTION_ITEM_STATUSES];

/** @public */
export type ActionItemsTabProps = {
  /** Whose action items: a team's, or those of the incidents on an entity. */
  filter: { ownerRef: string } | { entityRef: string };
  /** Used to make the controls' ids unique on the page. */
  idPrefix: string;
  title: string;
  intro: string;
  /** When there is no action item to do: that there is none, and how they get here. */
  emptyTitle: string;
  emptyDescription: string;
  /** The SLO tables to show under the list. */
  breakdowns: ActionItemSloBreakdown[];
  /** Which incident changes reload the list and the SLO. */
  reloadWhen(signal: IncidentChangedSignal): boolean;
};

/**
 * Action items of a team or an entity: the ones to do first (overdue first, then by due
 * date), filters by status and for the overdue ones only, keyset pagination, each
 * status changed in place; then the action-item SLO. Live: it reloads when a matching
 * incident (its postmortem or action items) changes.
 *
 * @public
 */
export function ActionItemsTab(props: ActionItemsTabProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const { itemStatusName } = usePostmortemPresentation();
  const [statuses, setStatuses] = useState<ActionItemStatus[]>(TO_DO);
  const [overdue, setOverdue] = useState(false);
  const pages = useActionItemPages(
    {
      ...props.filter,
      ...(statuses.length > 0 && { status: statuses }),
      ...(overdue && { overdue: true }),
    },
    POSTMORTEM_LIMITS.pageSizeDefault,
  );
  useIncidentChanges(props.reloadWhen, pages.reload);

  const filtersAsStarted = statuses.join() === TO_DO.join() && !overdue;
  const list = pages.error ? (
    <ErrorNotice
      title={t('actionItems.teamTab.loadError')}
      error={pages.error}
      onRetry={pages.reload}
    />
  ) : (
    <ActionItemsCard
      title={props.title}
      subheader={props.intro}
      items={pages.items}
      showIncident
      loading={pages.loading}
      emptyContent={
        filtersAsStarted ? (
          <>
            <strong>{props.emptyTitle}</strong> {props.emptyDescription}
          </>
        ) : (
          t('actionItems.teamTab.emptyFiltered')
        )
      }
      filters={
        <FilterBar
          label={t('filters.label')}
          onClear={
            filtersAsStarted
              ? undefined
              : () => {
                  setStatuses(TO_DO);
                  setOverdue(false);
                }
          }
        >
          <MultiSelectFilter<ActionItemStatus>
            id={`${props.idPrefix}-status`}
            label={t('actionItems.teamTab.status')}
            options={ACTION_ITEM_STATUSES}
            optionName={itemStatusName}
            value={statuses}
            onChange={setStatuses}
          />
          <FormControlLabel
            control={
              <Switch
                checked={overdue}
                onChange={e => setOverdue(e.target.checked)}
                color="primary"
              />
            }
            label={t('actionItems.teamTab.overdueOnly')}
          />
        </FilterBar>
      }
      footer={
        <KeysetPagination
          pages={pages}
          totalText={count => t('actionItems.total', { count })}
        />
      }
      onChanged={pages.reload}
    />
  );

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        {list}
      </Grid>
      <Grid item xs={12}>
        <ActionItemSloSection
          filter={props.filter}
          idPrefix={`${props.idPrefix}-slo`}
          breakdowns={props.breakdowns}
          reloadWhen={props.reloadWhen}
        />
      </Grid>
      <Grid item xs={12}>
        <Typography variant="caption" color="textSecondary">
          {t('actionItems.teamTab.liveUpdates')}
        </Typography>
      </Grid>
    </Grid>
  );
}
