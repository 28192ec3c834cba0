import type { RouteObject } from 'react-router';

import { LoadingPage } from '../../routing/loading-page';
import { reportPaths } from './paths';

/**
 * The report, its one-page summary, the share-link landing and import pages, each loaded on demand (react-router
 * `lazy`), so none of them (nor the exports behind them) weighs on the first load. The app's router adds these beside its own routes.
 * HydrateFallback covers a first load straight onto one of these pages (a shared link, a bookmark).
 */
export const reportRoutes: RouteObject[] = [
  {
    path: reportPaths.report,
    HydrateFallback: LoadingPage,
    lazy: async () => ({ Component: (await import('./report-page')).ReportPage }),
  },
  {
    path: reportPaths.summary,
    HydrateFallback: LoadingPage,
    lazy: async () => ({ Component: (await import('./summary-page')).SummaryPage }),
  },
  {
    path: reportPaths.open,
    HydrateFallback: LoadingPage,
    lazy: async () => ({ Component: (await import('../share/open-page')).OpenPage }),
  },
  {
    path: reportPaths.import,
    HydrateFallback: LoadingPage,
    lazy: async () => ({ Component: (await import('../import/import-page')).ImportPage }),
  },
];
