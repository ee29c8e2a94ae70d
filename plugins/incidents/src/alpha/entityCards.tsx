import { compatWrapper } from '@backstage/core-compat-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isIncidentsAvailable } from '../isIncidentsAvailable';
import { ENTITY_TAB_PATH } from './entityContents';

/** Active incidents on the overview of every entity that can have incidents. */
export const activeIncidentsCard = EntityCardBlueprint.make({
  name: 'active',
  params: {
    filter: isIncidentsAvailable,
    loader: () =>
      import('../components/incidentLists/EntityActiveIncidentsCard').then(m =>
        compatWrapper(
          <m.EntityActiveIncidentsCard tabPath={ENTITY_TAB_PATH} />,
        ),
      ),
  },
});
