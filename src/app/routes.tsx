import { lazy, Suspense } from 'react';
import { createHashRouter, type RouteObject } from 'react-router';

import { CheckAnswersPage } from '../features/wizard/check-answers-page';
import { Layout } from './layout';
import { LoadingPage } from './pages/loading-page';
import { NotFoundPage } from './pages/not-found-page';
import { QuestionRoute } from './pages/question-route';
import { RouteErrorPage } from './pages/route-error-page';
import { StartPage } from './pages/start-page';
import { paths } from './paths';

// The result page (and its citations and checklist) loads on demand, after the answers are given.
const ResultPage = lazy(async () => {
  const { ResultPage: Page } = await import('../features/result/result-page');
  return { default: Page };
});

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        // Errors render inside the layout, so the header and the language switch stay usable.
        errorElement: <RouteErrorPage />,
        children: [
          { path: paths.start, element: <StartPage /> },
          { path: paths.question, element: <QuestionRoute /> },
          { path: paths.check, element: <CheckAnswersPage /> },
          {
            path: paths.result,
            element: (
              <Suspense fallback={<LoadingPage />}>
                <ResultPage />
              </Suspense>
            ),
          },
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
