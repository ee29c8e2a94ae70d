import {
  compatWrapper,
  convertLegacyRouteRef,
} from '@backstage/core-compat-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isIncidentsAvailable } from '../isIncidentsAvailable';
import {
  entityContentRouteRef,
  entityKnownErrorsContentRouteRef,
} from '../routes';

/** The Incidents tab's path on entity pages; the active incidents card links to it. */
export const ENTITY_TAB_PATH = 'incidents';

/** The Known errors tab's path on entity pages; the Incidents tab links to it. */
export const KNOWN_ERRORS_TAB_PATH = 'known-errors';

/** The Incidents tab of components, systems, APIs and resources. */
export const entityIncidentsContent = EntityContentBlueprint.make({
  name: 'entity',
  params: {
    path: ENTITY_TAB_PATH,
    title: 'Incidents',
    routeRef: convertLegacyRouteRef(entityContentRouteRef),
    filter: isIncidentsAvailable,
    loader: () =>
      import('../components/incidentLists/EntityIncidentsContent').then(m =>
        compatWrapper(
          <m.EntityIncidentsContent
            knownErrorsTabPath={KNOWN_ERRORS_TAB_PATH}
          />,
        ),
      ),
  },
});

/** The Incidents tab of groups: what the team owns. */
export const teamIncidentsContent = EntityContentBlueprint.make({
  name: 'team',
  params: {
    path: ENTITY_TAB_PATH,
    title: 'Incidents',
    filter: { kind: 'group' },
    loader: () =>
      import('../components/incidentLists/EntityTeamIncidentsContent').then(m =>
        compatWrapper(<m.EntityTeamIncidentsContent />),
      ),
  },
});

/** The Known errors tab of components, systems, APIs and resources. */
export const entityKnownErrorsContent = EntityContentBlueprint.make({
  name: 'known-errors',
  params: {
    path: KNOWN_ERRORS_TAB_PATH,
    title: 'Known errors',
    routeRef: convertLegacyRouteRef(entityKnownErrorsContentRouteRef),
    filter: isIncidentsAvailable,
    loader: () =>
      import('../components/knownErrors/EntityKnownErrorsContent').then(m =>
        compatWrapper(<m.EntityKnownErrorsContent />),
      ),
  },
});
