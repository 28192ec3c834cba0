import { useSyncExternalStore } from 'react';

const subscribe = () => () => undefined;

/**
 * False while React adopts HTML the build prerendered (and when rendering that HTML), true once the page is live.
 * A control that would act natively before then (a form submitting itself and reloading the page, a field whose
 * typing the first render would overwrite) waits for it; a page rendered in the browser is live at once.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
