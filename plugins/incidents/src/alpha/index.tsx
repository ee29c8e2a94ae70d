/**
 * Incident Response for Backstage in apps built on the new frontend system.
 *
 * @packageDocumentation
 */
import { convertLegacyRouteRefs } from '@backstage/core-compat-api';
import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import ReportProblemIcon from '@material-ui/icons/ReportProblem';
import {
  entityActionItemsContentRouteRef,
  incidentPostmortemRouteRef,
  incidentRouteRef,
  knownErrorRouteRef,
  knownErrorsRouteRef,
  metricsRouteRef,
  rootRouteRef,
} from '../routes';
import { incidentsApi, knownErrorsApi, postmortemsApi } from './apis';
import { activeIncidentsCard } from './entityCards';
import {
  entityActionItemsContent,
  entityIncidentsContent,
  entityKnownErrorsContent,
  teamActionItemsContent,
  teamIncidentsContent,
} from './entityContents';
import { incidentsPage, knownErrorsPage } from './pages';
import {
  incidentSearchResultItem,
  incidentSearchResultType,
  knownErrorSearchResultItem,
  knownErrorSearchResultType,
  postmortemSearchResultItem,
  postmortemSearchResultType,
} from './searchResultItems';
import { incidentsTranslation } from './translations';

/**
 * The incidents plugin for the new frontend system: the incidents page (with each
 * incident's Postmortem tab) and the known errors page (each with its nav item), the
 * Incidents, Known errors and Action items tabs on entity pages, the Incidents and
 * Action items tabs on group pages, the active incidents card, the French
 * translation, and incidents, known errors and postmortems in the search page's results
 * and type filter.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'incidents',
  title: 'Incidents',
  icon: <ReportProblemIcon />,
  info: { packageJson: () => import('../../package.json') },
  routes: convertLegacyRouteRefs({
    root: rootRouteRef,
    metrics: metricsRouteRef,
    incident: incidentRouteRef,
    incidentPostmortem: incidentPostmortemRouteRef,
    knownErrors: knownErrorsRouteRef,
    knownError: knownErrorRouteRef,
    entityActionItems: entityActionItemsContentRouteRef,
  }),
  extensions: [
    incidentsApi,
    knownErrorsApi,
    postmortemsApi,
    incidentsPage,
    knownErrorsPage,
    entityIncidentsContent,
    entityKnownErrorsContent,
    teamIncidentsContent,
    entityActionItemsContent,
    teamActionItemsContent,
    activeIncidentsCard,
    incidentsTranslation,
    incidentSearchResultItem,
    knownErrorSearchResultItem,
    postmortemSearchResultItem,
    incidentSearchResultType,
    knownErrorSearchResultType,
    postmortemSearchResultType,
  ],
});
