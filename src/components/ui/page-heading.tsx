import type { ReactNode } from 'react';

/**
 * The page's <h1>. tabIndex -1 lets the layout move focus here after a route change, so a screen reader announces
 * the new page and keyboard users continue from its top.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 className="page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
