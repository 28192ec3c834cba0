/**
 * Registers the offline service worker of production builds (emitted by scripts/vite/offline-service-worker.ts).
 * A failure only means no offline use; the app itself works the same.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => undefined);
  });
}
