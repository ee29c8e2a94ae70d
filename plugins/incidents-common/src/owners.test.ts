import { Entity } from '@backstage/catalog-model';
import { entityOwnerRefs } from './owners';

const component = (extra: Partial<Entity>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'cart-service', namespace: 'shop' },
  spec: { owner: 'storefront-team' },
  ...extra,
});

describe('entityOwnerRefs', () => {
  it('takes the ownedBy relations once the catalog has processed the entity', () => {
    expect(
      entityOwnerRefs(
        component({
          relations: [
            { type: 'ownedBy', targetRef: 'group:Shop/Storefront-Team' },
            { type: 'dependsOn', targetRef: 'component:shop/ledger' },
          ],
        }),
      ),
    ).toEqual(['group:shop/storefront-team']);
  });

  it('falls back to spec.owner, a group in the entity namespace by default', () => {
    expect(entityOwnerRefs(component({}))).toEqual([
      'group:shop/storefront-team',
    ]);
    expect(
      entityOwnerRefs(component({ spec: { owner: 'user:default/amelie' } })),
    ).toEqual(['user:default/amelie']);
  });

  it('has no owner when neither says one', () => {
    expect(entityOwnerRefs(component({ spec: {} }))).toEqual([]);
  });
});
