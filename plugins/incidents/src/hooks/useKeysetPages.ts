import { useEffect, useRef, useState } from 'react';
import { useReloadableAsync } from './useReloadableAsync';

/** One page of a list the backend pages with cursors. */
export type KeysetPage<TItem> = {
  items: TItem[];
  /** Only on the first page. */
  totalItems?: number;
  nextCursor?: string;
};

/** One page of a list and the keyset pagination around it. */
export type KeysetPages<TItem> = {
  items: TItem[];
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
 * Pages through a list with its cursors: the cursor of every page seen so far is kept,
 * so going back needs no offset. A new query starts again at page 1. `fetchPage` gets
 * the query with the page size and cursor.
 */
export function useKeysetPages<TItem, TQuery extends object>(
  fetchPage: (
    query: TQuery & { limit: number; cursor?: string },
  ) => Promise<KeysetPage<TItem>>,
  query: TQuery,
  pageSize: number,
): KeysetPages<TItem> {
  const queryKey = JSON.stringify(query);
  const [position, setPosition] = useState<{
    queryKey: string;
    cursors: Array<string | undefined>;
    index: number;
  }>({ queryKey, cursors: [undefined], index: 0 });
  const [totalItems, setTotalItems] = useState<number>();
  const latestFetchPage = useRef(fetchPage);
  latestFetchPage.current = fetchPage;

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
    const response = await latestFetchPage.current({
      ...(JSON.parse(queryKey) as TQuery),
      limit: pageSize,
      cursor,
    });
    if (response.totalItems !== undefined) {
      setTotalItems(response.totalItems);
    }
    return response;
  }, [queryKey, pageSize, cursor]);

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
