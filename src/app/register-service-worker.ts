import { isSingleFile } from '../lib/build-target';

/**
 * Registers the offline service worker of production builds (emitted by scripts/vite/offline-service-worker.ts).
 * A failure only means no offline use; the app itself works the same. The single file opened from disk needs none.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || isSingleFile || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => undefined);
  };
  // After the page has loaded, so caching never competes with the first render. main.tsx waits for the start
  // page's words first, so the load event may already be over by the time this runs.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
