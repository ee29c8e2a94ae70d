import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import {
  SearchFilterResultTypeBlueprint,
  SearchResultItemExtensionComponent,
  SearchResultItemExtensionPredicate,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import { screen } from '@testing-library/react';
import {
  incidentSearchResultItem,
  incidentSearchResultType,
  knownErrorSearchResultItem,
  knownErrorSearchResultType,
  postmortemSearchResultItem,
  postmortemSearchResultType,
} from './searchResultItems';

jest.setTimeout(30_000);

const document = (title: string, location: string) => ({
  title,
  text: 'Every basket fails at payment.',
  location,
  number: 'INC-12',
  status: 'active',
});

/** Checks the item takes its type only, renders it and returns its title link. */
async function renderedLink(
  item: {
    predicate?: SearchResultItemExtensionPredicate;
    component: SearchResultItemExtensionComponent;
  },
  type: string,
  location: string,
) {
  const result = { type, document: document(`A ${type}`, location) };
  expect(item.predicate?.(result)).toBe(true);
  expect(item.predicate?.({ ...result, type: 'software-catalog' })).toBe(false);

  renderInTestApp(<item.component result={result.document} rank={1} />);
  return screen.findByRole('link', { name: `A ${type}` });
}

describe('incidents in the search page of the new frontend system', () => {
  it('renders the results of type incident, and no other', async () => {
    const link = await renderedLink(
      createExtensionTester(incidentSearchResultItem).get(
        SearchResultListItemBlueprint.dataRefs.item,
      ),
      'incident',
      '/incidents/INC-12',
    );
    expect(link).toHaveAttribute('href', '/incidents/INC-12');
  });

  it('renders the results of type known-error, and no other', async () => {
    const link = await renderedLink(
      createExtensionTester(knownErrorSearchResultItem).get(
        SearchResultListItemBlueprint.dataRefs.item,
      ),
      'known-error',
      '/known-errors/KE-3',
    );
    expect(link).toHaveAttribute('href', '/known-errors/KE-3');
  });

  it('renders the results of type postmortem, and no other', async () => {
    const link = await renderedLink(
      createExtensionTester(postmortemSearchResultItem).get(
        SearchResultListItemBlueprint.dataRefs.item,
      ),
      'postmortem',
      '/incidents/INC-12/postmortem',
    );
    expect(link).toHaveAttribute('href', '/incidents/INC-12/postmortem');
  });

  it('adds the three types to the type filter', () => {
    expect(
      createExtensionTester(incidentSearchResultType).get(
        SearchFilterResultTypeBlueprint.dataRefs.resultType,
      ),
    ).toMatchObject({ value: 'incident', name: 'Incidents' });
    expect(
      createExtensionTester(knownErrorSearchResultType).get(
        SearchFilterResultTypeBlueprint.dataRefs.resultType,
      ),
    ).toMatchObject({ value: 'known-error', name: 'Known errors' });
    expect(
      createExtensionTester(postmortemSearchResultType).get(
        SearchFilterResultTypeBlueprint.dataRefs.resultType,
      ),
    ).toMatchObject({ value: 'postmortem', name: 'Postmortems' });
  });
});
