import { NO_INCIDENT_FILTERS } from './IncidentFilters';
import { filtersFromSearchParams, filtersToSearchParams } from './filtersInUrl';

describe('incident filters in the address', () => {
  it('write only the filters that are set, and read them back', () => {
    const filters = {
      ...NO_INCIDENT_FILTERS,
      statuses: ['active' as const, 'mitigated' as const],
      severities: ['SEV1'],
      ownerRef: 'group:default/storefront-team',
      q: 'basket',
      from: '2026-11-01',
    };
    const params = filtersToSearchParams(filters);
    expect(params.toString()).toBe(
      'status=active&status=mitigated&severity=SEV1&owner=group%3Adefault%2Fstorefront-team&q=basket&from=2026-11-01',
    );
    expect(filtersFromSearchParams(params)).toEqual(filters);
  });

  it('read no filter from an address without any', () => {
    expect(filtersFromSearchParams(new URLSearchParams())).toEqual(
      NO_INCIDENT_FILTERS,
    );
  });

  it('leave out what an edited address cannot mean', () => {
    expect(
      filtersFromSearchParams(
        new URLSearchParams(
          'status=on-fire&status=closed&from=last-week&to=2026-02-30x',
        ),
      ),
    ).toEqual({ ...NO_INCIDENT_FILTERS, statuses: ['closed'] });
  });
});
