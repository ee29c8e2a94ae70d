import {
  Postmortem,
  PostmortemSection,
} from '@incident-response/backstage-plugin-incidents-common';

/**
 * The sections a postmortem needs before review, as the backend checks them: what the
 * INC rules require of every postmortem (summary, impact, root cause, resolution,
 * evidence; the timeline comes from the incident), with at least one action item.
 */
export const SECTIONS_NEEDED_FOR_REVIEW: readonly PostmortemSection[] = [
  'summary',
  'impact',
  'rootCause',
  'resolution',
  'evidence',
];

/** What a postmortem still lacks before it can be submitted for review. */
export function missingForReview(
  postmortem: Pick<Postmortem, 'sections' | 'actionItems'>,
): { sections: PostmortemSection[]; actionItem: boolean } {
  return {
    sections: SECTIONS_NEEDED_FOR_REVIEW.filter(
      section => postmortem.sections[section].trim().length === 0,
    ),
    actionItem: postmortem.actionItems.length === 0,
  };
}
