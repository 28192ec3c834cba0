import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';

import backup from '../../locales/ja/backup.json';
import { Layout } from '../../src/app/layout';
import { STORAGE_KEY } from '../../src/features/assessments/schema';
import type { SavedAssessment } from '../../src/features/assessments/schema';
import { useAssessments } from '../../src/features/assessments/store';
import { parseBackup } from '../../src/features/backup/format';
import { backupRoutes } from '../../src/features/backup/routes';
import { PROFILE_STORAGE_KEY } from '../../src/features/profile/schema';
import i18n from '../../src/i18n';
import { captureDownloads, readBlob, textFile } from './report-harness';

const at = '2026-12-01T09:00:00.000Z';
const assessment = (id: string, name: string, stage: 'development' | 'exploration' = 'development'): SavedAssessment => ({
  id,
  name,
  createdAt: at,
  updatedAt: at,
  answers: { stage },
  ticks: [],
});
const storeText = (list: SavedAssessment[]) => JSON.stringify({ schemaVersion: 2, currentId: null, assessments: list });
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/gu, (_match, key: string) => String(values[key] ?? ''));

async function renderBackupPage() {
  const router = createMemoryRouter([{ element: <Layout />, children: [{ path: '/', element: <h1>start</h1> }, ...backupRoutes] }], {
    initialEntries: ['/backup'],
  });
  const view = render(<RouterProvider router={router} />);
  // The first render loads the page's code and every store's loader: generous on a busy machine.
  await screen.findByRole('heading', { level: 1, name: backup.page.title }, { timeout: 15_000 });
  return view;
}

/** A backup as the page downloads it, from the given storage. */
async function downloadedBackup(stored: Record<string, string>): Promise<string> {
  localStorage.clear();
  for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, value);
  const downloads = captureDownloads();
  const view = await renderBackupPage();
  await userEvent.setup().click(screen.getByRole('button', { name: backup.save.download }));
  const blob = downloads.blobs[0];
  if (blob === undefined) throw new Error('nothing downloaded');
  const text = await readBlob(blob);
  view.unmount();
  localStorage.clear();
  return text;
}

const chooseFile = async (user: ReturnType<typeof userEvent.setup>, content: string) => {
  await user.upload(screen.getByLabelText(backup.restore.choose), textFile(content, 'backup.json'));
};
const storeSection = (name: string) => screen.getByRole('region', { name });

beforeEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage('ja');
});

