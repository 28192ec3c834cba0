import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';

import checklist from '../../../locales/ja/checklist.json';
import datacheck from '../../../locales/ja/datacheck.json';
import { Layout } from '../../../src/app/layout';
import { AssessmentsStoreProvider } from '../../../src/features/assessments/store-context';
import type { AssessmentsStore } from '../../../src/features/assessments/store-context';
import { CheckerContext } from '../../../src/features/data-check/checker';
import { inThreadChecker } from '../../../src/features/data-check/in-thread-checker';
import { DATA_CHECKS_STORAGE_KEY, loadDataChecks } from '../../../src/features/data-check/records';
import { dataCheckRoutes } from '../../../src/features/data-check/routes';
import { createDataChecksStore } from '../../../src/features/data-check/store';
import { DataChecksStoreProvider } from '../../../src/features/data-check/store-context';
import i18n from '../../../src/i18n';
import { makeStore, memoryStorage, storeWith } from '../../app/harness';
import scenarios from '../../fixtures/scenarios.json';
import type { AssessmentInput } from '../../../src/rules';
import { cleanDataset, dicomFile, utf8 } from './fixtures';

const input = scenarios.scenarios[0]?.input as AssessmentInput;

function openDataCheckPage(assessments: AssessmentsStore) {
  const { storage, data } = memoryStorage();
  const router = createMemoryRouter([{ element: <Layout />, children: [{ path: '/', element: <h1>start</h1> }, ...dataCheckRoutes] }], {
    initialEntries: ['/data-check'],
  });
  render(
    <AssessmentsStoreProvider store={assessments}>
      <DataChecksStoreProvider store={createDataChecksStore(storage)}>
        <CheckerContext value={inThreadChecker}>
          <RouterProvider router={router} />
        </CheckerContext>
      </DataChecksStoreProvider>
    </AssessmentsStoreProvider>,
  );
  return data;
}

const asFile = (bytes: Uint8Array, name: string) => new File([bytes.slice().buffer], name);

beforeEach(async () => {
  await i18n.changeLanguage('ja');
});

// Rendering a page with its findings tables takes a few seconds on a busy two-core machine.
describe('the data check page', { timeout: 20_000 }, () => {
  it('checks picked files and lists findings per file and per checklist item; a record can be attached', async () => {
    const user = userEvent.setup();
    const stored = openDataCheckPage(storeWith(input, '胸部CT研究'));
    await screen.findByRole('heading', { level: 1, name: datacheck.page.title });

    await user.upload(screen.getByLabelText(datacheck.pick.label), [
      asFile(dicomFile({ ...cleanDataset(), PatientName: 'Yamada^Taro' }), 'raw.dcm'),
      asFile(dicomFile(cleanDataset()), 'clean.dcm'),
      asFile(utf8('hello'), 'broken.dcm'),
    ]);
    await screen.findByText(datacheck.progress.done.replaceAll('{{total}}', '3'));

    const summary = screen.getByRole('region', { name: datacheck.summary.heading });
    const headers = within(summary)
      .getAllByRole('listitem')
      .find((item) => within(item).queryByRole('heading', { name: checklist.item.clean_dicom_headers.title }) !== null);
    expect(headers).toHaveTextContent(datacheck.summary.item.replace('{{checked}}', '2').replace('{{found}}', '1'));
    expect(headers).toHaveTextContent('PatientName');

    const raw = screen.getByRole('region', { name: 'raw.dcm' });
    const row = within(raw).getByRole('row', { name: /PatientName/u });
    expect(row).toHaveTextContent(datacheck.findings.dicom_direct_identifier.title);
    expect(row).toHaveTextContent(datacheck.severity.high);
    expect(row).not.toHaveTextContent('Yamada');
    expect(within(raw).getByText(datacheck.findings.dicom_direct_identifier.why, { exact: false })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'clean.dcm' })).getByText(datacheck.files.noFindings)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'broken.dcm' })).getByText(datacheck.problems.dicom_unreadable)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: datacheck.record.attach }));
    expect(await screen.findByText(datacheck.record.attached.replace('{{name}}', '胸部CT研究'))).toBeInTheDocument();
    const saved = loadDataChecks(stored.get(DATA_CHECKS_STORAGE_KEY) ?? null);
    expect(saved.ok && Object.values(saved.state.byAssessment)[0]?.[0]?.files.map((file) => file.file)).toEqual(['raw.dcm', 'clean.dcm', 'broken.dcm']);
  });

  it('offers downloads but no attachment without an open assessment', async () => {
    const user = userEvent.setup();
    openDataCheckPage(makeStore());
    await screen.findByRole('heading', { level: 1, name: datacheck.page.title });
    await user.upload(screen.getByLabelText(datacheck.pick.label), [asFile(utf8('山田様 03-1234-5678\n'), 'note.txt')]);
    await screen.findByText(datacheck.progress.done.replaceAll('{{total}}', '1'));
    expect(screen.getByRole('button', { name: datacheck.record.markdown })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: datacheck.record.attach })).not.toBeInTheDocument();
    expect(screen.getByText(datacheck.record.noAssessment)).toBeInTheDocument();
    const note = screen.getByRole('region', { name: 'note.txt' });
    expect(within(note).getAllByText(datacheck.table.heuristicTag, { exact: false }).length).toBeGreaterThan(0);
  });
});
