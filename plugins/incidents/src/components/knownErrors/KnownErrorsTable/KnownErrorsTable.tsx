import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import { makeStyles, Theme } from '@material-ui/core/styles';
import CheckIcon from '@material-ui/icons/Check';
import RemoveIcon from '@material-ui/icons/Remove';
import { Link, TableColumn } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  KnownError,
  KnownErrorSuggestion,
} from '@incident-response/backstage-plugin-incidents-common';
import { ReactNode } from 'react';
import { knownErrorRouteRef } from '../../../routes';
import { incidentsTranslationRef } from '../../../translation';
import { EntityRefList, RelativeTime, TableCard } from '../../shared';
import { KnownErrorStatusChip } from '../KnownErrorStatusChip';
import { useKnownErrorPresentation } from '../useKnownErrorPresentation';

const useStyles = makeStyles(theme => ({
  workaround: { display: 'inline-flex', alignItems: 'center', gap: 4 },
  reasons: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(0.5) },
}));

/** A known error as a row: from the list (with when it was last seen) or a suggestion (with why). */
export type KnownErrorRow = Omit<KnownErrorSuggestion, 'reasons'> &
  Partial<Pick<KnownError, 'lastSeenAt'>> &
  Partial<Pick<KnownErrorSuggestion, 'reasons'>>;

/** Optional columns of {@link KnownErrorsTable}. */
export type KnownErrorsTableColumn = 'lastSeen' | 'reasons';

/** @public */
export type KnownErrorsTableProps = {
  title: string;
  subheader?: string;
  knownErrors: KnownErrorRow[];
  /**
   * Number, problem, status, services, workaround and incidents always show; on a phone,
   * only the number over the problem, the status and why it is suggested.
   */
  columns: KnownErrorsTableColumn[];
  loading?: boolean;
  emptyContent?: ReactNode;
  filters?: ReactNode;
  footer?: ReactNode;
};

/**
 * Known errors in the order given (the backend's: by relevance or most recently seen),
 * each linking to its page: status in plain words, affected services, whether a
 * workaround is recorded, how many incidents it caused and, when asked, when it was last
 * seen and why it is suggested. On a phone it keeps what tells known errors apart, so
 * that the status fits beside the problem instead of a scroll away.
 *
 * @public
 */
export function KnownErrorsTable(props: KnownErrorsTableProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const { reasonName } = useKnownErrorPresentation();
  const knownErrorLink = useRouteRef(knownErrorRouteRef);
  const onPhone = useMediaQuery((theme: Theme) => theme.breakpoints.down('xs'));

  const columns: TableColumn<KnownErrorRow>[] = [
    {
      title: t('knownErrors.table.number'),
      field: 'number',
      width: '7em',
      hidden: onPhone,
      render: row => (
        <Link to={knownErrorLink({ id: row.number })}>{row.number}</Link>
      ),
    },
    {
      title: t('knownErrors.table.title'),
      field: 'title',
      // The problem is what people read first; it gets the room.
      cellStyle: { minWidth: onPhone ? '9em' : '16em' },
      render: row => (
        <>
          {onPhone && (
            <Typography variant="caption" display="block">
              {row.number}
            </Typography>
          )}
          <Link to={knownErrorLink({ id: row.number })}>{row.title}</Link>
        </>
      ),
    },
    {
      title: t('knownErrors.table.status'),
      field: 'status',
      render: row => <KnownErrorStatusChip status={row.status} />,
    },
  ];
  if (props.columns.includes('reasons')) {
    columns.push({
      title: t('knownErrors.table.reasons'),
      field: 'reasons',
      render: row => (
        <span className={classes.reasons}>
          {(row.reasons ?? []).map(reason => (
            <Chip key={reason} size="small" label={reasonName(reason)} />
          ))}
        </span>
      ),
    });
  }
  columns.push(
    {
      title: t('knownErrors.table.services'),
      field: 'entityRefs',
      hidden: onPhone,
      render: row => <EntityRefList entityRefs={row.entityRefs} />,
    },
    {
      title: t('knownErrors.table.workaround'),
      field: 'workaround',
      hidden: onPhone,
      render: row =>
        row.workaround ? (
          <span className={classes.workaround}>
            <CheckIcon fontSize="small" />
            {t('knownErrors.table.hasWorkaround')}
          </span>
        ) : (
          <span className={classes.workaround}>
            <RemoveIcon fontSize="small" />
            {t('knownErrors.table.noWorkaround')}
          </span>
        ),
    },
    {
      title: t('knownErrors.table.recurrence'),
      field: 'incidentCount',
      type: 'numeric',
      hidden: onPhone,
    },
  );
  if (props.columns.includes('lastSeen')) {
    columns.push({
      title: t('knownErrors.table.lastSeen'),
      field: 'lastSeenAt',
      hidden: onPhone,
      render: row =>
        row.lastSeenAt ? (
          <RelativeTime iso={row.lastSeenAt} />
        ) : (
          t('knownErrors.table.neverSeen')
        ),
    });
  }

  return (
    <TableCard<KnownErrorRow>
      title={props.title}
      subheader={props.subheader}
      columns={columns}
      rows={props.knownErrors}
      loading={props.loading}
      emptyContent={props.emptyContent}
      filters={props.filters}
      footer={props.footer}
    />
  );
}