describe('the backup page', () => {
  it('says the data is in this browser only, counts what it holds and downloads it as one file', async () => {
    localStorage.setItem(STORAGE_KEY, storeText([assessment('a1', '多施設共同研究'), assessment('a2', '画像AI')]));
    localStorage.setItem(PROFILE_STORAGE_KEY, JSON.stringify({ schemaVersion: 1, profile: { name: '〇〇病院', contactOffice: '', contactDetails: '', note: '' } }));
    const downloads = captureDownloads();
    await renderBackupPage();
    expect(screen.getByText(backup.page.lead)).toBeInTheDocument();
    const counts = screen.getByRole('table', { name: backup.save.contains });
    expect(within(counts).getByRole('row', { name: `${backup.stores.assessments} ${fill(backup.save.countValue, { count: 2 })}` })).toBeInTheDocument();
    expect(within(counts).getByRole('row', { name: `${backup.stores.profile} ${fill(backup.save.countValue, { count: 1 })}` })).toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('button', { name: backup.save.download }));
    expect(downloads.names).toEqual([expect.stringMatching(/^medai-backup-\d{4}-\d{2}-\d{2}\.json$/u)]);
    const parsed = parseBackup(await readBlob(downloads.blobs[0] ?? new Blob()));
    expect(parsed.ok && parsed.backup.sections.find((s) => s.store === 'assessments')?.items.map((item) => item.name)).toEqual(['多施設共同研究', '画像AI']);
    const announced = screen.getAllByRole('status').filter((status) => status.textContent === fill(backup.save.downloaded, { file: downloads.names[0] ?? '' }));
    expect(announced).toHaveLength(1);
  });

  it('restores into an empty browser after a preview, and the running stores show the data at once', async () => {
    const text = await downloadedBackup({ [STORAGE_KEY]: storeText([assessment('a1', '多施設共同研究')]) });
    const user = userEvent.setup();
    await renderBackupPage();
    // An empty browser has nothing to back up and says so, instead of a table of zeros.
    expect(screen.getByText(backup.save.empty)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: backup.save.download })).not.toBeInTheDocument();
    await chooseFile(user, text);

    expect(await screen.findByRole('heading', { name: backup.preview.heading })).toHaveFocus();
    const section = storeSection(backup.stores.assessments);
    expect(within(section).getByText(fill(backup.preview.added, { count: 1 }))).toBeInTheDocument();
    expect(within(section).getByText('多施設共同研究')).toBeInTheDocument();
    // Nothing is written before the person chooses.
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();

    await user.click(screen.getByRole('button', { name: backup.mode.submit }));
    expect(await screen.findByRole('heading', { name: backup.done.heading })).toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).toContain('多施設共同研究');
    expect(useAssessments.getState().assessments.map((a) => a.name)).toContain('多施設共同研究');
    // The counts of what this browser holds are read again.
    const counts = screen.getByRole('table', { name: backup.save.contains });
    expect(within(counts).getByRole('row', { name: `${backup.stores.assessments} ${fill(backup.save.countValue, { count: 1 })}` })).toBeInTheDocument();
  });

  it('refuses a file that is not JSON and one with a bad item, naming the store and the item, and changes nothing', async () => {
    // The backup with a bad item is made first, so only one backup page is on screen at a time.
    const file = JSON.parse(await downloadedBackup({ [STORAGE_KEY]: storeText([assessment('a1', '良い'), assessment('a2', '壊れた確認')]) })) as {
      stores: { assessments: { assessments: { answers: unknown }[] } };
    };
    const bad = file.stores.assessments.assessments[1];
    if (bad !== undefined) bad.answers = { stage: 'nonsense' };
    localStorage.setItem(STORAGE_KEY, storeText([assessment('mine', 'いまのデータ')]));
    const before = localStorage.getItem(STORAGE_KEY);
    const user = userEvent.setup();
    await renderBackupPage();

    await chooseFile(user, 'not json at all');
    expect(await screen.findByRole('alert')).toHaveTextContent(backup.problem.not_json);

    await chooseFile(user, JSON.stringify(file));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(backup.problem.invalid_stores);
    expect(within(alert).getByRole('heading', { name: backup.stores.assessments })).toBeInTheDocument();
    expect(alert).toHaveTextContent('壊れた確認 (#2)');
    expect(alert).toHaveTextContent('answers.stage');
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
  });

  it('“add” keeps this browser’s version; “replace” asks first, naming what it overwrites', async () => {
    const text = await downloadedBackup({ [STORAGE_KEY]: storeText([assessment('a1', 'バックアップの版'), assessment('a2', '新しい確認')]) });
    localStorage.setItem(STORAGE_KEY, storeText([assessment('a1', 'このブラウザの版', 'exploration')]));
    const user = userEvent.setup();
    await renderBackupPage();
    await chooseFile(user, text);
    await screen.findByRole('heading', { name: backup.preview.heading });
    const section = storeSection(backup.stores.assessments);
    expect(within(section).getByText(fill(backup.preview.differing, { count: 1 }))).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: backup.mode.replace }));
    await user.click(screen.getByRole('button', { name: backup.mode.submit }));
    expect(screen.getByText(fill(backup.mode.confirm, { count: 1 }))).toHaveFocus();
    const overwritten = screen.getByRole('list', { name: fill(backup.preview.differing, { count: 1 }) });
    expect(overwritten).toHaveTextContent('バックアップの版');
    await user.click(screen.getByRole('button', { name: backup.mode.cancel }));
    expect(localStorage.getItem(STORAGE_KEY)).toContain('このブラウザの版');

    await user.click(screen.getByRole('radio', { name: backup.mode.add }));
    await user.click(screen.getByRole('button', { name: backup.mode.submit }));
    await screen.findByRole('heading', { name: backup.done.heading });
    const stored = localStorage.getItem(STORAGE_KEY) ?? '';
    expect(stored).toContain('このブラウザの版');
    expect(stored).toContain('新しい確認');
    expect(stored).not.toContain('バックアップの版');
  });

  it('replaces after the confirmation', async () => {
    const text = await downloadedBackup({ [STORAGE_KEY]: storeText([assessment('a1', 'バックアップの版')]) });
    localStorage.setItem(STORAGE_KEY, storeText([assessment('a1', 'このブラウザの版', 'exploration')]));
    const user = userEvent.setup();
    await renderBackupPage();
    await chooseFile(user, text);
    await screen.findByRole('heading', { name: backup.preview.heading });
    // "Add" has nothing to add here, and says so.
    expect(screen.getByRole('button', { name: backup.mode.submit })).toBeDisabled();
    expect(screen.getByText(backup.mode.nothingToAdd)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: backup.mode.replace }));
    await user.click(screen.getByRole('button', { name: backup.mode.submit }));
    await user.click(screen.getByRole('button', { name: backup.mode.confirmButton }));
    await screen.findByRole('heading', { name: backup.done.heading });
    expect(localStorage.getItem(STORAGE_KEY)).toContain('バックアップの版');
    expect(useAssessments.getState().assessments.map((a) => a.name)).toEqual(['バックアップの版']);
  });
});
