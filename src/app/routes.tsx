import { type RouteObject, useRoutes } from 'react-router';

import { aboutRoutes } from '../features/about/routes';
import { backupRoutes } from '../features/backup/routes';
import { dataCheckRoutes } from '../features/data-check/routes';
import { draftsRoutes } from '../features/drafts/routes';
import { feedbackRoutes } from '../features/feedback/routes';
import { historyRoutes } from '../features/history/routes';
import { profileRoutes } from '../features/profile/routes';
import { projectsRoutes } from '../features/projects/routes';
import { reportRoutes } from '../features/report/routes';
import { reviewRoutes } from '../features/review/routes';
import { trainingRoutes } from '../features/training/routes';
import { evaluateCurrentAhead } from '../features/assessments/evaluated';
import { STORAGE_KEY } from '../features/assessments/schema';
import { type DirectRoute, directRouteOf } from './direct-routes';
import { asElementRoutes, preloadableLazy } from './lazy-routes';
import { Layout } from './layout';
import { NotFoundPage } from './pages/not-found-page';
import { StartPage } from './pages/start-page';
import { paths } from '../routing/paths';

// Everything after the start page loads on demand: a first visit downloads only the start page.
const QuestionRoute = preloadableLazy(async () => (await import('./pages/question-route')).QuestionRoute);
const CheckAnswersPage = preloadableLazy(async () => (await import('../features/wizard/check-answers-page')).CheckAnswersPage);
const ResultPage = preloadableLazy(async () => (await import('../features/result/result-page')).ResultPage);
/** The code of each page a visit can open straight away, by the module directRoutes names for the build. */
const directPages: Readonly<Record<NonNullable<DirectRoute['module']>, { preload: () => Promise<unknown> }>> = {
  '/src/app/pages/question-route.tsx': QuestionRoute,
  '/src/features/wizard/check-answers-page.tsx': CheckAnswersPage,
  '/src/features/result/result-page.tsx': ResultPage,
};

export interface RoutePreload {
  /** Locale namespaces the page reads, to load together with the start namespaces. */
  readonly namespaces: readonly string[];
  /** Settles when the page's code has arrived (or failed to: the page then loads, or explains, as usual). */
  readonly code: Promise<unknown>;
}

/**
 * Opening the app straight on a question or the result (a bookmark, a reload) would otherwise fetch in waves: the
 * entry, then the page's code, then its words, with the loading notice shown in between. main.tsx calls this
 * before the first render and waits for both, so the page's code and words load alongside the start page's and
 * the page appears in one go.
 */
export function preloadRoute(hash: string): RoutePreload {
  const settled = (page: { preload: () => Promise<unknown> }) => page.preload().catch(() => undefined);
  const route = directRouteOf(hash);
  if (route?.prefix === paths.result) void evaluateCurrentAhead();
  if (route !== undefined) return { namespaces: route.namespaces, code: route.module === null ? Promise.resolve() : settled(directPages[route.module]) };
  // The start page's saved list names bases and stages; without saved assessments it needs no more words.
  return { namespaces: hasSavedAssessments() ? ['outcomes'] : [], code: Promise.resolve() };
}

/**
 * Whether this visit shows the start page exactly as the build prerendered it into index.html (a first visit in
 * Japanese: the start route, nothing saved), so main.tsx can hydrate that HTML. index.html's first script makes the
 * same decision before the first paint, to hide the HTML otherwise; tests/app/prerender-gate.test.ts keeps the two
 * in step.
 */
export function showsPrerenderedStart(hash: string, language: string): boolean {
  const path = hash.replace(/^#/u, '').split('?')[0];
  return (path === '' || path === paths.start) && language === 'ja' && !hasSavedAssessments();
}

function hasSavedAssessments(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== null;
  } catch {
    return false;
  }
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
          ...asElementRoutes(aboutRoutes),
          ...asElementRoutes(profileRoutes),
          ...asElementRoutes(feedbackRoutes),
          ...asElementRoutes(projectsRoutes),
          ...asElementRoutes(historyRoutes),
          ...asElementRoutes(backupRoutes),
          // The data check reads files in a Web Worker, which a page opened from disk cannot start: the single file
          // leaves the page (and its worker) out. The condition is a build-time constant, so the code is dropped.
          ...(import.meta.env.MODE === 'single' ? [] : asElementRoutes(dataCheckRoutes)),
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
