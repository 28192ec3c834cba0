import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';

import { routes } from '../../src/app/routes';
import { STORAGE_KEY } from '../../src/features/assessments/schema';
import { createAssessmentsStore } from '../../src/features/assessments/store';
import { AssessmentsStoreProvider, type AssessmentsStore } from '../../src/features/assessments/store-context';
import '../../src/i18n';
import type { SafeStorage } from '../../src/lib/safe-storage';
import type { AssessmentInput } from '../../src/rules';

/** In-memory storage, so a second store over the same object behaves like the app after a reload. */
export function memoryStorage(initial: Record<string, string> = {}, options: { available?: boolean } = {}) {
  const data = new Map(Object.entries(initial));
  const storage: SafeStorage = {
    available: options.available ?? true,
    read: (key) => data.get(key) ?? null,
    write: (key, value) => {
      if (options.available === false) return false;
      data.set(key, value);
      return true;
    },
  };
  return { storage, data };
}

let ids = 0;
let minutes = 0;
/** A store with deterministic ids and an advancing clock (so "newest first" is well defined). */
export function makeStore(storage: SafeStorage = memoryStorage().storage): AssessmentsStore {
  return createAssessmentsStore({
    storage,
    now: () => new Date(Date.UTC(2026, 0, 1, 9, minutes++)).toISOString(),
    newId: () => `a${String(++ids)}`,
  });
}

/** A store holding one current assessment with these answers. */
export function storeWith(answers: AssessmentInput, name = 'Project', storage?: SafeStorage): AssessmentsStore {
  const store = makeStore(storage);
  store.getState().assessmentStarted(name);
  for (const [id, value] of Object.entries(answers) as [keyof AssessmentInput, never][]) {
    store.getState().answerGiven(id, value);
  }
  return store;
}

/** The real routes in a memory router, with the given store. */
export function renderApp(path: string, store: AssessmentsStore) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <AssessmentsStoreProvider store={store}>
      <RouterProvider router={router} />
    </AssessmentsStoreProvider>,
  );
  return { ...view, router };
}

export { STORAGE_KEY };
