// Shared set-up for the review tests (tests/features/review-*.test.tsx): a review store over in-memory storage,
// the review routes inside the app's layout in a memory router, and exchange files built from the scenarios.
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';

import { Layout } from '../../src/app/layout';
import { serializeAssessmentFile, toAssessmentFile } from '../../src/features/exchange/format';
import type { AssessmentFile } from '../../src/features/exchange/format';
import { reviewRoutes } from '../../src/features/review/routes';
import { createReviewsStore } from '../../src/features/review/store';
import type { ReviewsStore } from '../../src/features/review/store';
import { ReviewsStoreProvider } from '../../src/features/review/store-context';
import '../../src/i18n';
import type { SafeStorage } from '../../src/lib/safe-storage';
import type { AssessmentInput } from '../../src/rules';
import scenarioFile from '../fixtures/scenarios.json';
import { memoryStorage } from '../app/harness';

export { memoryStorage };

export const scenarioInput = (id: string): AssessmentInput => {
  const scenario = scenarioFile.scenarios.find((s) => s.id === id);
  if (scenario === undefined) throw new Error(`no scenario ${id}`);
  return scenario.input as AssessmentInput;
};

let ids = 0;
let minutes = 0;
/** A review store with deterministic ids and an advancing clock. */
export function makeReviewsStore(storage: SafeStorage = memoryStorage().storage): ReviewsStore {
  return createReviewsStore({
    storage,
    now: () => new Date(Date.UTC(2026, 0, 2, 9, minutes++)).toISOString(),
    newId: () => `r${String(++ids)}`,
  });
}

/** The exchange file the app would export for a scenario. */
export function exchangeFile(scenario: string, name = 'Chest CT', extra: { ticks?: AssessmentFile['ticks']; notes?: string } = {}): AssessmentFile {
  return toAssessmentFile(
    { name, answers: scenarioInput(scenario), ticks: extra.ticks ?? [], ...(extra.notes === undefined ? {} : { notes: extra.notes }) },
    '2026-01-01T09:00:00.000Z',
  );
}

export const jsonFile = (text: string, fileName = 'submission.json') => new File([text], fileName, { type: 'application/json' });
/** An exchange file (possibly altered by a test) as the JSON file a submitter would send. */
export const fileOf = (file: AssessmentFile, fileName?: string) => jsonFile(serializeAssessmentFile(file), fileName);

/** The review routes inside the app's layout (for focus on navigation), in a memory router. */
export function renderReview(path: string, store: ReviewsStore) {
  const router = createMemoryRouter([{ element: <Layout />, children: reviewRoutes }], { initialEntries: [path] });
  const view = render(
    <ReviewsStoreProvider store={store}>
      <RouterProvider router={router} />
    </ReviewsStoreProvider>,
  );
  return { ...view, router };
}

export const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.readAsText(blob);
  });

/**
 * Loads the lazily loaded review pages once, before the tests: the first dynamic import transforms the whole
 * result page tree, which in a cold test run takes longer than a query's default wait.
 */
export async function preloadReviewPages(): Promise<void> {
  await Promise.all([
    import('../../src/features/review/open-page'),
    import('../../src/features/review/session-page'),
    import('../../src/features/review/memo-page'),
  ]);
}
