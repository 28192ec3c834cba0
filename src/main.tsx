import './styles/global.css';

import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';

import { registerServiceWorker } from './app/register-service-worker';
import { AppRoutes } from './app/routes';
import { i18nReady } from './i18n';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

// The first paint waits for the start page's words (a few kilobytes from the same origin), so it never flashes keys.
await i18nReady;

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
