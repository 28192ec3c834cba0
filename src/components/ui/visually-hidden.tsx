import type { ReactNode } from 'react';

/** Text for screen readers only (for example the question a "Change" link belongs to). */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
