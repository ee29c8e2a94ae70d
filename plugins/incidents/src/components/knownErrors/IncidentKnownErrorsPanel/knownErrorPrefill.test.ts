import { anEntry, anIncident } from '../../../__testUtils__/fixtures';
import { knownErrorPrefill } from './knownErrorPrefill';

const words = {
  impact: 'Impact:',
  notes: 'Notes from INC-7',
  noteTime: (iso: string) => `${iso.slice(11, 16)}:`,
};

describe('a known error prefilled from an incident', () => {
  it('takes its title, services and, as symptoms, its summary, impact, description and notes', () => {
    const incident = anIncident({
      title: 'Cart totals are wrong',
      entityRefs: [
        'component:default/cart-service',
        'system:default/storefront',
      ],
      summary: 'Totals ignore discounts',
      impact: 'EU baskets',
      description: 'Seen after the 10:00 deploy.',
    });
    const timeline = [
      anEntry({
        kind: 'note',
        body: 'Cache hit ratio dropped\nsee graph',
        occurredAt: '2026-11-22T10:20:00.000Z',
      }),
      anEntry({
        kind: 'note',
        body: 'Flushing the cache helps',
        occurredAt: '2026-11-22T10:05:00.000Z',
      }),
      anEntry({
        kind: 'decision',
        body: 'Roll back',
        occurredAt: '2026-11-22T10:30:00.000Z',
      }),
      anEntry({
        kind: 'status-changed',
        automatic: true,
        body: 'Changed the status',
        occurredAt: '2026-11-22T10:40:00.000Z',
      }),
    ];
    expect(knownErrorPrefill(incident, timeline, words)).toEqual({
      title: 'Cart totals are wrong',
      entityRefs: [
        'component:default/cart-service',
        'system:default/storefront',
      ],
      symptoms: [
        'Totals ignore discounts',
        '**Impact:** EU baskets',
        'Seen after the 10:00 deploy.',
        [
          '**Notes from INC-7**',
          '',
          '- 10:05: Flushing the cache helps',
          '- 10:20: Cache hit ratio dropped\n  see graph',
        ].join('\n'),
      ].join('\n\n'),
    });
  });

  it('leaves out what the incident does not have', () => {
    expect(knownErrorPrefill(anIncident(), [], words).symptoms).toBe('');
  });
});
