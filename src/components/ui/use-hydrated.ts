import { startTransition, useEffect, useState } from 'react';

/** True while React adopts the HTML the build prerendered; main.tsx says so, the first committed render ends it. */
let adoptingPrerenderedHtml = false;

/** main.tsx, just before React adopts (hydrates) the prerendered start page. */
export function adoptPrerenderedHtml(): void {
  adoptingPrerenderedHtml = true;
}

/**
 * False while React adopts HTML the build prerendered (and when rendering that HTML), true once the page is live.
 * A control that would act natively before then (a form submitting itself and reloading the page, a field whose
 * typing the first render would overwrite) waits for it; a page rendered in the browser is live at once.
 * It turns live in a transition: useSyncExternalStore would re-render synchronously right after hydration, one more
 * long task on a page that is already painted.
 */
export function useHydrated(): boolean {
  const [live, setLive] = useState(() => typeof window !== 'undefined' && !adoptingPrerenderedHtml);
  useEffect(() => {
    adoptingPrerenderedHtml = false;
    if (!live) {
      startTransition(() => {
        setLive(true);
      });
    }
  }, [live]);
  return live;
}
