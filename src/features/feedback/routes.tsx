import type { RouteObject } from 'react-router';

import { LoadingPage } from '../../routing/loading-page';
import { feedbackPath } from './paths';

/** The page that takes a review back in, loaded on demand; the app's router adds it beside its own routes. */
export const feedbackRoutes: RouteObject[] = [
  {
    path: feedbackPath,
    HydrateFallback: LoadingPage,
    lazy: async () => ({ Component: (await import('./feedback-page')).FeedbackPage }),
  },
];
