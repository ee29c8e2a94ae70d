import { useApi } from '@backstage/core-plugin-api';
import {
  KNOWN_ERROR_LIMITS,
  KnownErrorSuggestion,
} from '@incident-response/backstage-plugin-incidents-common';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { knownErrorsApiRef } from '../../api';

/** How long typing must pause before suggestions are looked up again. */
export const SUGGESTIONS_DEBOUNCE_MS = 400;

/** The words of the text the backend takes: the first `queryMaxLength` characters. */
export function suggestionText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, KNOWN_ERROR_LIMITS.queryMaxLength);
}

/**
 * Known errors that may explain an incident on `entityRef` described by `text`, looked
 * up once typing pauses; the last answer stays while the next one loads. Nothing is
 * asked without an entity or words. A failure only leaves `error` set: suggestions must
 * never stand in the way of what the page is for.
 */
export function useKnownErrorSuggestions(options: {
  entityRef?: string;
  text: string;
  limit?: number;
  /** Look up at once, without waiting for typing to pause (e.g. on a page, not a form). */
  immediate?: boolean;
  /** A new value looks up again, e.g. after a known error changed. */
  reloadKey?: number;
}): { items: KnownErrorSuggestion[]; loading: boolean; error?: Error } {
  const api = useApi(knownErrorsApiRef);
  const wanted = {
    entityRef: options.entityRef ?? '',
    text: suggestionText(options.text),
  };
  const [debounced, setDebounced] = useState(wanted);
  useDebounce(
    () => setDebounced(wanted),
    options.immediate ? 0 : SUGGESTIONS_DEBOUNCE_MS,
    [wanted.entityRef, wanted.text],
  );
  const query = options.immediate ? wanted : debounced;
  const { value, loading, error } = useAsync(async () => {
    if (!query.entityRef && !query.text) {
      return [];
    }
    const { items } = await api.suggestKnownErrors({
      ...(query.entityRef && { entityRef: query.entityRef }),
      ...(query.text && { text: query.text }),
      ...(options.limit && { limit: options.limit }),
    });
    return items;
  }, [api, query.entityRef, query.text, options.limit, options.reloadKey]);
  return { items: value ?? [], loading, error };
}
