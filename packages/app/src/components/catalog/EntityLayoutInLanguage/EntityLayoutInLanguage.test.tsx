import { screen } from '@testing-library/react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { Entity } from '@backstage/catalog-model';
import { catalogPlugin, EntityLayout } from '@backstage/plugin-catalog';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
  MockStarredEntitiesApi,
  starredEntitiesApiRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { EntityLayoutInLanguage, entityTab } from './EntityLayoutInLanguage';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'cart-service', namespace: 'default' },
  spec: { type: 'service', owner: 'group:default/storefront-team' },
};

describe('EntityLayoutInLanguage', () => {
  it('titles each tab with the app message it names', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [catalogApiRef, catalogApiMock({ entities: [entity] })],
          [starredEntitiesApiRef, new MockStarredEntitiesApi()],
          [permissionApiRef, mockApis.permission()],
        ]}
      >
        <EntityProvider entity={entity}>
          <EntityLayoutInLanguage>
            <EntityLayout.Route path="/" title={entityTab('overview')}>
              <div />
            </EntityLayout.Route>
            <EntityLayout.Route
              path="/known-errors"
              title={entityTab('knownErrors')}
            >
              <div />
            </EntityLayout.Route>
            <EntityLayout.Route
              path="/action-items"
              title={entityTab('actionItems')}
              if={() => false}
            >
              <div />
            </EntityLayout.Route>
          </EntityLayoutInLanguage>
        </EntityProvider>
      </TestApiProvider>,
      {
        mountedRoutes: {
          '/catalog': catalogPlugin.routes.catalogIndex,
          '/catalog/:namespace/:kind/:name': entityRouteRef,
        },
      },
    );
    expect(
      (await screen.findAllByRole('tab')).map(tab => tab.textContent),
    ).toEqual(['Overview', 'Known errors']);
  });
});
