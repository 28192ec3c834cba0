import { isSingleFile } from '../lib/build-target';
import { whenIdle } from '../lib/when-idle';

/**
 * Registers the offline service worker of production builds (emitted by scripts/vite/offline-service-worker.ts).
 * A failure only means no offline use; the app itself works the same. The single file opened from disk needs none.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || isSingleFile || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => undefined);
  };
  // Installing the worker downloads every file of the app. Only once the page has loaded and the browser is idle,
  // that is after the first page has rendered, so that download never competes with the page's own files for the
  // first paint on a slow network (main.tsx calls this as the first render starts, after the load event).
  const registerWhenIdle = () => {
    whenIdle(register, { timeout: 10_000, fallbackDelay: 2000 });
  };
  if (document.readyState === 'complete') registerWhenIdle();
  else window.addEventListener('load', registerWhenIdle, { once: true });
}
