import ReportProblemIcon from '@material-ui/icons/ReportProblem';
import { SidebarItem } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { rootRouteRef } from '../../routes';
import { incidentsTranslationRef } from '../../translation';

/**
 * The sidebar link to the incidents page, named in the user's language.
 *
 * @public
 */
export function IncidentsSidebarItem() {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const incidentsLink = useRouteRef(rootRouteRef);
  return (
    <SidebarItem
      icon={ReportProblemIcon}
      to={incidentsLink()}
      text={t('incidentsPage.sidebar')}
    />
  );
}
