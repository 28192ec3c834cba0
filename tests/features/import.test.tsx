import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import questions from '../../locales/ja/questions.json';
import report from '../../locales/ja/report.json';
import { canonicalAnswers, fingerprint } from '../../src/features/exchange/fingerprint';
import { MAX_FILE_BYTES, serializeAssessmentFile, toAssessmentFile } from '../../src/features/exchange/format';
import type { AssessmentFile } from '../../src/features/exchange/format';
import { MAX_ISSUES_SHOWN } from '../../src/components/ui/file-problem-box';
import i18n from '../../src/i18n';
import { rulesVersion } from '../../src/rules';
import type { AssessmentsStore } from '../../src/features/assessments/store-context';
import { makeStore, storeWith } from '../app/harness';
import { findPageHeading, renderReportRoutes, scenario, snapshot, textFile } from './report-harness';

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/gu, (_, key: string) => String(values[key]));

const exported = (name: string, overrides: Partial<AssessmentFile> = {}): AssessmentFile => ({
  ...toAssessmentFile({ name, answers: scenario('S02'), ticks: ['ethics_review', 'clean_dicom_headers'] }, '2026-01-02T03:04:05.000Z'),
  ...overrides,
});
const json = (file: unknown) => (typeof file === 'string' ? file : serializeAssessmentFile(file as AssessmentFile));

