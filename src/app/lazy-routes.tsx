import { type ComponentType, lazy, useState } from 'react';
import type { RouteObject } from 'react-router';

type LazyPage = () => Promise<{ Component?: ComponentType | null }>;

/**
 * Features declare their pages as route objects with `lazy` (the data-router convention). The app renders routes
 * in declarative mode, which has no `lazy`, so each becomes a page loaded on demand like the app's own; the
 * layout's Suspense boundary shows the loading notice meanwhile.
 */
export function asElementRoutes(routes: readonly RouteObject[]): RouteObject[] {
  return routes.map((route) => {
    const load = route.lazy;
    if (typeof load !== 'function') return route;
    const Page = preloadableLazy(async () => {
      const { Component } = await (load as LazyPage)();
      if (Component == null) throw new Error(`Route ${route.path ?? ''} has no Component`);
      return Component;
    });
    return { path: route.path ?? '', element: <Page /> };
  });
}

/**
 * A page loaded on demand that can also be fetched ahead of its first render. Once `preload()` has resolved, the
 * page renders straight away; a plain React.lazy would still suspend once and show the loading notice, and
 * React holds a revealed fallback on screen for a moment, which delays the page it was meant to hide.
 */
export function preloadableLazy(load: () => Promise<ComponentType>): ComponentType & { preload: () => Promise<unknown> } {
  let loaded: ComponentType | undefined;
  let pending: Promise<ComponentType> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A failed download may succeed on the next try (the network came back), so it is not remembered.
        pending = undefined;
        throw error;
      },
    ));
  const LazyPage = lazy(async () => ({ default: await preload() }));
  function PreloadablePage() {
    // Chosen once per mount, so the page is never swapped for another component type under the reader.
    const [Page] = useState(() => loaded ?? LazyPage);
    return <Page />;
  }
  return Object.assign(PreloadablePage, { preload });
}
