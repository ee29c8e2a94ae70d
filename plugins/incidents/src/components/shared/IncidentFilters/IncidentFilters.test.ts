import { DateTime } from 'luxon';
import { NO_INCIDENT_FILTERS, toListQuery } from './IncidentFilters';

describe('toListQuery', () => {
  it('sends nothing for no filter', () => {
    expect(toListQuery(NO_INCIDENT_FILTERS)).toEqual({});
  });

  it('maps every filter, the end date inclusive', () => {
    expect(
      toListQuery({
        statuses: ['active', 'mitigated'],
        severities: ['SEV1'],
        ownerRef: 'group:default/sre-team',
        entityRef: 'component:default/cart-service',
        q: '  502 ',
        from: '2026-11-01',
        to: '2026-11-22',
      }),
    ).toEqual({
      status: ['active', 'mitigated'],
      severity: ['SEV1'],
      ownerRef: 'group:default/sre-team',
      entityRef: 'component:default/cart-service',
      q: '502',
      from: DateTime.fromISO('2026-11-01').toUTC().toISO(),
      to: DateTime.fromISO('2026-11-23').toUTC().toISO(),
    });
  });
});
