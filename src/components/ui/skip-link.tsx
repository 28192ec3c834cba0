import type { MouseEvent, ReactNode } from 'react';

/**
 * A plain `href="#id"` would change location.hash, which the hash router reads as a route, so the link moves focus
 * itself and cancels the navigation.
 */
export function SkipLink({ targetId, children }: { targetId: string; children: ReactNode }) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(targetId)?.focus();
  };
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={skip}>
      {children}
    </a>
  );
}
