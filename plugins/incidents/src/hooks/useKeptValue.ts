import { Dispatch, SetStateAction, useEffect, useState } from 'react';

/**
 * The last value a page loaded, kept while a reload is under way or after one failed,
 * so the page does not flicker; forgotten when `key` (what the page shows, e.g. the id
 * in its path) changes. The setter lets a change's answer show before the reload.
 */
export function useKeptValue<T>(
  value: T | undefined,
  key: string,
): [T | undefined, Dispatch<SetStateAction<T | undefined>>] {
  const [kept, setKept] = useState<T>();
  useEffect(() => {
    if (value !== undefined) {
      setKept(value);
    }
  }, [value]);
  useEffect(() => setKept(undefined), [key]);
  return [kept, setKept];
}
