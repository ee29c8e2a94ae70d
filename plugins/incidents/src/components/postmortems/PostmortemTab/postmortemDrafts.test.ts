import {
  POSTMORTEM_LIMITS,
  PostmortemSections,
} from '@incident-response/backstage-plugin-incidents-common';
import { aPostmortem } from '../../../__testUtils__/fixtures';
import {
  conflictingSections,
  editDraft,
  keepMine,
  rebaseDrafts,
  saveRequest,
  takeTheirs,
} from './postmortemDrafts';

const saved: PostmortemSections = {
  ...aPostmortem().sections,
  summary: 'Totals were wrong',
  impact: 'EU baskets',
};
const version = (sections: PostmortemSections, updatedAt = 'v1') => ({
  sections,
  updatedAt,
});

describe('postmortem drafts', () => {
  it('remember what each section held when its editing started', () => {
    let drafts = editDraft({}, saved, 'summary', 'Totals were wrong for');
    drafts = editDraft(
      drafts,
      saved,
      'summary',
      'Totals were wrong for 40 min',
    );
    expect(drafts).toEqual({
      summary: {
        text: 'Totals were wrong for 40 min',
        baseText: 'Totals were wrong',
      },
    });
  });

  it('save only the sections that changed, from the version they started from, with the timeline marks', () => {
    const drafts = {
      ...editDraft({}, saved, 'summary', 'Totals were wrong for 40 min'),
      ...editDraft({}, saved, 'impact', 'EU baskets '),
    };
    expect(saveRequest(drafts, version(saved), { 'entry-1': true })).toEqual({
      updatedAt: 'v1',
      sections: { summary: 'Totals were wrong for 40 min' },
      important: { 'entry-1': true },
    });
    expect(
      saveRequest(
        editDraft({}, saved, 'impact', 'EU baskets\n'),
        version(saved),
        {},
      ),
    ).toBeUndefined();
  });

  it('hold back a section longer than the limit', () => {
    const drafts = editDraft(
      {},
      saved,
      'evidence',
      'x'.repeat(POSTMORTEM_LIMITS.sectionMaxLength + 1),
    );
    expect(saveRequest(drafts, version(saved), {})).toBeUndefined();
  });

  it('keep the text typed after a save was sent, starting from the saved version', () => {
    const sent = { summary: 'Totals were wrong for 40 min ' };
    const typedSince = editDraft(
      {},
      saved,
      'summary',
      'Totals were wrong for 40 min because',
    );
    const next = { ...saved, summary: 'Totals were wrong for 40 min' };
    expect(rebaseDrafts(typedSince, next, sent)).toEqual({
      summary: {
        text: 'Totals were wrong for 40 min because',
        baseText: 'Totals were wrong for 40 min',
      },
    });
    // A trailing space the server trimmed stays in the field, with nothing to save.
    const sameAsSent = editDraft({}, saved, 'summary', sent.summary);
    const rebased = rebaseDrafts(sameAsSent, next, sent);
    expect(rebased.summary?.text).toBe('Totals were wrong for 40 min ');
    expect(saveRequest(rebased, version(next, 'v2'), {})).toBeUndefined();
    expect(
      rebaseDrafts(editDraft({}, saved, 'summary', next.summary), next, sent),
    ).toEqual({});
  });

  it('never overwrite a section someone else changed: it is a conflict until the user chooses', () => {
    const drafts = {
      ...editDraft({}, saved, 'summary', 'Mine'),
      ...editDraft({}, saved, 'impact', 'EU baskets, 1,200 users'),
    };
    // Someone else saved the summary, and the root cause.
    const theirs = { ...saved, summary: 'Theirs', rootCause: 'Stale cache' };
    const rebased = rebaseDrafts(drafts, theirs);
    expect(conflictingSections(rebased, theirs)).toEqual(['summary']);
    expect(saveRequest(rebased, version(theirs, 'v2'), {})).toBeUndefined();

    const mine = keepMine(rebased, theirs, ['summary']);
    expect(conflictingSections(mine, theirs)).toEqual([]);
    expect(saveRequest(mine, version(theirs, 'v2'), {})).toEqual({
      updatedAt: 'v2',
      sections: { summary: 'Mine', impact: 'EU baskets, 1,200 users' },
    });

    const taken = takeTheirs(rebased, ['summary']);
    expect(saveRequest(taken, version(theirs, 'v2'), {})).toEqual({
      updatedAt: 'v2',
      sections: { impact: 'EU baskets, 1,200 users' },
    });
  });

  it('see no conflict when someone else wrote the same text', () => {
    const drafts = editDraft({}, saved, 'summary', 'Same words');
    const theirs = { ...saved, summary: 'Same words' };
    expect(rebaseDrafts(drafts, theirs)).toEqual({});
  });
});
