import {
  POSTMORTEM_LIMITS,
  POSTMORTEM_SECTIONS,
  PostmortemSection,
  PostmortemSections,
  UpdatePostmortemRequest,
} from '@incident-response/backstage-plugin-incidents-common';

/**
 * A section being edited: the text in the field, and the text saved on the server when
 * the editing started (or when it was last saved), so that a change someone else saves
 * meanwhile is noticed instead of being overwritten.
 */
export type SectionDraft = { text: string; baseText: string };

/** The sections being edited and not saved yet. */
export type PostmortemDrafts = Partial<Record<PostmortemSection, SectionDraft>>;

/** The sections in their order, among `sections`. */
function inOrder(sections: Iterable<PostmortemSection>): PostmortemSection[] {
  const set = new Set(sections);
  return POSTMORTEM_SECTIONS.filter(section => set.has(section));
}

function entries(drafts: PostmortemDrafts) {
  return Object.entries(drafts) as Array<[PostmortemSection, SectionDraft]>;
}

/** The drafts after the user typed `text` in a section. */
export function editDraft(
  drafts: PostmortemDrafts,
  saved: PostmortemSections,
  section: PostmortemSection,
  text: string,
): PostmortemDrafts {
  return {
    ...drafts,
    [section]: { text, baseText: drafts[section]?.baseText ?? saved[section] },
  };
}

/**
 * Whether two texts of a section say the same: the server stores a section trimmed, so
 * a space the user just typed at its end is not a change to save.
 */
export function sameText(a: string, b: string): boolean {
  return a.trim() === b.trim();
}

/**
 * Sections someone else saved since the user started editing them, to a text other than
 * the user's: the user has to choose, nothing is overwritten on their behalf.
 */
export function conflictingSections(
  drafts: PostmortemDrafts,
  saved: PostmortemSections,
): PostmortemSection[] {
  return inOrder(
    entries(drafts)
      .filter(
        ([section, draft]) =>
          saved[section] !== draft.baseText &&
          !sameText(saved[section], draft.text),
      )
      .map(([section]) => section),
  );
}

/** Sections too long to be saved; they wait until the user shortens them. */
export function overlongSections(
  drafts: PostmortemDrafts,
): PostmortemSection[] {
  return inOrder(
    entries(drafts)
      .filter(
        ([, draft]) => draft.text.length > POSTMORTEM_LIMITS.sectionMaxLength,
      )
      .map(([section]) => section),
  );
}

/**
 * What to send to save the drafts over the version `updatedAt`, with the timeline marks
 * not saved yet; undefined when there is nothing to save, or when a conflict waits for
 * the user's choice.
 */
export function saveRequest(
  drafts: PostmortemDrafts,
  saved: { sections: PostmortemSections; updatedAt: string | null },
  marks: Record<string, boolean>,
): UpdatePostmortemRequest | undefined {
  if (conflictingSections(drafts, saved.sections).length > 0) {
    return undefined;
  }
  const tooLong = overlongSections(drafts);
  const sections = Object.fromEntries(
    entries(drafts)
      .filter(
        ([section, draft]) =>
          !sameText(draft.text, saved.sections[section]) &&
          !tooLong.includes(section),
      )
      .map(([section, draft]) => [section, draft.text]),
  ) as Partial<PostmortemSections>;
  const hasSections = Object.keys(sections).length > 0;
  const hasMarks = Object.keys(marks).length > 0;
  if (!hasSections && !hasMarks) {
    return undefined;
  }
  return {
    updatedAt: saved.updatedAt,
    ...(hasSections && { sections }),
    ...(hasMarks && { important: { ...marks } }),
  };
}

/**
 * The drafts once a newer version of the postmortem is known: the answer to the user's
 * save (`sent`, what it sent), or a version loaded after someone else's change. A draft
 * the new version holds as it is, is done. A section the user just saved now starts
 * from the stored text, and so does one someone else wrote the same. Any other draft
 * stays as it was: if someone else changed its section, it is a conflict.
 */
export function rebaseDrafts(
  drafts: PostmortemDrafts,
  next: PostmortemSections,
  sent: Partial<PostmortemSections> = {},
): PostmortemDrafts {
  const result: PostmortemDrafts = {};
  for (const [section, draft] of entries(drafts)) {
    if (draft.text === next[section]) {
      continue;
    }
    result[section] =
      sent[section] !== undefined || sameText(draft.text, next[section])
        ? { text: draft.text, baseText: next[section] }
        : draft;
  }
  return result;
}

/** The user keeps their text in the given sections: it is saved over the other version. */
export function keepMine(
  drafts: PostmortemDrafts,
  saved: PostmortemSections,
  sections: PostmortemSection[],
): PostmortemDrafts {
  const result = { ...drafts };
  for (const section of sections) {
    const draft = result[section];
    if (draft) {
      result[section] = { text: draft.text, baseText: saved[section] };
    }
  }
  return result;
}

/** The user takes the other version of the given sections: their drafts go. */
export function takeTheirs(
  drafts: PostmortemDrafts,
  sections: PostmortemSection[],
): PostmortemDrafts {
  const result = { ...drafts };
  for (const section of sections) {
    delete result[section];
  }
  return result;
}
