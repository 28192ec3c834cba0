import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The "Back" link above a page's content. A real link, so it can be opened, copied and followed by keyboard. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="back-link-row">
      <Link className="back-link" to={to}>
        {children}
      </Link>
    </p>
  );
}
