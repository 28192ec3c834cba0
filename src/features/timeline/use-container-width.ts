import { type RefObject, startTransition, useLayoutEffect, useState } from 'react';

/**
 * The content width of an element, kept up to date while it resizes (window, zoom, print layout): null until the
 * browser has measured it, so what depends on it is drawn once, at its real width, not first at a guess. Without
 * ResizeObserver (jsdom, very old browsers) it is the fallback.
 */
export function useContainerWidth(ref: RefObject<HTMLElement | null>, fallback: number): number | null {
  const [width, setWidth] = useState<number | null>(() => (typeof ResizeObserver === 'undefined' ? fallback : null));
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width;
      // A transition: redrawing at the new width is work React can slice, not a task that holds up a tap.
      if (measured !== undefined && measured > 0)
        startTransition(() => {
          setWidth(Math.floor(measured));
        });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [ref]);
  return width;
}
