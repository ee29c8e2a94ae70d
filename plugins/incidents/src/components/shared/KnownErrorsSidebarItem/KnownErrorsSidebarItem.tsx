import MenuBookIcon from '@material-ui/icons/MenuBook';
import { SidebarItem } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { knownErrorsRouteRef } from '../../../routes';
import { incidentsTranslationRef } from '../../../translation';

/**
 * The sidebar link to the known errors page, named in the user's language; highlighted
 * there and on each known error's page.
 *
 * @public
 */
export function KnownErrorsSidebarItem() {
  const { t } = useTranslationRef(incidentsTranslationRef);
  const knownErrorsLink = useRouteRef(knownErrorsRouteRef);
  return (
    <SidebarItem
      icon={MenuBookIcon}
      to={knownErrorsLink()}
      text={t('knownErrors.listPage.sidebar')}
    />
  );
}
