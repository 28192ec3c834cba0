import { type RefObject, useLayoutEffect, useState } from 'react';

/**
 * The content width of an element, kept up to date while it resizes (window, zoom, print layout). Without
 * ResizeObserver (jsdom, very old browsers) it stays at the fallback.
 */
export function useContainerWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      if (measured !== undefined && measured > 0) setWidth(Math.floor(measured));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [ref]);
  return width;
}
