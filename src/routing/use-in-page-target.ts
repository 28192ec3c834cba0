import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * In-page links under hash routing: the app's own route sits in the URL's hash, so a section link is written as
 * `#/result#result-checklist` (react-router reads the second part as the location's hash). When that hash names an
 * element, it is scrolled into view and its heading takes focus, so keyboard and screen-reader users land there too;
 * Back returns to where the link was.
 */
export function useInPageTarget(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (target === null) return;
    const heading = target.matches('h1, h2, h3') ? target : target.querySelector<HTMLElement>('h2, h3');
    const focusable = heading ?? target;
    if (!focusable.hasAttribute('tabindex')) focusable.setAttribute('tabindex', '-1');
    focusable.focus({ preventScroll: true });
    // jsdom has no layout, so no scrollIntoView.
    if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'start' });
  }, [hash, ready]);
}
