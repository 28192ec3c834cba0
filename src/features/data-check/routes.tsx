import type { RouteObject } from 'react-router';

import { LoadingPage } from '../../routing/loading-page';
import { dataCheckPath } from './paths';

/** The data check page and its parsers load only when it is opened: the start page's download is unchanged. */
export const dataCheckRoutes: RouteObject[] = [
  {
    path: dataCheckPath,
    HydrateFallback: LoadingPage,
    lazy: async () => ({ Component: (await import('./data-check-page')).DataCheckPage }),
  },
];
