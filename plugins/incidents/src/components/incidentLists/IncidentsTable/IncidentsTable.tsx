import Typography from '@material-ui/core/Typography';
import useMediaQuery from '@material-ui/core/useMediaQuery';
import { makeStyles, Theme } from '@material-ui/core/styles';
import { Link, TableColumn } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Incident,
  SeverityDefinition,
} from '@incident-response/backstage-plugin-incidents-common';
import { ReactNode } from 'react';
import { incidentRouteRef } from '../../../routes';
import { incidentsTranslationRef } from '../../../translation';
import { RolesSummary } from '../RolesSummary';
import {
  EntityRefList,
  RelativeTime,
  SeverityChip,
  StatusChip,
  TableCard,
} from '../../shared';

const useStyles = makeStyles(theme => ({
  nowrap: { whiteSpace: 'nowrap' },
  state: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: theme.spacing(0.5),
  },
}));

/** Optional columns of {@link IncidentsTable}. */
export type IncidentsTableColumn = 'services' | 'owners' | 'roles';

/** @public */
export type IncidentsTableProps = {
  title: string;
  incidents: Incident[];
  severities: SeverityDefinition[];
  /** Which optional columns to show; number, title, severity, status and start always are. */
  columns: IncidentsTableColumn[];
  loading?: boolean;
  emptyContent?: ReactNode;
  /** Under the table, e.g. pagination. */
  footer?: ReactNode;
  /** Above the table, e.g. filters. */
  filters?: ReactNode;
  /** In the card's header, e.g. a link to more. */
  action?: ReactNode;
};

/**
 * A list of incidents, in the order given (the backend's: newest first), with links to
 * each incident's page, one or two lines per incident. On a phone it keeps what tells
 * incidents apart in two columns: the number over what is wrong, the severity over the
 * status. Paging and filtering are
 * the caller's, on the server.
 *
 * @public
 */
export function IncidentsTable(props: IncidentsTableProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(incidentsTranslationRef);
  const incidentLink = useRouteRef(incidentRouteRef);
  const onPhone = useMediaQuery((theme: Theme) => theme.breakpoints.down('xs'));

  const columns: TableColumn<Incident>[] = [
    {
      title: t('table.number'),
      field: 'number',
      width: '7em',
      hidden: onPhone,
      cellStyle: { whiteSpace: 'nowrap' },
      render: incident => (
        <Link to={incidentLink({ id: incident.number })}>
          {incident.number}
        </Link>
      ),
    },
    {
      title: t('table.title'),
      // The other columns have widths: what is wrong gets the rest of the row.
      field: 'title',
      cellStyle: { minWidth: onPhone ? '9em' : '12em' },
      render: incident => (
        <>
          {onPhone && (
            <Typography variant="caption" display="block">
              {incident.number}
            </Typography>
          )}
          <Link to={incidentLink({ id: incident.number })}>
            {incident.title}
          </Link>
        </>
      ),
    },
    {
      title: t('table.severity'),
      field: 'severity',
      width: '130px',
      render: incident => (
        <div className={classes.state}>
          <SeverityChip
            severity={incident.severity}
            severities={props.severities}
          />
          {onPhone && <StatusChip status={incident.status} />}
        </div>
      ),
    },
    {
      title: t('table.status'),
      field: 'status',
      width: '130px',
      hidden: onPhone,
      // The status and, under it, how long ago the impact started.
      render: incident => (
        <div className={classes.state}>
          <StatusChip status={incident.status} />
          <Typography
            variant="caption"
            color="textSecondary"
            className={classes.nowrap}
          >
            <RelativeTime iso={incident.impactStartedAt} />
          </Typography>
        </div>
      ),
    },
  ];
  if (props.columns.includes('roles')) {
    columns.push({
      title: t('table.roles'),
      field: 'roles',
      width: '180px',
      hidden: onPhone,
      render: incident => <RolesSummary roles={incident.roles} />,
    });
  }
  if (props.columns.includes('services')) {
    columns.push({
      title: t('table.services'),
      field: 'entityRefs',
      width: '150px',
      hidden: onPhone,
      render: incident => (
        <EntityRefList entityRefs={incident.entityRefs} max={1} />
      ),
    });
  }
  if (props.columns.includes('owners')) {
    columns.push({
      title: t('table.owners'),
      field: 'ownerRefs',
      hidden: onPhone,
      render: incident => (
        <EntityRefList entityRefs={incident.ownerRefs} defaultKind="group" />
      ),
    });
  }

  return (
    <TableCard<Incident>
      title={props.title}
      columns={columns}
      rows={props.incidents}
      loading={props.loading}
      emptyContent={props.emptyContent}
      filters={props.filters}
      action={props.action}
      footer={props.footer}
    />
  );
}
