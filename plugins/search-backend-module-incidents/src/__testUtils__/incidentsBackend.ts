import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import { DiscoveryService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { JsonObject } from '@backstage/types';
import incidentsPlugin from '@incident-response/backstage-plugin-incidents-backend';

export const GUEST = 'user:default/guest';

const component = (name: string, owner: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner },
});

/** Two services and their team: what incidents and known errors are recorded on. */
export const catalogEntities: Entity[] = [
  component('checkout-web', 'group:default/storefront-team'),
  component('cart-service', 'group:default/storefront-team'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'storefront-team', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: 'guest', namespace: 'default' },
    spec: { memberOf: ['storefront-team'] },
  },
];

/**
 * The real incidents backend plugin (in-memory SQLite, a mock catalog), with `features`
 * next to it: what the collators read in the tests.
 */
export function startIncidentsBackend(
  options: {
    features?: Parameters<typeof startTestBackend>[0]['features'];
    config?: JsonObject;
  } = {},
): Promise<TestBackend> {
  return startTestBackend({
    features: [
      incidentsPlugin,
      catalogServiceMock.factory({ entities: catalogEntities }),
      mockServices.rootConfig.factory({ data: options.config ?? {} }),
      ...(options.features ?? []),
    ],
  });
}

/** Where the plugins of a test backend answer. */
export function discoveryOf(backend: TestBackend): DiscoveryService {
  const baseUrl = async (pluginId: string) =>
    `http://localhost:${backend.server.port()}/api/${pluginId}`;
  return { getBaseUrl: baseUrl, getExternalBaseUrl: baseUrl };
}

/** Calls the incidents API as the guest user; fails the test unless it answers `status`. */
export async function asGuest(
  backend: TestBackend,
  method: string,
  path: string,
  body: JsonObject,
  status = 200,
): Promise<any> {
  const response = await fetch(
    `http://localhost:${backend.server.port()}/api/incidents${path}`,
    {
      method,
      headers: {
        Authorization: mockCredentials.user.header(GUEST),
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(body),
    },
  );
  const answer = await response.json();
  if (response.status !== status) {
    throw new Error(
      `${method} ${path} answered ${response.status}: ${JSON.stringify(
        answer,
      )}`,
    );
  }
  return answer;
}

/** Records what the test backend holds: incidents, known errors, postmortems. */
export function seed(backend: TestBackend) {
  return {
    declare: (body: JsonObject) =>
      asGuest(
        backend,
        'POST',
        '/incidents',
        {
          severity: 'SEV2',
          entityRefs: ['component:default/checkout-web'],
          ...body,
        },
        201,
      ),
    recordKnownError: (body: JsonObject) =>
      asGuest(
        backend,
        'POST',
        '/known-errors',
        { entityRefs: ['component:default/cart-service'], ...body },
        201,
      ),
    writePostmortem: (number: string, sections: JsonObject) =>
      asGuest(backend, 'PATCH', `/incidents/${number}/postmortem`, {
        updatedAt: null,
        sections,
      }),
  };
}