beforeEach(async () => {
  await i18n.changeLanguage('ja');
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function openImport(store: AssessmentsStore) {
  const user = userEvent.setup();
  renderReportRoutes('/import', store);
  await findPageHeading(report.import.title);
  return user;
}

const chooser = () => screen.getByLabelText(report.import.choose);

describe('import page', () => {
  it('previews a good file and adds it as a new assessment only when confirmed', async () => {
    const store = storeWith(scenario('S10'), 'Existing');
    const before = snapshot(store);
    const user = await openImport(store);

    await user.upload(chooser(), textFile(json(exported('Imported project'))));
    const heading = await screen.findByRole('heading', { level: 2, name: report.import.preview.heading });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    expect(screen.getByText('Imported project')).toBeInTheDocument();
    expect(screen.getByText(rulesVersion)).toBeInTheDocument();
    expect(screen.getByText(fill(report.import.preview.fingerprintMatch, { fingerprint: fingerprint(rulesVersion, scenario('S02')) }))).toBeInTheDocument();
    expect(screen.getByText(fill(report.import.preview.ticksCount, { count: 2 }))).toBeInTheDocument();
    expect(screen.getByText(questions.purpose.options.product_only)).toBeInTheDocument();
    expect(screen.getByText('2026年1月2日', { exact: false })).toBeInTheDocument();
    expect(screen.queryByText(/すでに保存されています/u)).not.toBeInTheDocument();
    // Previewing changed nothing.
    expect(snapshot(store)).toEqual(before);

    await user.click(screen.getByRole('button', { name: report.import.preview.add }));
    const message = await screen.findByText(fill(report.import.added, { name: 'Imported project' }));
    expect(message).toHaveFocus();
    const [own, added, ...more] = store.getState().assessments;
    expect(more).toEqual([]);
    expect(own).toEqual(before.assessments[0]);
    expect(added).toMatchObject({ name: 'Imported project', answers: canonicalAnswers(scenario('S02')), ticks: ['ethics_review', 'clean_dicom_headers'] });
    expect(store.getState().currentId).toBe(added?.id);
    expect(screen.getByRole('link', { name: report.import.openResult })).toHaveAttribute('href', '/result');
  });

  it('adds nothing when the preview is cancelled', async () => {
    const store = storeWith(scenario('S10'), 'Existing');
    const before = snapshot(store);
    const user = await openImport(store);
    await user.upload(chooser(), textFile(json(exported('P'))));
    await user.click(await screen.findByRole('button', { name: report.import.preview.cancel }));
    expect(chooser()).toBeInTheDocument();
    expect(snapshot(store)).toEqual(before);
  });

  it('says when the same assessment is already saved, and adds a copy only on explicit confirmation', async () => {
    const store = storeWith(scenario('S02'), 'Twin');
    const before = snapshot(store);
    const user = await openImport(store);
    await user.upload(chooser(), textFile(json(exported('Twin'))));

    expect(await screen.findByText(fill(report.import.preview.duplicate, { name: 'Twin' }))).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: report.import.preview.add })).not.toBeInTheDocument();
    expect(snapshot(store)).toEqual(before);
    await user.click(screen.getByRole('button', { name: report.import.preview.addCopy }));
    const [original, copy] = store.getState().assessments;
    expect(original).toEqual(before.assessments[0]);
    expect(copy?.id).not.toBe(original?.id);
    expect(copy?.name).toBe('Twin');
  });

  it('shows when the recorded fingerprint does not match the answers, and when the rule set differs', async () => {
    const user = await openImport(makeStore());
    const file = exported('Edited', { rulesVersion: '2023.01-old', fingerprint: '$t(<b>0000-0000-0000' });
    await user.upload(chooser(), textFile(json(file)));

    const computed = fingerprint('2023.01-old', file.input);
    expect(
      await screen.findByText(fill(report.import.preview.fingerprintMismatch, { stored: '$t(<b>0000-0000-0000', computed })),
    ).toBeInTheDocument();
    expect(screen.getByText(fill(report.import.preview.rulesDiffer, { current: rulesVersion }))).toBeInTheDocument();
  });

  it('shows notes as text and says they are not imported', async () => {
    const user = await openImport(makeStore());
    await user.upload(chooser(), textFile(json(exported('With notes', { notes: '<img src=x onerror=alert(1)>\nline two' }))));
    expect(await screen.findByText(/<img src=x onerror=alert\(1\)>/u)).toBeInTheDocument();
    expect(screen.getByText(report.import.preview.notesNotImported)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('accepts a dropped file, and refuses several at once', async () => {
    const store = makeStore();
    await openImport(store);
    const zone = screen.getByText(report.import.dropZone);
    const file = textFile(json(exported('Dropped')));

    fireEvent.dragOver(zone, { dataTransfer: { files: [file], dropEffect: 'none' } });
    fireEvent.drop(zone, { dataTransfer: { files: [file, file] } });
    expect(await screen.findByRole('alert')).toHaveTextContent(report.import.problem.multiple);

    fireEvent.drop(screen.getByText(report.import.dropZone), { dataTransfer: { files: [file] } });
    expect(await screen.findByText('Dropped')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(store.getState().assessments).toEqual([]);
  });

  it('reads first-version files through their migration', async () => {
    const user = await openImport(makeStore());
    const v1 = { schemaVersion: 1, rulesVersion, exportedAt: '2025-05-01T00:00:00.000Z', project: 'Old format', answers: scenario('S02') };
    await user.upload(chooser(), textFile(JSON.stringify(v1)));
    expect(await screen.findByText('Old format')).toBeInTheDocument();
    expect(screen.getByText(fill(report.import.preview.fingerprintMatch, { fingerprint: fingerprint(rulesVersion, scenario('S02')) }))).toBeInTheDocument();
  });

  it('shows a name with markup, braces or an unclosed $t( as plain text, quickly', async () => {
    const name = `<script>alert(1)</script><img src=x onerror=alert(2)> {{name}} $t(${'a'.repeat(120)}`;
    const store = makeStore();
    const user = await openImport(store);
    await user.upload(chooser(), textFile(json(exported(name))));
    expect(await screen.findByText(name)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: report.import.preview.add }));
    expect(await screen.findByText(fill(report.import.added, { name }))).toBeInTheDocument();
    expect(store.getState().assessments[0]?.name).toBe(name);
  });
});

describe('bad files', () => {
  const good = json(exported('Good'));
  const wrongTypes = JSON.stringify({ ...JSON.parse(good), name: 42, ticks: 'all', input: { dataOrigin: 7 } });
  const unknownQuestion = JSON.stringify({ ...JSON.parse(good), input: { '<img src=x onerror=alert(1)>': 'x' } });

  const cases: readonly (readonly [string, string, string])[] = [
    ['a truncated file', good.slice(0, Math.floor(good.length / 2)), report.import.problem.not_json],
    ['an empty file', '', report.import.problem.not_json],
    ['a JSON array', '[1, 2, 3]', report.import.problem.not_an_assessment],
    ['some other JSON', '{"hello": "world"}', report.import.problem.not_an_assessment],
    ['an unknown version', JSON.stringify({ ...JSON.parse(good), schemaVersion: 99 }), fill(report.import.problem.unknown_version, { version: 99 })],
    ['wrong types', wrongTypes, report.import.problem.invalid],
    ['an unknown question with markup in its name', unknownQuestion, report.import.problem.invalid],
  ];

  it.each(cases)('%s gives a clear message and changes nothing', async (_label, content, message) => {
    const store = storeWith(scenario('S10'), 'Mine');
    store.getState().tickToggled('ethics_review');
    const before = snapshot(store);
    const user = await openImport(store);

    await user.upload(chooser(), textFile(content));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(report.import.problem.heading);
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent(report.import.problem.untouched);
    await waitFor(() => {
      expect(alert).toHaveFocus();
    });
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: report.import.preview.add })).not.toBeInTheDocument();
    // Another file can be chosen straight away.
    expect(chooser()).toBeEnabled();
    expect(snapshot(store)).toEqual(before);
  });

  it('lists the paths and messages of an invalid file', async () => {
    const user = await openImport(makeStore());
    await user.upload(chooser(), textFile(wrongTypes));
    const alert = await screen.findByRole('alert');
    for (const path of ['name', 'ticks', 'input.dataOrigin']) expect(alert).toHaveTextContent(new RegExp(`${path.replace('.', '\\.')}：`, 'u'));
  });

  it(`shows at most ${String(MAX_ISSUES_SHOWN)} problems and counts the rest`, async () => {
    const user = await openImport(makeStore());
    const many = JSON.stringify({ ...JSON.parse(good), ticks: Array.from({ length: 30 }, (_, i) => `bogus_${String(i)}`) });
    await user.upload(chooser(), textFile(many));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('ticks.0：');
    expect(alert).toHaveTextContent(`ticks.${String(MAX_ISSUES_SHOWN - 1)}：`);
    expect(alert).not.toHaveTextContent(`ticks.${String(MAX_ISSUES_SHOWN)}：`);
    expect(alert).toHaveTextContent(fill(report.import.problem.more, { count: 30 - MAX_ISSUES_SHOWN }));
  });

  it('refuses a very large file by its size, without reading it', async () => {
    const store = storeWith(scenario('S10'));
    const before = snapshot(store);
    const user = await openImport(store);
    const big = textFile(`{"padding": "${'x'.repeat(MAX_FILE_BYTES)}"}`);
    const read = vi.spyOn(big, 'text');

    await user.upload(chooser(), big);
    expect(await screen.findByRole('alert')).toHaveTextContent(/ファイルが大きすぎます（.+）。取り込めるのは.+までです。/u);
    expect(read).not.toHaveBeenCalled();
    expect(snapshot(store)).toEqual(before);
  });

  it('says so when the file cannot be read', async () => {
    const user = await openImport(makeStore());
    const broken = textFile('{}');
    vi.spyOn(broken, 'text').mockRejectedValue(new DOMException('gone', 'NotReadableError'));
    await user.upload(chooser(), broken);
    expect(await screen.findByRole('alert')).toHaveTextContent(report.import.problem.unreadable);
  });

  it('clears the problem once a good file is chosen', async () => {
    const user = await openImport(makeStore());
    await user.upload(chooser(), textFile('not json'));
    await screen.findByRole('alert');
    await user.upload(chooser(), textFile(good));
    expect(await screen.findByRole('heading', { level: 2, name: report.import.preview.heading })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
