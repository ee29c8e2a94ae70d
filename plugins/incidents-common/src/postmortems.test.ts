import { missingForReview, PostmortemSections } from './postmortems';

const written: PostmortemSections = {
  summary: 'Checkout failed for 40 minutes',
  impact: 'EU baskets',
  detection: '',
  trigger: '',
  rootCause: 'Stale cache',
  resolution: 'Rolled back',
  wentWell: '',
  wentWrong: '',
  gotLucky: '',
  evidence: '- [Graph](https://grafana.example.com/d/1)',
};

describe('missingForReview', () => {
  it('names the empty sections the INC rules require, and a missing action item', () => {
    expect(
      missingForReview({
        sections: { ...written, impact: '', evidence: '  ' },
        actionItems: [],
      }),
    ).toEqual({ sections: ['impact', 'evidence'], actionItem: true });
  });

  it('finds nothing missing once they are written and an action item is added', () => {
    expect(
      missingForReview({ sections: written, actionItems: [{} as any] }),
    ).toEqual({ sections: [], actionItem: false });
  });
});
