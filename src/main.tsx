import './styles/global.css';

import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';

import { registerServiceWorker } from './app/register-service-worker';
import { AppRoutes, preloadRoute } from './app/routes';
import { startI18n } from './i18n';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

/**
 * The first paint waits for the page's words (a few kilobytes from the same origin), so it never flashes keys; the
 * code and words of a page opened directly (a bookmark, a reload) load alongside. No top-level await: a page chunk
 * that imports from the entry's chunk would wait for the entry to finish, and the entry for it.
 */
async function start(root: HTMLElement) {
  const route = preloadRoute(window.location.hash);
  await Promise.all([startI18n(route.namespaces), route.code]);
  createRoot(root).render(
    <StrictMode>
      {/* Namespaces a later page needs load when it first renders; the page waits here meanwhile. */}
      <Suspense fallback={null}>
        <HashRouter>
          <AppRoutes />
        </HashRouter>
      </Suspense>
    </StrictMode>,
  );
  registerServiceWorker();
}

void start(container);
