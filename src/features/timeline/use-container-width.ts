import { type RefObject, startTransition, useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';

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
    // Printed before its part of the page came near the screen, the element was never laid out, so nothing was
    // measured. Asked now, the browser lays it out to answer, and what depends on the width is drawn before the
    // page goes to paper.
    const beforePrint = () => {
      const measured = element.getBoundingClientRect().width;
      if (measured > 0)
        flushSync(() => {
          setWidth((width) => width ?? Math.floor(measured));
        });
    };
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [ref]);
  return width;
}
