/**
 * The app as main.tsx loads it, after its entry: routes, stores, schemas and the rules' vocabulary are a chunk of
 * their own (vite.config.ts), evaluated in a task of their own after the entry's libraries, so evaluating the code
 * never holds the browser up in one long task.
 */
export { appElement } from './app-element';
export { registerServiceWorker } from './register-service-worker';
export { preloadRoute, showsPrerenderedStart } from './routes';
