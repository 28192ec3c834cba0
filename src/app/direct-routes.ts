import { aboutPath } from '../features/about/paths';
import { resultNamespaces } from '../features/result/namespaces';
import { paths } from '../routing/paths';

/**
 * Pages a visit can open straight away (a bookmark, a reload), with the words they read beside the start
 * namespaces and the module of their code. routes.tsx's preloadRoute loads them before the first render; the build
 * (scripts/vite/prerender-start.ts) names their files in index.html, whose last script asks for them beside the
 * entry, so the page's code and words do not wait for the entry to run first.
 */
export const directRoutes = [
  { prefix: '/q/', namespaces: ['questions', 'glossary', 'about'], module: '/src/app/pages/question-route.tsx' },
  { prefix: paths.check, namespaces: ['questions'], module: '/src/features/wizard/check-answers-page.tsx' },
  { prefix: paths.result, namespaces: resultNamespaces, module: '/src/features/result/result-page.tsx' },
  // A bookmark on the about page: its words load beside the start page's; its code loads like other features' pages.
  { prefix: aboutPath, namespaces: resultNamespaces, module: null },
] as const satisfies readonly { prefix: string; namespaces: readonly string[]; module: string | null }[];

export type DirectRoute = (typeof directRoutes)[number];

/** The direct route a hash opens, if any. */
export function directRouteOf(hash: string): DirectRoute | undefined {
  const path = hash.replace(/^#/u, '');
  return directRoutes.find((route) => path.startsWith(route.prefix));
}
