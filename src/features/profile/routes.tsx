import type { RouteObject } from 'react-router';

import { LoadingPage } from '../../routing/loading-page';
import { profilePath } from './paths';

/** The profile page, loaded on demand like the other features' pages; the app's router adds it beside its own. */
export const profileRoutes: RouteObject[] = [
  {
    path: profilePath,
    HydrateFallback: LoadingPage,
    lazy: async () => ({ Component: (await import('./profile-page')).ProfilePage }),
  },
];
