import type { RouteObject } from 'react-router';

import { LoadingPage } from '../../routing/loading-page';
import { aboutPath, openPointRoute } from './paths';

const load = async () => ({ Component: (await import('./about-page')).AboutPage });

/** The "About the rules" page, loaded on demand, at its own address and at the address of each open point. */
export const aboutRoutes: RouteObject[] = [
  { path: aboutPath, HydrateFallback: LoadingPage, lazy: load },
  { path: openPointRoute, HydrateFallback: LoadingPage, lazy: load },
];
