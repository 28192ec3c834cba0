/**
 * Runs `run` when the browser is next idle (at the latest after `timeout` ms), which is after the page's current
 * work and its paint; where there is no requestIdleCallback (older Safari), after `fallbackDelay` ms. Returns a
 * function that cancels it.
 */
export function whenIdle(run: () => void, { timeout, fallbackDelay }: { timeout: number; fallbackDelay: number }): () => void {
  if (typeof requestIdleCallback === 'function') {
    const idle = requestIdleCallback(run, { timeout });
    return () => {
      cancelIdleCallback(idle);
    };
  }
  const timer = setTimeout(run, fallbackDelay);
  return () => {
    clearTimeout(timer);
  };
}
