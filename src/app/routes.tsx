import { createHashRouter, type RouteObject } from 'react-router';

import { Layout } from './layout';
import { NotFoundPage } from './pages/not-found-page';
import { RouteErrorPage } from './pages/route-error-page';
import { StartPage } from './pages/start-page';
import { paths } from './paths';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        // Errors render inside the layout, so the header and the language switch stay usable.
        errorElement: <RouteErrorPage />,
        children: [
          { path: paths.start, element: <StartPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

/** Hash routing needs no server rewrites, so the build works from any static host and any sub-path. */
export function createAppRouter() {
  return createHashRouter(routes);
}
