import './styles/global.css';

import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';

import { adoptPrerenderedHtml } from './components/ui/use-hydrated';
import { initialLanguage, startI18n } from './i18n';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

/**
 * The first paint waits for the page's words (a few kilobytes from the same origin), so it never flashes keys; the
 * code and words of a page opened directly (a bookmark, a reload) load alongside. No top-level await: a page chunk
 * that imports from the entry's chunk would wait for the entry to finish, and the entry for it.
 *
 * The build writes the start page into index.html (scripts/vite/prerender-start.ts), so a first visit sees it before
 * any code runs (index.html runs this file only after that first paint); React then adopts that HTML (hydration).
 * Any other visit replaces it (index.html hid it meanwhile).
 */
async function start(root: HTMLElement) {
  const language = initialLanguage();
  // index.html asks for the app's chunks beside the entry, so these wait for their evaluation, not for a download.
  // One after the other: evaluated together, the rules and the app would block the page in one long task.
  await import('./rules');
  const { appElement, preloadRoute, registerServiceWorker, showsPrerenderedStart } = await import('./app/boot');
  const route = preloadRoute(window.location.hash);
  await Promise.all([startI18n(route.namespaces, language), route.code]);
  const app = appElement((routes) => <HashRouter>{routes}</HashRouter>);
  // Read again now: a link followed before the code arrived changes the page to show.
  if (root.hasChildNodes() && showsPrerenderedStart(window.location.hash, language)) {
    // As a transition, React hydrates in slices and lets the browser in between: the page is already painted, so
    // no one waits for this, and one long task would hold up a tap on the page.
    adoptPrerenderedHtml();
    startTransition(() => {
      hydrateRoot(root, app);
    });
  } else {
    root.replaceChildren();
    const reactRoot = createRoot(root);
    // A transition here too: a long page (a result, a question with its explanations) renders in slices.
    startTransition(() => {
      reactRoot.render(app);
    });
  }
  document.documentElement.removeAttribute('data-prerender');
  registerServiceWorker();
}

void start(container);
