import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';

import { Layout } from '../../src/app/layout';
import { createAssessmentsStore } from '../../src/features/assessments/store';
import { AssessmentsStoreProvider, type AssessmentsStore } from '../../src/features/assessments/store-context';
import { trainingRoutes } from '../../src/features/training/routes';
import { createTrainingStore, type TrainingStore } from '../../src/features/training/store';
import { TrainingStoreProvider } from '../../src/features/training/store-context';
import '../../src/i18n';
import type { SafeStorage } from '../../src/lib/safe-storage';
import { memoryStorage } from '../app/harness';

export { memoryStorage };

let minutes = 0;
const clock = () => new Date(Date.UTC(2026, 0, 1, 9, minutes++)).toISOString();

export function makeTrainingStore(storage: SafeStorage = memoryStorage().storage): TrainingStore {
  return createTrainingStore({ storage, now: clock });
}

let ids = 0;
export function makeAssessmentsStore(): AssessmentsStore {
  return createAssessmentsStore({ storage: memoryStorage().storage, now: clock, newId: () => `a${String(++ids)}` });
}

/** The wizard's check-answers page is not under test here: a stand-in shows that navigation reached it. */
function CheckStub() {
  return <h1 tabIndex={-1}>check-answers stand-in</h1>;
}

/**
 * Training routes inside the real layout (so "focus the new page's h1" works as in the app), in a memory router,
 * with the given stores.
 */
export function renderTraining(
  path: string,
  stores: { training?: TrainingStore; assessments?: AssessmentsStore } = {},
) {
  const training = stores.training ?? makeTrainingStore();
  const assessments = stores.assessments ?? makeAssessmentsStore();
  const routes: RouteObject[] = [{ element: <Layout />, children: [...trainingRoutes, { path: '/check', element: <CheckStub /> }] }];
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <AssessmentsStoreProvider store={assessments}>
      <TrainingStoreProvider store={training}>
        <RouterProvider router={router} />
      </TrainingStoreProvider>
    </AssessmentsStoreProvider>,
  );
  return { ...view, router, training, assessments };
}

/**
 * Loads the code-split pages up front. The first transform of a page under vitest can take longer than
 * findBy's one-second wait, which would make the first test of a file flaky rather than wrong.
 */
export async function preloadTrainingPages(): Promise<void> {
  await Promise.all([
    import('../../src/features/training/library-page'),
    import('../../src/features/training/case-page'),
    import('../../src/features/training/summary-page'),
    import('../../src/features/training/handout-page'),
  ]);
}
