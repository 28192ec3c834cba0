import type { RouteObject } from 'react-router';

import { LoadingPage } from '../../routing/loading-page';
import { historyPathPattern } from './paths';

/** The history page, loaded on demand; the app's router adds it beside its own routes. */
export const historyRoutes: RouteObject[] = [
  {
    path: historyPathPattern,
    HydrateFallback: LoadingPage,
    lazy: async () => ({ Component: (await import('./history-page')).HistoryPage }),
  },
];
