import {
  compatWrapper,
  convertLegacyRouteRef,
} from '@backstage/core-compat-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isIncidentsAvailable } from '../isIncidentsAvailable';
import {
  entityActionItemsContentRouteRef,
  entityContentRouteRef,
  entityKnownErrorsContentRouteRef,
} from '../routes';

/** The Incidents tab's path on entity pages; the active incidents card links to it. */
export const ENTITY_TAB_PATH = 'incidents';

/** The Known errors tab's path on entity pages; the Incidents tab links to it. */
export const KNOWN_ERRORS_TAB_PATH = 'known-errors';

/** The Action items tab's path on entity and group pages. */
export const ACTION_ITEMS_TAB_PATH = 'action-items';

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

/** The Action items tab of components, systems, APIs and resources. */
export const entityActionItemsContent = EntityContentBlueprint.make({
  name: 'action-items',
  params: {
    path: ACTION_ITEMS_TAB_PATH,
    title: 'Action items',
    routeRef: convertLegacyRouteRef(entityActionItemsContentRouteRef),
    filter: isIncidentsAvailable,
    loader: () =>
      import('../components/postmortems/EntityActionItemsContent').then(m =>
        compatWrapper(<m.EntityActionItemsContent />),
      ),
  },
});

/** The Action items tab of groups: what the team owns, with its SLO. */
export const teamActionItemsContent = EntityContentBlueprint.make({
  name: 'team-action-items',
  params: {
    path: ACTION_ITEMS_TAB_PATH,
    title: 'Action items',
    filter: { kind: 'group' },
    loader: () =>
      import('../components/postmortems/EntityTeamActionItemsContent').then(m =>
        compatWrapper(<m.EntityTeamActionItemsContent />),
      ),
  },
});
