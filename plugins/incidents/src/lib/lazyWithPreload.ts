import { ComponentType, lazy } from 'react';

/**
 * A component whose code is downloaded on first use, as with React.lazy (render it
 * inside Suspense), that can also start downloading earlier: a section calls `preload`
 * when it mounts, so the code arrives while the data it will show loads instead of
 * after it.
 */
export function lazyWithPreload<P extends object>(
  load: () => Promise<ComponentType<P>>,
) {
  return {
    Component: lazy(async () => ({ default: await load() })),
    preload() {
      // A failed download is not lost: the component loads again when it renders and
      // its error shows there.
      load().catch(() => {});
    },
  };
}
