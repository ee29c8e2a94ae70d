import { Entity } from '@backstage/catalog-model';

/** A service owned by `owner`. */
export const component = (
  name: string,
  owner: string,
  extra?: Partial<Entity>,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner },
  ...extra,
});

const user = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { profile: { email: `${name}@northwind.example` }, memberOf: [] },
});

/** A small catalog: two teams' services, a system, an API, a group and users. */
export const testCatalogEntities: Entity[] = [
  component('checkout-web', 'storefront-team'),
  component('cart-service', 'group:default/storefront-team'),
  component('payments-gateway', 'payments-team', {
    // As the catalog stores it once processed: the owner as a relation.
    relations: [{ type: 'ownedBy', targetRef: 'group:default/payments-team' }],
  }),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'payments', namespace: 'default' },
    spec: { owner: 'payments-team' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'API',
    metadata: { name: 'payments-api', namespace: 'default' },
    spec: {
      type: 'openapi',
      lifecycle: 'production',
      owner: 'payments-team',
      definition: '{}',
    },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments-team', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
  user('guest'),
  user('alice'),
  user('bob'),
];
