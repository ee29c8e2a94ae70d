import { useState } from 'react';

let counter = 0;

/**
 * An id unique on the page, stable for the component's life (React 18's `useId`, for
 * the React 16 and 17 apps the plugin also supports).
 */
export function useUniqueId(prefix: string): string {
  const [id] = useState(() => {
    counter += 1;
    return `${prefix}-${counter}`;
  });
  return id;
}
