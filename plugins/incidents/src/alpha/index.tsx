/**
 * Incident Response for Backstage in apps built on the new frontend system.
 *
 * @packageDocumentation
 */
import {
  compatWrapper,
  convertLegacyRouteRef,
  convertLegacyRouteRefs,
} from '@backstage/core-compat-api';
import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import ReportProblemIcon from '@material-ui/icons/ReportProblem';
import { incidentsApiRef, IncidentsClient } from './api';
import { isIncidentsAvailable } from './isIncidentsAvailable';
import {
  entityContentRouteRef,
  incidentRouteRef,
  metricsRouteRef,
  rootRouteRef,
} from './routes';
import { incidentsTranslations } from './translations';

/** The Incidents tab's path on entity pages; the active incidents card links to it. */
const ENTITY_TAB_PATH = 'incidents';

const incidentsApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: incidentsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new IncidentsClient({ discoveryApi, fetchApi }),
    }),
});

/** Every incident, the organisation's metrics and each incident's page; also the nav item. */
const incidentsPage = PageBlueprint.make({
  params: {
    path: '/incidents',
    title: 'Incidents',
    icon: <ReportProblemIcon />,
    routeRef: convertLegacyRouteRef(rootRouteRef),
    loader: () =>
      import('./components/incidentLists/IncidentsRouter').then(m =>
        compatWrapper(<m.IncidentsRouter />),
      ),
  },
});

/** The Incidents tab of components, systems, APIs and resources. */
const entityIncidentsContent = EntityContentBlueprint.make({
  name: 'entity',
  params: {
    path: ENTITY_TAB_PATH,
    title: 'Incidents',
    routeRef: convertLegacyRouteRef(entityContentRouteRef),
    filter: isIncidentsAvailable,
    loader: () =>
      import('./components/incidentLists/EntityIncidentsContent').then(m =>
        compatWrapper(<m.EntityIncidentsContent />),
      ),
  },
});

/** The Incidents tab of groups: what the team owns. */
const teamIncidentsContent = EntityContentBlueprint.make({
  name: 'team',
  params: {
    path: ENTITY_TAB_PATH,
    title: 'Incidents',
    filter: { kind: 'group' },
    loader: () =>
      import('./components/incidentLists/EntityTeamIncidentsContent').then(m =>
        compatWrapper(<m.EntityTeamIncidentsContent />),
      ),
  },
});

/** Active incidents on the overview of every entity that can have incidents. */
const activeIncidentsCard = EntityCardBlueprint.make({
  name: 'active',
  params: {
    filter: isIncidentsAvailable,
    loader: () =>
      import('./components/incidentLists/EntityActiveIncidentsCard').then(m =>
        compatWrapper(
          <m.EntityActiveIncidentsCard tabPath={ENTITY_TAB_PATH} />,
        ),
      ),
  },
});

/** The French messages. */
const incidentsTranslation = TranslationBlueprint.make({
  params: { resource: incidentsTranslations },
});

/**
 * The incidents plugin for the new frontend system: the incidents page (with its nav
 * item), the Incidents tab on entity and group pages, the active incidents card and the
 * French translation.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'incidents',
  title: 'Incidents',
  icon: <ReportProblemIcon />,
  info: { packageJson: () => import('../package.json') },
  routes: convertLegacyRouteRefs({
    root: rootRouteRef,
    metrics: metricsRouteRef,
    incident: incidentRouteRef,
  }),
  extensions: [
    incidentsApi,
    incidentsPage,
    entityIncidentsContent,
    teamIncidentsContent,
    activeIncidentsCard,
    incidentsTranslation,
  ],
});
