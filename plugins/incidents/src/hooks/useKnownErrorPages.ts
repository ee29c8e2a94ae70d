import { useApi } from '@backstage/core-plugin-api';
import {
  KnownError,
  ListKnownErrorsQuery,
} from '@incident-response/backstage-plugin-incidents-common';
import { knownErrorsApiRef } from '../api';
import { KeysetPages, useKeysetPages } from './useKeysetPages';

/**
 * Pages through `GET /known-errors` with its cursors (see {@link useKeysetPages}). A new
 * query (search words, filters) starts again at page 1.
 */
export function useKnownErrorPages(
  query: Omit<ListKnownErrorsQuery, 'cursor' | 'limit'>,
  pageSize: number,
): KeysetPages<KnownError> {
  const api = useApi(knownErrorsApiRef);
  return useKeysetPages(page => api.listKnownErrors(page), query, pageSize);
}
