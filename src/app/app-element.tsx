import { type ReactNode, StrictMode, Suspense } from 'react';

import { AppRoutes } from './routes';

/**
 * The whole app around a router: main.tsx gives it the HashRouter, the build's prerender (prerender.tsx) a static
 * router on the start page. One tree for both, so the HTML written at build time is what the browser's first render
 * produces and React can adopt it (hydrate) rather than paint it again.
 */
export function appElement(router: (routes: ReactNode) => ReactNode): ReactNode {
  return (
    <StrictMode>
      {/* Namespaces a later page needs load when it first renders; the page waits here meanwhile. */}
      <Suspense fallback={null}>{router(<AppRoutes />)}</Suspense>
    </StrictMode>
  );
}
