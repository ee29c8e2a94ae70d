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

/** A relation as the catalog stores it once processed. */
const related = (type: string, targetRef: string) => ({ type, targetRef });

/**
 * A small catalog: two teams' services in two systems (checkout-web depends on
 * cart-service; payments-gateway provides payments-api and shares its system with
 * fraud-scoring), the payments and SRE teams, and users.
 */
export const testCatalogEntities: Entity[] = [
  component('checkout-web', 'storefront-team', {
    relations: [
      related('dependsOn', 'component:default/cart-service'),
      related('partOf', 'system:default/storefront'),
    ],
  }),
  component('cart-service', 'group:default/storefront-team', {
    relations: [
      related('dependencyOf', 'component:default/checkout-web'),
      related('partOf', 'system:default/storefront'),
    ],
  }),
  component('payments-gateway', 'payments-team', {
    // As the catalog stores it once processed: the owner as a relation.
    relations: [
      related('ownedBy', 'group:default/payments-team'),
      related('partOf', 'system:default/payments'),
      related('providesApi', 'api:default/payments-api'),
    ],
  }),
  component('fraud-scoring', 'payments-team', {
    relations: [related('partOf', 'system:default/payments')],
  }),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'payments', namespace: 'default' },
    spec: { owner: 'payments-team' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'storefront', namespace: 'default' },
    spec: { owner: 'storefront-team' },
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
    relations: [related('apiProvidedBy', 'component:default/payments-gateway')],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments-team', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'sre-team', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
  user('guest'),
  user('alice'),
  user('bob'),
];
