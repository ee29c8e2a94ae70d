import {
  compatWrapper,
  convertLegacyRouteRef,
} from '@backstage/core-compat-api';
import { PageBlueprint } from '@backstage/frontend-plugin-api';
import ReportProblemIcon from '@material-ui/icons/ReportProblem';
import { rootRouteRef } from '../routes';

/** Every incident, the organisation's metrics and each incident's page; also the nav item. */
export const incidentsPage = PageBlueprint.make({
  params: {
    path: '/incidents',
    title: 'Incidents',
    icon: <ReportProblemIcon />,
    routeRef: convertLegacyRouteRef(rootRouteRef),
    loader: () =>
      import('../components/incidentLists/IncidentsRouter').then(m =>
        compatWrapper(<m.IncidentsRouter />),
      ),
  },
});
