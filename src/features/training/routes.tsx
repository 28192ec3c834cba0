import type { RouteObject } from 'react-router';

import { LoadingPage } from '../../routing/loading-page';
import { trainingPaths } from './paths';

/**
 * Training mode's routes, each loaded on demand (its own chunk: the library data, the store and the pages), so the
 * wizard's first load does not carry them. The static paths rank above '/training/:scenarioId' in react-router, and
 * the set schema refuses "summary" and "handout" as case ids.
 */
export const trainingRoutes: RouteObject[] = [
  {
    path: trainingPaths.library,
    hydrateFallbackElement: <LoadingPage />,
    lazy: async () => ({ Component: (await import('./library-page')).LibraryPage }),
  },
  {
    path: trainingPaths.summary,
    hydrateFallbackElement: <LoadingPage />,
    lazy: async () => ({ Component: (await import('./summary-page')).SummaryPage }),
  },
  {
    path: trainingPaths.handout,
    hydrateFallbackElement: <LoadingPage />,
    lazy: async () => ({ Component: (await import('./handout-page')).HandoutPage }),
  },
  {
    path: trainingPaths.case,
    hydrateFallbackElement: <LoadingPage />,
    lazy: async () => ({ Component: (await import('./case-page')).CasePage }),
  },
];
