import './styles/global.css';

import i18next from 'i18next';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';

import { registerServiceWorker } from './app/register-service-worker';
import { AppRoutes, preloadRoute } from './app/routes';
import { i18nReady } from './i18n';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

// The first paint waits for the page's words (a few kilobytes from the same origin), so it never flashes keys; the
// code and words of a page opened directly (a bookmark, a reload) load alongside.
const routeNamespaces = preloadRoute(window.location.hash);
await i18nReady;
if (routeNamespaces.length > 0) await i18next.loadNamespaces([...routeNamespaces]);

createRoot(container).render(
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
