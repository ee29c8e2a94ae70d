import { useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  Postmortem,
  PostmortemSection,
} from '@incident-response/backstage-plugin-incidents-common';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { postmortemsApiRef } from '../../../api';
import {
  conflictingSections,
  editDraft,
  keepMine,
  overlongSections,
  PostmortemDrafts,
  rebaseDrafts,
  saveRequest,
  takeTheirs,
} from './postmortemDrafts';
import { useErrorText } from '../../../hooks';

/** How long typing must pause before the postmortem is saved. */
export const AUTOSAVE_DELAY_MS = 1500;

/** Where saving stands, for the save indicator. */
export type SaveState =
  | 'saved'
  | 'pending'
  | 'saving'
  | 'conflict'
  | 'failed'
  | 'not-draft';

/** Someone saved since this version: the backend's 409. */
function isStale(error: unknown): boolean {
  if (error instanceof ResponseError) {
    return error.statusCode === 409;
  }
  return (error as Error)?.name === 'ConflictError';
}

function isNewer(next: Postmortem, current: Postmortem): boolean {
  if (current.updatedAt === null || next.updatedAt === null) {
    return current.updatedAt === null || next.updatedAt !== null;
  }
  return Date.parse(next.updatedAt) >= Date.parse(current.updatedAt);
}

/**
 * The editing of a postmortem: the sections as typed, saved once typing pauses (and
 * timeline marks at once), always over the version the edits started from. When someone
 * else saved meanwhile, their version is loaded: their changes to other sections are
 * taken in and the save goes on; a section both changed is a conflict, and the user's
 * text stays in its field, unsaved, until they keep it or take the other version.
 */
export function usePostmortemEditor(options: {
  incidentId: string;
  initial: Postmortem;
  delayMs?: number;
}) {
  const { incidentId } = options;
  const delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const api = useApi(postmortemsApiRef);
  const errorText = useErrorText();
  // The latest state, read by saves that finish after later renders.
  const state = useRef({
    server: options.initial,
    drafts: {} as PostmortemDrafts,
    marks: {} as Record<string, boolean>,
  });
  const [, setRevision] = useState(0);
  const rerender = useCallback(() => setRevision(r => r + 1), []);
  const [failure, setFailureState] = useState<string>();
  const failed = useRef(false);
  const setFailure = useCallback((message: string | undefined) => {
    failed.current = message !== undefined;
    setFailureState(message);
  }, []);
  const [saving, setSaving] = useState(false);
  const inFlight = useRef<Promise<void>>();
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  /** A version loaded after someone's change: taken unless older than the one known. */
  const receive = useCallback(
    (next: Postmortem) => {
      const current = state.current;
      if (!isNewer(next, current.server)) {
        return;
      }
      current.drafts = rebaseDrafts(current.drafts, next.sections);
      current.server = next;
      rerender();
    },
    [rerender],
  );
  /** The answer to the user's own change (a status move, starting it): always taken. */
  const replace = useCallback(
    (next: Postmortem) => {
      const current = state.current;
      current.drafts = rebaseDrafts(current.drafts, next.sections);
      current.server = next;
      rerender();
    },
    [rerender],
  );

  const saveOnce = useCallback(async () => {
    // A stale version is loaded again and the save tried over it, a few times at most.
    for (let attempt = 0; attempt < 3; attempt++) {
      const current = state.current;
      if (current.server.status !== 'draft') {
        return;
      }
      const request = saveRequest(
        current.drafts,
        current.server,
        current.marks,
      );
      if (!request) {
        return;
      }
      try {
        const saved = await api.updatePostmortem(incidentId, request);
        current.drafts = rebaseDrafts(
          current.drafts,
          saved.sections,
          request.sections,
        );
        // Marks clicked again while saving are still to save.
        current.marks = Object.fromEntries(
          Object.entries(current.marks).filter(
            ([entryId, important]) =>
              request.important?.[entryId] !== important,
          ),
        );
        current.server = saved;
        setFailure(undefined);
        rerender();
        return;
      } catch (error) {
        if (!isStale(error)) {
          setFailure(errorText(error));
          return;
        }
        try {
          receive(await api.getPostmortem(incidentId));
        } catch (reloadError) {
          setFailure(errorText(reloadError));
          return;
        }
      }
    }
  }, [api, errorText, incidentId, receive, rerender, setFailure]);

  /** Saves what is not saved yet; resolves once nothing is being saved. */
  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (inFlight.current) {
      again.current = true;
      await inFlight.current;
      return;
    }
    setSaving(true);
    inFlight.current = (async () => {
      do {
        again.current = false;
        await saveOnce();
      } while (again.current);
    })();
    try {
      await inFlight.current;
    } finally {
      inFlight.current = undefined;
      setSaving(false);
    }
  }, [saveOnce]);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = undefined;
      flush();
    }, delayMs);
  }, [delayMs, flush]);

  // What is typed just before leaving the tab is saved too.
  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
        saveOnce();
      }
    },
    [saveOnce],
  );

  const { server, drafts, marks } = state.current;
  const conflicts = conflictingSections(drafts, server.sections);
  const pending = saveRequest(drafts, server, marks) !== undefined;
  let saveState: SaveState = 'saved';
  if (server.status !== 'draft' && (pending || conflicts.length > 0)) {
    saveState = 'not-draft';
  } else if (conflicts.length > 0) {
    saveState = 'conflict';
  } else if (failure) {
    saveState = 'failed';
  } else if (saving) {
    saveState = 'saving';
  } else if (pending) {
    saveState = 'pending';
  }

  const actions = useMemo(
    () => ({
      edit(section: PostmortemSection, text: string) {
        const current = state.current;
        current.drafts = editDraft(
          current.drafts,
          current.server.sections,
          section,
          text,
        );
        rerender();
        schedule();
      },
      mark(entryId: string, important: boolean) {
        state.current.marks = { ...state.current.marks, [entryId]: important };
        rerender();
        flush();
      },
      /** Saves the user's text over the other version, in every conflicting section. */
      keepMine() {
        const current = state.current;
        current.drafts = keepMine(
          current.drafts,
          current.server.sections,
          conflictingSections(current.drafts, current.server.sections),
        );
        rerender();
        flush();
      },
      /** Takes the other version of every conflicting section; the user's text there goes. */
      takeTheirs() {
        const current = state.current;
        current.drafts = takeTheirs(
          current.drafts,
          conflictingSections(current.drafts, current.server.sections),
        );
        rerender();
        flush();
      },
      retry: flush,
      flush,
      receive,
      replace,
      /** Whether everything typed and marked is saved (after a `flush`, say). */
      allSaved(): boolean {
        const current = state.current;
        return (
          !failed.current &&
          conflictingSections(current.drafts, current.server.sections)
            .length === 0 &&
          saveRequest(current.drafts, current.server, current.marks) ===
            undefined
        );
      },
    }),
    [flush, receive, replace, rerender, schedule],
  );

  return {
    ...actions,
    postmortem: server,
    /** The text of a section as the user sees it: their draft, or the saved one. */
    text: (section: PostmortemSection) =>
      drafts[section]?.text ?? server.sections[section],
    /** The other version of a conflicting section. */
    theirs: (section: PostmortemSection) =>
      conflicts.includes(section) ? server.sections[section] : undefined,
    important: (entryId: string) =>
      marks[entryId] ??
      server.timeline.find(entry => entry.entryId === entryId)?.important ??
      false,
    conflicts,
    tooLong: overlongSections(drafts),
    saveState,
    failure,
  };
}

/** What {@link usePostmortemEditor} returns. */
export type PostmortemEditor = ReturnType<typeof usePostmortemEditor>;
