import { lazy } from 'react';
import { type RouteObject, useRoutes } from 'react-router';

import { draftsRoutes } from '../features/drafts/routes';
import { reportRoutes } from '../features/report/routes';
import { reviewRoutes } from '../features/review/routes';
import { trainingRoutes } from '../features/training/routes';
import { asElementRoutes } from './lazy-routes';
import { Layout } from './layout';
import { NotFoundPage } from './pages/not-found-page';
import { StartPage } from './pages/start-page';
import { paths } from './paths';

// Everything after the start page loads on demand: a first visit downloads only the start page.
const loadQuestionRoute = () => import('./pages/question-route');
const loadResultPage = () => import('../features/result/result-page');
const QuestionRoute = lazy(async () => ({ default: (await loadQuestionRoute()).QuestionRoute }));
const CheckAnswersPage = lazy(async () => ({ default: (await import('../features/wizard/check-answers-page')).CheckAnswersPage }));
const ResultPage = lazy(async () => ({ default: (await loadResultPage()).ResultPage }));

/**
 * Opening the app straight on a question or the result (a bookmark, a reload) would otherwise fetch in three waves:
 * the entry, then the page's code, then its words. main.tsx calls this before the first render so that the page's
 * code and words load alongside the start page's. Returns the namespaces to load with them.
 */
export function preloadRoute(hash: string): readonly string[] {
  const path = hash.replace(/^#/u, '');
  if (path.startsWith('/q/')) {
    void loadQuestionRoute();
    return ['questions', 'glossary'];
  }
  if (path.startsWith(paths.result)) {
    void loadResultPage();
    return ['result', 'outcomes', 'checklist', 'citations', 'glossary'];
  }
  return [];
}

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        children: [
          { path: paths.start, element: <StartPage /> },
          { path: paths.question, element: <QuestionRoute /> },
          { path: paths.check, element: <CheckAnswersPage /> },
          { path: paths.result, element: <ResultPage /> },
          ...asElementRoutes(draftsRoutes),
          ...asElementRoutes(reportRoutes),
          ...asElementRoutes(reviewRoutes),
          ...asElementRoutes(trainingRoutes),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

/**
 * The app's routes, rendered in react-router's declarative mode inside a HashRouter (main.tsx): hash routing needs
 * no server rewrites, so the build works from any static host and any sub-path, and the declarative mode leaves
 * the data-router code (loaders, actions, fetchers) out of the start page's download.
 */
export function AppRoutes() {
  return useRoutes(routes);
}
