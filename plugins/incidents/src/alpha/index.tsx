/**
 * Incident Response for Backstage in apps built on the new frontend system.
 *
 * @packageDocumentation
 */
import { convertLegacyRouteRefs } from '@backstage/core-compat-api';
import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import ReportProblemIcon from '@material-ui/icons/ReportProblem';
import {
  incidentRouteRef,
  knownErrorRouteRef,
  knownErrorsRouteRef,
  metricsRouteRef,
  rootRouteRef,
} from '../routes';
import { incidentsApi, knownErrorsApi } from './apis';
import { activeIncidentsCard } from './entityCards';
import {
  entityIncidentsContent,
  entityKnownErrorsContent,
  teamIncidentsContent,
} from './entityContents';
import { incidentsPage, knownErrorsPage } from './pages';
import { incidentsTranslation } from './translations';

/**
 * The incidents plugin for the new frontend system: the incidents page and the known
 * errors page (each with its nav item), the Incidents and Known errors tabs on entity
 * pages, the Incidents tab on group pages, the active incidents card and the French
 * translation.
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
    knownErrors: knownErrorsRouteRef,
    knownError: knownErrorRouteRef,
  }),
  extensions: [
    incidentsApi,
    knownErrorsApi,
    incidentsPage,
    knownErrorsPage,
    entityIncidentsContent,
    entityKnownErrorsContent,
    teamIncidentsContent,
    activeIncidentsCard,
    incidentsTranslation,
  ],
});
