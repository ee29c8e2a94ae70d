import { useApi } from '@backstage/core-plugin-api';
import {
  Incident,
  ListIncidentsQuery,
} from '@incident-response/backstage-plugin-incidents-common';
import { useEffect, useState } from 'react';
import { incidentsApiRef } from '../api';
import { useReloadableAsync } from './useReloadableAsync';

/** One page of incidents and the keyset pagination around it. */
export type IncidentPages = {
  items: Incident[];
  /** Counted by the backend on the first page of a query, kept for the next pages. */
  totalItems?: number;
  /** 1-based. */
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  previous(): void;
  next(): void;
  /** Loads the current page again, keeping what is shown until it arrives. */
  reload(): void;
  /** False until the first page has arrived. */
  ready: boolean;
  loading: boolean;
  error?: Error;
};

/**
 * Pages through `GET /incidents` with its cursors: the cursor of every page seen so far
 * is kept, so going back needs no offset. A new query starts again at page 1.
 */
export function useIncidentPages(
  query: Omit<ListIncidentsQuery, 'cursor' | 'limit'>,
  pageSize: number,
): IncidentPages {
  const api = useApi(incidentsApiRef);
  const queryKey = JSON.stringify(query);
  const [position, setPosition] = useState<{
    queryKey: string;
    cursors: Array<string | undefined>;
    index: number;
  }>({ queryKey, cursors: [undefined], index: 0 });
  const [totalItems, setTotalItems] = useState<number>();

  // A different query (filters changed) starts from the first page.
  const current =
    position.queryKey === queryKey
      ? position
      : { queryKey, cursors: [undefined], index: 0 };
  useEffect(() => {
    if (position.queryKey !== queryKey) {
      setPosition({ queryKey, cursors: [undefined], index: 0 });
    }
  }, [position.queryKey, queryKey]);

  const cursor = current.cursors[current.index];
  const { value, loading, error, reload } = useReloadableAsync(async () => {
    const response = await api.listIncidents({
      ...(JSON.parse(queryKey) as ListIncidentsQuery),
      limit: pageSize,
      cursor,
    });
    if (response.totalItems !== undefined) {
      setTotalItems(response.totalItems);
    }
    return response;
  }, [api, queryKey, pageSize, cursor]);

  return {
    items: value?.items ?? [],
    totalItems,
    page: current.index + 1,
    hasPrevious: current.index > 0,
    hasNext: !!value?.nextCursor,
    previous: () =>
      setPosition(p => ({ ...p, index: Math.max(0, p.index - 1) })),
    next: () => {
      const nextCursor = value?.nextCursor;
      if (nextCursor) {
        setPosition(p => ({
          ...p,
          cursors: [...p.cursors.slice(0, p.index + 1), nextCursor],
          index: p.index + 1,
        }));
      }
    },
    reload,
    ready: value !== undefined,
    loading,
    error,
  };
}
