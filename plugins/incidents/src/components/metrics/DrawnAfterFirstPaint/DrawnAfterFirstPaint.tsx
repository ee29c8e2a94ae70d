import { ReactNode, useEffect, useState } from 'react';

/**
 * Draws its children in a task of their own, once the browser has painted what came
 * before: a page of charts then shows its first chart without waiting for all of them
 * to be drawn (each recharts chart is a long task on a small machine). Until then it
 * keeps the space the chart will take, so nothing below jumps.
 */
export function DrawnAfterFirstPaint(props: {
  children: ReactNode;
  /** The height the children take, kept while they wait. */
  minHeight: number;
}) {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setDrawn(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer) {
        clearTimeout(timer);
      }
    };
  }, []);
  return drawn ? (
    <>{props.children}</>
  ) : (
    <div style={{ minHeight: props.minHeight }} aria-hidden />
  );
}
