import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import ErrorIcon from '@material-ui/icons/Error';
import Alert from '@material-ui/lab/Alert';
import { Link, TableColumn } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useRouteRef } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  ActionItem,
  incidentUpdatePermission,
  UpdatedActionItem,
} from '@incident-response/backstage-plugin-incidents-common';
import { ReactNode, useState } from 'react';
import { useLanguage, useNow } from '../../../hooks';
import { formatDay, formatShortDay, isOverdue } from '../../../lib/dueDates';
import {
  incidentPostmortemRouteRef,
  knownErrorRouteRef,
} from '../../../routes';
import { incidentsTranslationRef } from '../../../translation';
import { ExternalLink, TableCard, ToneChip } from '../../shared';
import { usePostmortemPresentation } from '../../../hooks/usePostmortemPresentation';
import { ActionItemStatusChip } from './ActionItemStatusChip';
import { ActionItemStatusControl } from './ActionItemStatusControl';
import { KnownErrorFixOffer } from './KnownErrorFixOffer';

/**
 * An item's status: changed in place by people allowed to update its incident (each
 * item asks about its own incident, as a list may hold several), shown otherwise.
 */
function ActionItemStatusCell(props: {
  item: ActionItem;
  onChanged(item: UpdatedActionItem): void;
  onFailed(message: string): void;
}) {
  const { allowed } = usePermission({
    permission: incidentUpdatePermission,
    resourceRef: props.item.incidentId,
  });
  return allowed ? (
    <ActionItemStatusControl
      item={props.item}
      onChanged={props.onChanged}
      onFailed={props.onFailed}
    />
  ) : (
    <ActionItemStatusChip status={props.item.status} />
  );
}

/** @public */
export type ActionItemsCardProps = {
  title: string;
  subheader?: string;
  items: ActionItem[];
  /** Adds a column with each item's incident, linking to its postmortem. */
  showIncident?: boolean;
  loading?: boolean;
  emptyContent?: ReactNode;
  /** In the card's header, e.g. Add an action item. */
  action?: ReactNode;
  filters?: ReactNode;
  footer?: ReactNode;
  /** After an item's status changed. */
  onChanged(item: UpdatedActionItem): void;
};

/**
 * Action items in the order given: what will be done (with its tracker issue, the known
 * error it removes and why it will not be done), its incident when asked, owner team,
 * assignee, due date (and whether it is overdue), priority, kind and status, which
 * people allowed to update its incident change in place. When a change completes the
 * last open item of a known error, it offers to mark that known error fixed.
 *
 * @public
 */
export function ActionItemsCard(props: ActionItemsCardProps) {
  const words = usePostmortemPresentation();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const language = useLanguage();
  const now = useNow();
  const postmortemLink = useRouteRef(incidentPostmortemRouteRef);
  const knownErrorLink = useRouteRef(knownErrorRouteRef);
  const [failure, setFailure] = useState<string>();
  const [readyToFix, setReadyToFix] = useState<UpdatedActionItem>();

  const columns: TableColumn<ActionItem>[] = [
    {
      title: t('actionItems.table.action'),
      field: 'title',
      cellStyle: { minWidth: '16em' },
      render: item => (
        <>
          <Typography variant="body2">{item.title}</Typography>
          {item.reason && (
            <Typography variant="caption" color="textSecondary" component="div">
              {t('actionItems.table.reason', { reason: item.reason })}
            </Typography>
          )}
          <Box display="flex" gridGap={12} flexWrap="wrap">
            {item.trackerUrl && (
              <Typography variant="caption">
                <ExternalLink href={item.trackerUrl}>
                  {t('actionItems.table.tracker')}
                </ExternalLink>
              </Typography>
            )}
            {item.knownErrorId && (
              <Typography variant="caption">
                <Link to={knownErrorLink({ id: item.knownErrorId })}>
                  {t('actionItems.table.knownError')}
                </Link>
              </Typography>
            )}
          </Box>
        </>
      ),
    },
  ];
  if (props.showIncident) {
    columns.push({
      title: t('actionItems.table.incident'),
      field: 'incidentNumber',
      render: item => (
        <Link to={postmortemLink({ id: item.incidentNumber })}>
          {item.incidentNumber}
        </Link>
      ),
    });
  }
  columns.push(
    {
      title: t('actionItems.table.owner'),
      field: 'ownerRef',
      render: item => (
        <EntityRefLink entityRef={item.ownerRef} defaultKind="group" />
      ),
    },
    {
      title: t('actionItems.table.assignee'),
      field: 'assigneeRef',
      render: item =>
        item.assigneeRef ? (
          <EntityRefLink entityRef={item.assigneeRef} defaultKind="user" />
        ) : (
          t('actionItems.table.nobody')
        ),
    },
    {
      title: t('actionItems.table.due'),
      field: 'dueOn',
      render: item => (
        <Box
          display="flex"
          flexDirection="column"
          alignItems="flex-start"
          gridGap={4}
        >
          <Typography variant="body2" title={formatDay(item.dueOn, language)}>
            {formatShortDay(item.dueOn, language)}
          </Typography>
          {isOverdue(item, now) && (
            <ToneChip
              icon={ErrorIcon}
              tone="error"
              label={t('actionItems.overdue')}
            />
          )}
        </Box>
      ),
    },
    {
      title: t('actionItems.table.priority'),
      field: 'priority',
      render: item => words.priorityName(item.priority),
    },
    {
      title: t('actionItems.table.kind'),
      field: 'kind',
      render: item => words.kindName(item.kind),
    },
    {
      title: t('actionItems.table.status'),
      field: 'status',
      render: item => (
        <ActionItemStatusCell
          item={item}
          onChanged={changed => {
            setFailure(undefined);
            if (changed.knownErrorReadyToFix && changed.knownErrorId) {
              setReadyToFix(changed);
            }
            props.onChanged(changed);
          }}
          onFailed={setFailure}
        />
      ),
    },
  );

  return (
    <>
      {(failure || readyToFix) && (
        <Box marginBottom={2}>
          {failure && (
            <Alert
              severity="error"
              role="alert"
              onClose={() => setFailure(undefined)}
            >
              {failure}
            </Alert>
          )}
          {readyToFix && (
            <KnownErrorFixOffer
              key={readyToFix.id}
              item={readyToFix}
              onDismiss={() => setReadyToFix(undefined)}
            />
          )}
        </Box>
      )}
      <TableCard<ActionItem>
        title={props.title}
        subheader={props.subheader}
        action={props.action}
        columns={columns}
        rows={props.items}
        loading={props.loading}
        emptyContent={props.emptyContent ?? t('actionItems.table.empty')}
        filters={props.filters}
        footer={props.footer}
      />
    </>
  );
}
