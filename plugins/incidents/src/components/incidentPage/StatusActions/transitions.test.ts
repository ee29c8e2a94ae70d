import { anIncident } from '../../../__testUtils__/fixtures';
import { findTransitionProblems, stampedMilestones } from './transitions';

const now = new Date('2026-11-22T12:00:00Z');
const incident = anIncident({
  impactStartedAt: '2026-11-22T10:00:00Z',
  detectedAt: '2026-11-22T10:10:00Z',
  declaredAt: '2026-11-22T10:15:00Z',
});

describe('status transitions', () => {
  it('stamp the milestones the backend stamps', () => {
    const at = '2026-11-22T11:00:00Z';
    expect(stampedMilestones(incident, 'mitigated', at)).toEqual({
      mitigatedAt: at,
    });
    expect(stampedMilestones(incident, 'resolved', at)).toEqual({
      resolvedAt: at,
      mitigatedAt: at,
    });
    expect(
      stampedMilestones(
        { mitigatedAt: '2026-11-22T10:30:00Z' },
        'resolved',
        at,
      ),
    ).toEqual({ resolvedAt: at });
    expect(stampedMilestones(incident, 'closed', at)).toEqual({ closedAt: at });
    expect(stampedMilestones(incident, 'active', at)).toEqual({
      mitigatedAt: null,
      resolvedAt: null,
    });
  });

  it('are checked with the shared milestone rules', () => {
    expect(
      findTransitionProblems(incident, 'resolved', '2026-11-22T11:00:00Z', now),
    ).toEqual([]);
    expect(
      findTransitionProblems(incident, 'resolved', '2026-11-22T09:00:00Z', now),
    ).toContainEqual({
      field: 'resolvedAt',
      rule: 'before',
      mustNotPrecede: 'impactStartedAt',
    });
    expect(
      findTransitionProblems(
        incident,
        'mitigated',
        '2026-11-22T13:00:00Z',
        now,
      ),
    ).toEqual([{ field: 'mitigatedAt', rule: 'in-the-future' }]);
    const resolved = anIncident({
      ...incident,
      status: 'resolved',
      mitigatedAt: '2026-11-22T11:00:00Z',
      resolvedAt: '2026-11-22T11:30:00Z',
    });
    expect(
      findTransitionProblems(resolved, 'closed', '2026-11-22T11:10:00Z', now),
    ).toEqual([
      { field: 'closedAt', rule: 'before', mustNotPrecede: 'resolvedAt' },
    ]);
  });
});
