import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` parts of a long page to show: none at first, then one more per render, each in a transition
 * of its own. A page that renders its details in one go commits them, and lays them out, in one long task that
 * holds up a tap on a slow phone; part by part, the browser gets its turn between parts. Once every part is shown
 * the count stays at `total`.
 */
export function useRevealInSteps(total: number): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (shown >= total) return;
    startTransition(() => {
      setShown(shown + 1);
    });
  }, [shown, total]);
  return Math.min(shown, total);
}
