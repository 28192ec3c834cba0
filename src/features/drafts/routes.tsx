import type { RouteObject } from 'react-router';

import { LoadingPage } from '../../routing/loading-page';
import { draftsPath } from './paths';

/**
 * The drafts page, loaded on demand (react-router `lazy`): the builders, the form and the drafts store stay out of
 * the first load. The app's router adds this beside its own routes; HydrateFallback covers a first load straight
 * onto '#/drafts' (a bookmark).
 */
export const draftsRoutes: RouteObject[] = [
  {
    path: draftsPath,
    HydrateFallback: LoadingPage,
    lazy: async () => ({ Component: (await import('./drafts-page')).DraftsPage }),
  },
];
