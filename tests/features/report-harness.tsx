import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';

import { Layout } from '../../src/app/layout';
import { paths } from '../../src/routing/paths';
import { AssessmentsStoreProvider, type AssessmentsStore } from '../../src/features/assessments/store-context';
import { reportRoutes } from '../../src/features/report/routes';
import '../../src/i18n';
import type { AssessmentInput } from '../../src/rules';
import scenarios from '../fixtures/scenarios.json';

/**
 * The report feature's own routes inside the app's layout, with stand-ins for the pages it links to (start, a
 * question, the result), so these tests do not depend on the app's route table or on pages other teams are building.
 */
const testRoutes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: paths.start, element: <h1>start page</h1> },
      { path: paths.question, element: <h1>question page</h1> },
      { path: paths.result, element: <h1>result page</h1> },
      ...reportRoutes,
    ],
  },
];

export function renderReportRoutes(path: string, store: AssessmentsStore) {
  const router = createMemoryRouter(testRoutes, { initialEntries: [path] });
  const view = render(
    <AssessmentsStoreProvider store={store}>
      <RouterProvider router={router} />
    </AssessmentsStoreProvider>,
  );
  return { ...view, router };
}

/** The page's <h1>, once its lazily loaded route has arrived. */
export const findPageHeading = (name?: string | RegExp) => screen.findByRole('heading', { level: 1, ...(name === undefined ? {} : { name }) });

export const scenario = (id: string): AssessmentInput => {
  const found = scenarios.scenarios.find((x) => x.id === id);
  if (found === undefined) throw new Error(`no scenario ${id}`);
  return found.input as AssessmentInput;
};

/** A File whose text() works under jsdom, whose Blob lacks it (every browser has it). */
export function textFile(content: string, name = 'assessment.json', type = 'application/json'): File {
  const file = new File([content], name, { type });
  Object.defineProperty(file, 'text', { value: () => Promise.resolve(content), configurable: true, writable: true });
  return file;
}

export const readBlob = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => {
      reject(new Error('could not read blob'));
    };
    reader.readAsText(blob);
  });

/** Captures what downloadBlob/downloadText hand to the browser, without jsdom trying to navigate. */
export function captureDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:download-${String(blobs.length)}`;
  });
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

/** A snapshot of the store's saved data, to prove an action changed nothing. */
export const snapshot = (store: AssessmentsStore) => structuredClone({ assessments: store.getState().assessments, currentId: store.getState().currentId });
