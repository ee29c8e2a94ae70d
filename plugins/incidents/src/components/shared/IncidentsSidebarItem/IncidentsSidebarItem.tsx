import ReportProblemIcon from '@material-ui/icons/ReportProblem';
import { SidebarItem } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useLocation } from 'react-router-dom';
import { metricsRouteRef, rootRouteRef } from '../../../routes';
import { incidentsTranslationRef } from '../../../translation';

/**
 * The sidebar link to the incidents page, named in the user's language. It is
 * highlighted on the incidents page and an incident's page, not on the metrics page
 * under it, which has its own item.
 *
 * @public
 */
export function IncidentsSidebarItem() {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const incidentsLink = useRouteRef(rootRouteRef);
  const metricsPath = useRouteRef(metricsRouteRef)();
  const { pathname } = useLocation();
  const onMetricsPage =
    pathname === metricsPath || pathname.startsWith(`${metricsPath}/`);
  return (
    <SidebarItem
      icon={ReportProblemIcon}
      to={incidentsLink()}
      text={t('incidentsPage.sidebar')}
      end={onMetricsPage}
    />
  );
}
