import {
  isUnfiltered,
  NO_KNOWN_ERROR_FILTERS,
  toKnownErrorListQuery,
} from './knownErrorFilters';

describe('the known errors page’s filters', () => {
  it('send nothing when nothing is chosen', () => {
    expect(isUnfiltered(NO_KNOWN_ERROR_FILTERS)).toBe(true);
    expect(toKnownErrorListQuery(NO_KNOWN_ERROR_FILTERS)).toEqual({});
    expect(
      toKnownErrorListQuery({ ...NO_KNOWN_ERROR_FILTERS, q: '   ' }),
    ).toEqual({});
  });

  it('send the words trimmed, the statuses, the team and the service', () => {
    const values = {
      q: ' stale pri ',
      statuses: ['investigating' as const, 'workaround' as const],
      ownerRef: 'group:default/storefront-team',
      entityRef: 'component:default/cart-service',
    };
    expect(isUnfiltered(values)).toBe(false);
    expect(toKnownErrorListQuery(values)).toEqual({
      q: 'stale pri',
      status: ['investigating', 'workaround'],
      ownerRef: 'group:default/storefront-team',
      entityRef: 'component:default/cart-service',
    });
  });
});
