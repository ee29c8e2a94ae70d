import { DependencyList, useCallback, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';

/**
 * `useAsync` with a `reload` that always loads again, even while a load is under way
 * (react-use's `retry` ignores calls made during a load, which drops the reload after a
 * change if a live update started one just before). The latest load wins, and the last
 * value stays available while the next one loads.
 */
export function useReloadableAsync<T>(
  fn: () => Promise<T>,
  deps: DependencyList,
): { value?: T; loading: boolean; error?: Error; reload: () => void } {
  const [version, setVersion] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const state = useAsync(fn, [...deps, version]);
  const reload = useCallback(() => setVersion(v => v + 1), []);
  return {
    value: state.value,
    loading: state.loading,
    error: state.error,
    reload,
  };
}
