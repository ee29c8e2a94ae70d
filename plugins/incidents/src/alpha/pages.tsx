import {
  compatWrapper,
  convertLegacyRouteRef,
} from '@backstage/core-compat-api';
import { PageBlueprint } from '@backstage/frontend-plugin-api';
import MenuBookIcon from '@material-ui/icons/MenuBook';
import ReportProblemIcon from '@material-ui/icons/ReportProblem';
import { knownErrorsRouteRef, rootRouteRef } from '../routes';

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

/** The known-error database and each known error's page; also the nav item. */
export const knownErrorsPage = PageBlueprint.make({
  name: 'known-errors',
  params: {
    path: '/known-errors',
    title: 'Known errors',
    icon: <MenuBookIcon />,
    routeRef: convertLegacyRouteRef(knownErrorsRouteRef),
    loader: () =>
      import('../components/knownErrors/KnownErrorsRouter').then(m =>
        compatWrapper(<m.KnownErrorsRouter />),
      ),
  },
});
