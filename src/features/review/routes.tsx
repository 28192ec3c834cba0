import { useTranslation } from 'react-i18next';
import type { RouteObject } from 'react-router';

import { reviewPaths } from './paths';

/** Shown while a review page's code arrives on a first load; a status, so screen readers hear it. */
function ReviewLoading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('layout.loading')}
    </p>
  );
}

/**
 * The review pages, each loaded on demand: most people never review, so none of this is in the first load. The app
 * places these routes inside its layout (which moves focus to each page's h1).
 */
export const reviewRoutes: RouteObject[] = [
  {
    path: reviewPaths.open,
    hydrateFallbackElement: <ReviewLoading />,
    lazy: async () => ({ Component: (await import('./open-page')).OpenReviewPage }),
  },
  {
    path: reviewPaths.session,
    hydrateFallbackElement: <ReviewLoading />,
    lazy: async () => ({ Component: (await import('./session-page')).ReviewSessionPage }),
  },
  {
    path: reviewPaths.memo,
    hydrateFallbackElement: <ReviewLoading />,
    lazy: async () => ({ Component: (await import('./memo-page')).ReviewMemoPage }),
  },
  {
    path: reviewPaths.project,
    hydrateFallbackElement: <ReviewLoading />,
    lazy: async () => ({ Component: (await import('./project-session-page')).ProjectReviewPage }),
  },
  {
    path: reviewPaths.projectFlow,
    hydrateFallbackElement: <ReviewLoading />,
    lazy: async () => ({ Component: (await import('./project-session-page')).ProjectFlowReviewPage }),
  },
];
