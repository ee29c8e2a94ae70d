import { describeMilestoneProblem, findMilestoneProblems } from './milestones';

const now = new Date('2026-11-22T12:00:00Z');

describe('findMilestoneProblems', () => {
  it('accepts milestones in order, with gaps', () => {
    expect(
      findMilestoneProblems(
        {
          impactStartedAt: '2026-11-22T10:00:00Z',
          detectedAt: '2026-11-22T10:05:00Z',
          mitigatedAt: null,
          resolvedAt: '2026-11-22T11:00:00Z',
        },
        { now },
      ),
    ).toEqual([]);
  });

  it('reports each milestone that precedes one it must follow', () => {
    const problems = findMilestoneProblems(
      {
        impactStartedAt: '2026-11-22T10:00:00Z',
        detectedAt: '2026-11-22T09:00:00Z',
        mitigatedAt: '2026-11-22T11:30:00Z',
        resolvedAt: '2026-11-22T11:00:00Z',
        closedAt: '2026-11-22T10:30:00Z',
      },
      { now },
    );
    expect(problems.map(describeMilestoneProblem)).toEqual([
      'detectedAt must not be before impactStartedAt',
      'resolvedAt must not be before mitigatedAt',
      'closedAt must not be before resolvedAt',
    ]);
  });

  it('allows five minutes of clock skew, not more', () => {
    expect(
      findMilestoneProblems({ detectedAt: '2026-11-22T12:04:00Z' }, { now }),
    ).toEqual([]);
    expect(
      findMilestoneProblems({ detectedAt: '2026-11-22T12:06:00Z' }, { now }),
    ).toEqual([{ field: 'detectedAt', rule: 'in-the-future' }]);
  });

  it('reports dates it cannot read', () => {
    expect(
      findMilestoneProblems({ impactStartedAt: 'last tuesday' }, { now }).map(
        describeMilestoneProblem,
      ),
    ).toEqual(['impactStartedAt is not a valid date-time']);
  });
});
