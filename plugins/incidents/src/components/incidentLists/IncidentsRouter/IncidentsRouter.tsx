import { Route, Routes, useParams } from 'react-router-dom';
import { isIncidentReference } from '../../../lib/incidentReference';
import {
  incidentPostmortemRouteRef,
  incidentRouteRef,
  metricsRouteRef,
} from '../../../routes';
import {
  IncidentNotFoundPage,
  IncidentPage,
  IncidentPageTab,
} from '../../incidentPage';
import { IncidentMetricsPage } from '../../metrics';
import { IncidentsListPage } from '../IncidentsListPage';

/** An incident's page when the segment names an incident; the unknown incident's otherwise. */
function IncidentRoute(props: { tab: IncidentPageTab }) {
  const { id = '' } = useParams();
  return isIncidentReference(id) ? (
    <IncidentPage tab={props.tab} />
  ) : (
    <IncidentNotFoundPage reference={id} />
  );
}

/** Any deeper path: it names no incident either. */
function OtherRoute() {
  const { '*': rest = '' } = useParams();
  return <IncidentNotFoundPage reference={rest} />;
}

/**
 * The incidents pages: the list at the mount point, the organisation's metrics
 * (`/incidents/metrics`), each incident (`/incidents/INC-42` or its id) and its
 * postmortem (`/incidents/INC-42/postmortem`). The paths
 * come from the route refs, and an incident's page answers only incident references, so
 * a static page never competes with an incident.
 *
 * @public
 */
export function IncidentsRouter() {
  return (
    <Routes>
      <Route path="/" element={<IncidentsListPage />} />
      <Route path={metricsRouteRef.path} element={<IncidentMetricsPage />} />
      <Route
        path={incidentRouteRef.path}
        element={<IncidentRoute tab="overview" />}
      />
      <Route
        path={incidentPostmortemRouteRef.path}
        element={<IncidentRoute tab="postmortem" />}
      />
      <Route path="*" element={<OtherRoute />} />
    </Routes>
  );
}
