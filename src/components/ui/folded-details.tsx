import { type ReactNode, startTransition, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed. Listened to here, when the module loads, so it is set before any folded part's
 * own print handler runs: a folded part mounted by another one's handler (a basis card inside the folded list of
 * bases that do not fit) is mounted with its contents, since a handler it added now would miss this print.
 */
let printing = false;
if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', () => {
    printing = true;
  });
  window.addEventListener('afterprint', () => {
    printing = false;
  });
}

/** Folded parts still waiting for the browser's idle time, mounted one per idle period in the order they asked. */
const waiting: (() => void)[] = [];
let idleRequested = false;

function mountNextWhenIdle(): void {
  if (idleRequested || waiting.length === 0) return;
  idleRequested = true;
  requestIdleCallback(() => {
    idleRequested = false;
    waiting.shift()?.();
    mountNextWhenIdle();
  });
}

function whenIdle(mount: () => void): () => void {
  waiting.push(mount);
  mountNextWhenIdle();
  return () => {
    const at = waiting.indexOf(mount);
    if (at >= 0) waiting.splice(at, 1);
  };
}

interface FoldedDetailsProps {
  readonly className: string;
  readonly summary: ReactNode;
  /** Shown whenever the part is open: short text, and anything other elements point to (aria-describedby). */
  readonly children?: ReactNode;
  /** The rest of the folded part (reasons, sources, long lists), mounted only once needed. */
  readonly later: ReactNode;
}

/**
 * A <details> whose longer contents are mounted only once needed: when it is opened, before the page is printed,
 * or in the browser's idle time, one folded part at a time. Most of a long page (the result has more than three
 * quarters of its elements in folded parts) would otherwise be built before anyone can tap the page, for parts
 * few readers open. Mounted in idle time, the text is soon there for find in page, which opens a folded part it
 * finds text in. Without requestIdleCallback (jsdom, older Safari) the contents are mounted at once.
 */
export function FoldedDetails({ className, summary, children, later }: FoldedDetailsProps) {
  const [mounted, setMounted] = useState(() => printing || typeof requestIdleCallback === 'undefined');
  useEffect(() => {
    if (mounted) return undefined;
    const mountNow = () => {
      setMounted(true);
    };
    // The page's print handler opens every folded part; this puts their contents in the page before the browser
    // lays it out for paper, which a later render would miss.
    const beforePrint = () => {
      flushSync(mountNow);
    };
    window.addEventListener('beforeprint', beforePrint);
    const cancel = whenIdle(() => {
      startTransition(mountNow);
    });
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      cancel();
    };
  }, [mounted]);
  return (
    <details
      className={className}
      // Marks a part whose longer contents are still to come (tests wait for none to be left).
      data-contents={mounted ? undefined : 'later'}
      onToggle={(event) => {
        if (event.currentTarget.open) setMounted(true);
      }}
    >
      <summary>{summary}</summary>
      {children}
      {mounted ? later : null}
    </details>
  );
}
