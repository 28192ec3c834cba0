import type { RouteObject } from 'react-router';

import { LoadingPage } from '../../routing/loading-page';
import { backupPath } from './paths';

/** The backup page, loaded on demand: with it come the stores' loaders, which the start page does not need. */
export const backupRoutes: RouteObject[] = [
  {
    path: backupPath,
    HydrateFallback: LoadingPage,
    lazy: async () => ({ Component: (await import('./backup-page')).BackupPage }),
  },
];
