import type { RouteObject } from 'react-router';

import { LoadingPage } from '../../routing/loading-page';
import { projectJointUsePathPattern, projectPathPattern, projectsPath } from './paths';

/** The project pages, loaded on demand like the other features' pages; the app's router adds them beside its own. */
export const projectsRoutes: RouteObject[] = [
  {
    path: projectsPath,
    HydrateFallback: LoadingPage,
    lazy: async () => ({ Component: (await import('./projects-page')).ProjectsPage }),
  },
  {
    path: projectPathPattern,
    HydrateFallback: LoadingPage,
    lazy: async () => ({ Component: (await import('./overview-page')).OverviewPage }),
  },
  {
    path: projectJointUsePathPattern,
    HydrateFallback: LoadingPage,
    lazy: async () => ({ Component: (await import('./joint-use-page')).JointUsePage }),
  },
];
