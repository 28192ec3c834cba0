import { type ComponentType, lazy } from 'react';
import type { RouteObject } from 'react-router';

type LazyPage = () => Promise<{ Component?: ComponentType | null }>;

/**
 * Features declare their pages as route objects with `lazy` (the data-router convention). The app renders routes
 * in declarative mode, which has no `lazy`, so each becomes an element loaded with React.lazy; the layout's
 * Suspense boundary shows the loading notice meanwhile.
 */
export function asElementRoutes(routes: readonly RouteObject[]): RouteObject[] {
  return routes.map((route) => {
    const load = route.lazy;
    if (typeof load !== 'function') return route;
    const Page = lazy(async () => {
      const { Component } = await (load as LazyPage)();
      if (Component == null) throw new Error(`Route ${route.path ?? ''} has no Component`);
      return { default: Component };
    });
    return { path: route.path ?? '', element: <Page /> };
  });
}
