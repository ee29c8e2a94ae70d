import { useApi } from '@backstage/core-plugin-api';
import {
  ActionItem,
  ActionItemSlo,
  ActionItemSloQuery,
  ListActionItemsQuery,
} from '@incident-response/backstage-plugin-incidents-common';
import { postmortemsApiRef } from '../api';
import { KeysetPages, useKeysetPages } from './useKeysetPages';
import { useReloadableAsync } from './useReloadableAsync';

/**
 * Pages through `GET /action-items` (overdue first, then by due day) with its cursors
 * (see {@link useKeysetPages}). A new query starts again at page 1.
 */
export function useActionItemPages(
  query: Omit<ListActionItemsQuery, 'cursor' | 'limit'>,
  pageSize: number,
): KeysetPages<ActionItem> {
  const api = useApi(postmortemsApiRef);
  return useKeysetPages(page => api.listActionItems(page), query, pageSize);
}

/**
 * The action items' completion for a query (done by their due day, open overdue),
 * loaded again when the query changes or on `reload`; the last one stays shown while
 * the next one loads.
 */
export function useActionItemSlo(query: ActionItemSloQuery): {
  slo?: ActionItemSlo;
  loading: boolean;
  error?: Error;
  reload: () => void;
} {
  const api = useApi(postmortemsApiRef);
  // A new object with the same filters must not load again.
  const key = JSON.stringify(query);
  const state = useReloadableAsync(
    () => api.getActionItemSlo(JSON.parse(key)),
    [api, key],
  );
  return {
    slo: state.value,
    loading: state.loading,
    error: state.error,
    reload: state.reload,
  };
}
