import ShowChartIcon from '@material-ui/icons/ShowChart';
import { SidebarItem } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { metricsRouteRef } from '../../../routes';
import { incidentsTranslationRef } from '../../../translation';

/**
 * The sidebar link to the organisation's incident metrics (`/incidents/metrics`), named
 * in the user's language.
 *
 * @public
 */
export function IncidentMetricsSidebarItem() {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const metricsLink = useRouteRef(metricsRouteRef);
  return (
    <SidebarItem
      icon={ShowChartIcon}
      to={metricsLink()}
      text={t('metricsPage.sidebar')}
    />
  );
}
