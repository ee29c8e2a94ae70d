/**
 * Incident Response for Backstage in apps built on the new frontend system.
 *
 * @packageDocumentation
 */
import { convertLegacyRouteRefs } from '@backstage/core-compat-api';
import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import ReportProblemIcon from '@material-ui/icons/ReportProblem';
import { incidentRouteRef, metricsRouteRef, rootRouteRef } from '../routes';
import { incidentsApi, knownErrorsApi } from './apis';
import { activeIncidentsCard } from './entityCards';
import { entityIncidentsContent, teamIncidentsContent } from './entityContents';
import { incidentsPage } from './pages';
import { incidentsTranslation } from './translations';

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
  info: { packageJson: () => import('../../package.json') },
  routes: convertLegacyRouteRefs({
    root: rootRouteRef,
    metrics: metricsRouteRef,
    incident: incidentRouteRef,
  }),
  extensions: [
    incidentsApi,
    knownErrorsApi,
    incidentsPage,
    entityIncidentsContent,
    teamIncidentsContent,
    activeIncidentsCard,
    incidentsTranslation,
  ],
});
