import { anActionItem, aPostmortem } from '../../../__testUtils__/fixtures';
import { missingForReview } from './reviewReadiness';

describe('missingForReview', () => {
  it('names the empty sections the INC rules require, and a missing action item', () => {
    expect(missingForReview(aPostmortem())).toEqual({
      sections: ['impact', 'rootCause', 'resolution', 'evidence'],
      actionItem: true,
    });
  });

  it('finds nothing missing once they are written and an action item is added', () => {
    const postmortem = aPostmortem({
      actionItems: [anActionItem()],
      sections: {
        ...aPostmortem().sections,
        impact: 'EU baskets',
        rootCause: 'Stale cache',
        resolution: 'Rolled back',
        evidence: '- [Graph](https://grafana.example.com/d/1)',
      },
    });
    expect(missingForReview(postmortem)).toEqual({
      sections: [],
      actionItem: false,
    });
  });
});
