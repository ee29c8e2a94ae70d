import { compatWrapper } from '@backstage/core-compat-api';
import {
  SearchFilterResultTypeBlueprint,
  SearchResultItemExtensionComponent,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import {
  INCIDENT_SEARCH_TYPE,
  KNOWN_ERROR_SEARCH_TYPE,
  POSTMORTEM_SEARCH_TYPE,
} from '@incident-response/backstage-plugin-incidents-common';
import AssignmentIcon from '@material-ui/icons/Assignment';
import MenuBookIcon from '@material-ui/icons/MenuBook';
import ReportProblemIcon from '@material-ui/icons/ReportProblem';
import { ComponentType } from 'react';
import type { IncidentsSearchResultItemProps } from '../components/search/SearchResultLayout';

type SearchItems = typeof import('../components/search');

/** Loads one of the result items when the search page first shows a result of its type. */
function lazyItem(
  pick: (items: SearchItems) => ComponentType<IncidentsSearchResultItemProps>,
): () => Promise<SearchResultItemExtensionComponent> {
  return () =>
    import('../components/search').then(items => {
      const Item = pick(items);
      // The search page passes the result, its rank and highlight, and the icon.
      return (props =>
        compatWrapper(
          <Item {...(props as IncidentsSearchResultItemProps)} />,
        )) as SearchResultItemExtensionComponent;
    });
}

/** Incidents in the search page's results (document type `incident`). */
export const incidentSearchResultItem = SearchResultListItemBlueprint.make({
  name: 'incident',
  params: {
    predicate: result => result.type === INCIDENT_SEARCH_TYPE,
    icon: <ReportProblemIcon />,
    component: lazyItem(items => items.IncidentSearchResultListItem),
  },
});

/** Known errors in the search page's results (document type `known-error`). */
export const knownErrorSearchResultItem = SearchResultListItemBlueprint.make({
  name: 'known-error',
  params: {
    predicate: result => result.type === KNOWN_ERROR_SEARCH_TYPE,
    icon: <MenuBookIcon />,
    component: lazyItem(items => items.KnownErrorSearchResultListItem),
  },
});

/** Postmortems in the search page's results (document type `postmortem`). */
export const postmortemSearchResultItem = SearchResultListItemBlueprint.make({
  name: 'postmortem',
  params: {
    predicate: result => result.type === POSTMORTEM_SEARCH_TYPE,
    icon: <AssignmentIcon />,
    component: lazyItem(items => items.PostmortemSearchResultListItem),
  },
});

/** The three types in the search page's type filter. */
export const incidentSearchResultType = SearchFilterResultTypeBlueprint.make({
  name: 'incident',
  params: {
    value: INCIDENT_SEARCH_TYPE,
    name: 'Incidents',
    icon: <ReportProblemIcon />,
  },
});

export const knownErrorSearchResultType = SearchFilterResultTypeBlueprint.make({
  name: 'known-error',
  params: {
    value: KNOWN_ERROR_SEARCH_TYPE,
    name: 'Known errors',
    icon: <MenuBookIcon />,
  },
});

export const postmortemSearchResultType = SearchFilterResultTypeBlueprint.make({
  name: 'postmortem',
  params: {
    value: POSTMORTEM_SEARCH_TYPE,
    name: 'Postmortems',
    icon: <AssignmentIcon />,
  },
});
