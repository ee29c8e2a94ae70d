import { Entity } from '@backstage/catalog-model';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import {
  createExtensionTester,
  mockApis,
  renderInTestApp,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { screen } from '@testing-library/react';
import { incidentsApiRef, knownErrorsApiRef, postmortemsApiRef } from '../api';
import { rootRouteRef } from '../routes';
import { incidentsTranslations } from '../translations';
import incidentsPlugin from '.';
import { fakeCatalogApi } from '../__testUtils__/fakeCatalogApi';
import {
  aKnownError,
  aKnownErrorDetails,
  anIncident,
  mockIncidentsApi,
  mockKnownErrorsApi,
  mockPostmortemsApi,
  testEntities,
} from '../__testUtils__/fixtures';

const entity = (kind: string, name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
});

// The first render loads the plugin's pages.
jest.setTimeout(30_000);

// Incidents link to the entities they affect.
const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

describe('the incidents plugin for the new frontend system', () => {
  const apis = (
    api = mockIncidentsApi(),
    knownErrorsApi = mockKnownErrorsApi(),
    postmortemsApi = mockPostmortemsApi(),
  ) =>
    [
      [incidentsApiRef, api],
      [knownErrorsApiRef, knownErrorsApi],
      [postmortemsApiRef, postmortemsApi],
      [catalogApiRef, fakeCatalogApi(testEntities)],
      [permissionApiRef, mockApis.permission()],
    ] as const;

  it('serves the incidents page at /incidents, listing incidents from the API', async () => {
    const api = mockIncidentsApi({
      listIncidents: jest
        .fn()
        .mockResolvedValue({ items: [anIncident()], totalItems: 1 }),
    });
    renderTestApp({
      features: [incidentsPlugin],
      apis: apis(api),
      mountedRoutes,
      initialRouteEntries: ['/incidents'],
    });
    expect(
      await screen.findByText('Cart totals are wrong'),
    ).toBeInTheDocument();
    expect(api.listIncidents).toHaveBeenCalled();
  });

  it('serves the organisation’s metrics under the incidents page', async () => {
    const api = mockIncidentsApi();
    renderTestApp({
      features: [incidentsPlugin],
      apis: apis(api),
      mountedRoutes,
      initialRouteEntries: ['/incidents/metrics'],
    });
    expect(
      await screen.findByRole('heading', { name: 'Incident metrics' }),
    ).toBeInTheDocument();
    expect(api.getMetrics).toHaveBeenCalled();
  });

  it('serves each incident’s Postmortem tab under the incidents page', async () => {
    const postmortemsApi = mockPostmortemsApi();
    renderTestApp({
      features: [incidentsPlugin],
      apis: apis(undefined, undefined, postmortemsApi),
      mountedRoutes,
      initialRouteEntries: ['/incidents/INC-7/postmortem'],
    });
    expect(
      await screen.findByText('This is a blameless postmortem'),
    ).toBeInTheDocument();
    expect(postmortemsApi.getPostmortem).toHaveBeenCalledWith(anIncident().id);
  });

  it('serves the known errors page at /known-errors, listing them from the API', async () => {
    const knownErrorsApi = mockKnownErrorsApi({
      listKnownErrors: jest
        .fn()
        .mockResolvedValue({ items: [aKnownError()], totalItems: 1 }),
    });
    renderTestApp({
      features: [incidentsPlugin],
      apis: apis(undefined, knownErrorsApi),
      mountedRoutes,
      initialRouteEntries: ['/known-errors'],
    });
    expect(
      await screen.findByText('Basket cache serves stale prices'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'KE-3' })).toHaveAttribute(
      'href',
      '/known-errors/KE-3',
    );
    expect(knownErrorsApi.listKnownErrors).toHaveBeenCalled();
  });

  it('serves each known error’s page under it', async () => {
    const knownErrorsApi = mockKnownErrorsApi({
      getKnownError: jest.fn().mockResolvedValue(aKnownErrorDetails()),
    });
    renderTestApp({
      features: [incidentsPlugin],
      apis: apis(undefined, knownErrorsApi),
      mountedRoutes,
      initialRouteEntries: ['/known-errors/KE-3'],
    });
    expect(
      await screen.findByRole('heading', {
        name: 'Basket cache serves stale prices',
      }),
    ).toBeInTheDocument();
    expect(knownErrorsApi.getKnownError).toHaveBeenCalledWith('KE-3');
  });

  it('adds the Known errors tab to entities that can have incidents', () => {
    const tab = createExtensionTester(
      incidentsPlugin.getExtension('entity-content:incidents/known-errors'),
    );
    expect(tab.get(EntityContentBlueprint.dataRefs.title)).toBe('Known errors');
    expect(tab.get(coreExtensionData.routePath)).toBe('known-errors');
    const appliesTo = tab.get(EntityContentBlueprint.dataRefs.filterFunction)!;
    expect(appliesTo(entity('API', 'cart-api'))).toBe(true);
    expect(appliesTo(entity('User', 'guest'))).toBe(false);
  });

  it('adds the Action items tab to entities that can have incidents, and to groups', () => {
    const entityTab = createExtensionTester(
      incidentsPlugin.getExtension('entity-content:incidents/action-items'),
    );
    const teamTab = createExtensionTester(
      incidentsPlugin.getExtension(
        'entity-content:incidents/team-action-items',
      ),
    );
    for (const tab of [entityTab, teamTab]) {
      expect(tab.get(EntityContentBlueprint.dataRefs.title)).toBe(
        'Action items',
      );
      expect(tab.get(coreExtensionData.routePath)).toBe('action-items');
    }
    const appliesTo = entityTab.get(
      EntityContentBlueprint.dataRefs.filterFunction,
    )!;
    expect(appliesTo(entity('Resource', 'prices-db'))).toBe(true);
    expect(appliesTo(entity('Group', 'storefront-team'))).toBe(false);
    const teamAppliesTo = teamTab.get(
      EntityContentBlueprint.dataRefs.filterFunction,
    )!;
    expect(teamAppliesTo(entity('Group', 'storefront-team'))).toBe(true);
    expect(teamAppliesTo(entity('Component', 'cart-service'))).toBe(false);
  });

  it('provides the incidents, known errors and postmortems APIs', () => {
    for (const id of [
      'api:incidents',
      'api:incidents/known-errors',
      'api:incidents/postmortems',
    ]) {
      expect(incidentsPlugin.getExtension(id as any)).toBeDefined();
    }
  });

  it('names the known errors page for its nav item', () => {
    const page = createExtensionTester(
      incidentsPlugin.getExtension('page:incidents/known-errors'),
    );
    expect(page.get(coreExtensionData.routePath)).toBe('/known-errors');
    expect(page.get(coreExtensionData.title)).toBe('Known errors');
  });

  it('adds the Incidents tab to entities that can have incidents, and the team tab to groups', () => {
    const entityTab = createExtensionTester(
      incidentsPlugin.getExtension('entity-content:incidents/entity'),
    );
    const teamTab = createExtensionTester(
      incidentsPlugin.getExtension('entity-content:incidents/team'),
    );
    expect(entityTab.get(EntityContentBlueprint.dataRefs.title)).toBe(
      'Incidents',
    );
    const appliesTo = entityTab.get(
      EntityContentBlueprint.dataRefs.filterFunction,
    )!;
    expect(appliesTo(entity('Component', 'cart-service'))).toBe(true);
    expect(appliesTo(entity('Group', 'storefront-team'))).toBe(false);
    const teamTabAppliesTo = teamTab.get(
      EntityContentBlueprint.dataRefs.filterFunction,
    )!;
    expect(teamTabAppliesTo(entity('Group', 'storefront-team'))).toBe(true);
    expect(teamTabAppliesTo(entity('Component', 'cart-service'))).toBe(false);
    expect(entityTab.get(coreExtensionData.routePath)).toBe('incidents');
    expect(teamTab.get(coreExtensionData.routePath)).toBe('incidents');
  });

  it('brings the French messages', () => {
    const translation = createExtensionTester(
      incidentsPlugin.getExtension('translation:incidents'),
    );
    expect(translation.get(TranslationBlueprint.dataRefs.translation)).toBe(
      incidentsTranslations,
    );
  });

  it('shows the active incidents card on an entity’s overview, linking to its tab', async () => {
    const card = createExtensionTester(
      incidentsPlugin.getExtension('entity-card:incidents/active'),
    );
    expect(
      card.get(EntityCardBlueprint.dataRefs.filterFunction)!(
        entity('System', 'storefront'),
      ),
    ).toBe(true);
    const api = mockIncidentsApi({
      listIncidents: jest
        .fn()
        .mockResolvedValue({ items: [anIncident()], totalItems: 1 }),
    });
    await renderInTestApp(
      <EntityProvider entity={testEntities[0]}>
        {card.reactElement()}
      </EntityProvider>,
      {
        apis: apis(api),
        mountedRoutes: {
          ...mountedRoutes,
          '/incidents': convertLegacyRouteRef(rootRouteRef),
        },
        mountPath: '/catalog/:namespace/:kind/:name/*',
        initialRouteEntries: ['/catalog/default/component/cart-service'],
      },
    );
    expect(
      await screen.findByText('INC-7: Cart totals are wrong'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'All incidents of this entity' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/cart-service/incidents',
    );
  });
});
