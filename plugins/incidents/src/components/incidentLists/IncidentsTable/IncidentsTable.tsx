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
};

/**
 * A list of incidents, in the order given (the backend's: newest first), with links to
 * each incident's page. Paging and filtering are the caller's, on the server.
 *
 * @public
 */
export function IncidentsTable(props: IncidentsTableProps) {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const incidentLink = useRouteRef(incidentRouteRef);

  const columns: TableColumn<Incident>[] = [
    {
      title: t('table.number'),
      field: 'number',
      width: '7em',
      render: incident => (
        <Link to={incidentLink({ id: incident.number })}>
          {incident.number}
        </Link>
      ),
    },
    {
      title: t('table.title'),
      field: 'title',
      render: incident => (
        <Link to={incidentLink({ id: incident.number })}>{incident.title}</Link>
      ),
    },
    {
      title: t('table.severity'),
      field: 'severity',
      render: incident => (
        <SeverityChip
          severity={incident.severity}
          severities={props.severities}
        />
      ),
    },
    {
      title: t('table.status'),
      field: 'status',
      render: incident => <StatusChip status={incident.status} />,
    },
    {
      title: t('table.age'),
      field: 'impactStartedAt',
      render: incident => <RelativeTime iso={incident.impactStartedAt} />,
    },
  ];
  if (props.columns.includes('roles')) {
    columns.push({
      title: t('table.roles'),
      field: 'roles',
      render: incident => <RolesSummary roles={incident.roles} />,
    });
  }
  if (props.columns.includes('services')) {
    columns.push({
      title: t('table.services'),
      field: 'entityRefs',
      render: incident => <EntityRefList entityRefs={incident.entityRefs} />,
    });
  }
  if (props.columns.includes('owners')) {
    columns.push({
      title: t('table.owners'),
      field: 'ownerRefs',
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
      footer={props.footer}
    />
  );
}
