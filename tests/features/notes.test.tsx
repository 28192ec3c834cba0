import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import questions from '../../locales/ja/questions.json';
import report from '../../locales/ja/report.json';
import wizard from '../../locales/ja/wizard.json';
import { MAX_NOTE_LENGTH, notesOnPath } from '../../src/features/assessments/notes';
import { STORAGE_KEY, STORAGE_SCHEMA_VERSION } from '../../src/features/assessments/schema';
import { createAssessmentsStore, selectCurrent } from '../../src/features/assessments/store';
import { parseAssessmentFile, serializeAssessmentFile, toAssessmentFile } from '../../src/features/exchange/format';
import { decodeShare, encodeShare } from '../../src/features/exchange/share-link';
import i18n from '../../src/i18n';
import { applicableQuestions } from '../../src/rules';
import type { QuestionId } from '../../src/rules';
import { makeStore, memoryStorage, renderApp, storeWith } from '../app/harness';
import { captureDownloads, findPageHeading, readBlob, renderReportRoutes, scenario, snapshot, textFile } from './report-harness';
import { containing } from './text-match';

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/gu, (_, key: string) => String(values[key]));

const s02 = scenario('S02');
const path = applicableQuestions(s02);
const onPath = (index: number): QuestionId => {
  const question = path[index];
  if (question === undefined) throw new Error(`S02 has no question ${String(index)}`);
  return question;
};
const first = onPath(0);
const second = onPath(1);
const markup = '<img src=x onerror=alert(1)>';
const hospital = { name: '〇〇大学病院', contactOffice: '倫理審査委員会事務局', contactDetails: 'ethics@example.jp', note: '' };

beforeEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage('ja');
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const questionHeading = (id: QuestionId) => screen.findByRole('heading', { level: 1, name: questions[id].title });
const noteBox = () => screen.getByRole('textbox', { name: wizard.note.label });
const remaining = (count: number) => fill(wizard.note.remaining, { count });

describe('a note on an answer', () => {
  it('is entered under the answer and shown on check answers and in the report, as text', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const store = storeWith(s02);
    const { router } = renderApp(`/q/${first}`, store);
    await questionHeading(first);

    // Empty, the note waits behind a disclosure.
    await user.click(screen.getByText(wizard.note.summaryAdd));
    await user.click(noteBox());
    await user.paste(markup);
    await user.click(screen.getByRole('button', { name: wizard.question.continue }));

    // Every answer was already given, so Continue goes to check answers.
    await screen.findByRole('heading', { level: 1, name: wizard.check.title });
    expect(screen.getByText(markup)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(selectCurrent(store.getState())?.notes).toEqual({ [first]: markup });

    await router.navigate('/report');
    // The report's code loads on demand, which under a loaded test run takes a while.
    await screen.findByRole('heading', { level: 1, name: report.doc.title }, { timeout: 10_000 });
    const table = screen.getAllByRole('table').find((candidate) => within(candidate).queryByRole('columnheader', { name: report.doc.answers.note }) !== null);
    if (table === undefined) throw new Error('no answers table with a note column');
    const row = within(table).getByRole('row', { name: new RegExp(questions[first].title, 'u') });
    expect(within(row).getByText(markup)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('opens with the saved note and keeps it when the answer is given again', async () => {
    const user = userEvent.setup();
    const store = storeWith(s02);
    store.getState().noteChanged(first, '倫理審査 承認番号 2024-123');
    renderApp(`/q/${first}`, store);
    await questionHeading(first);
    expect(screen.getByText(wizard.note.summaryEdit)).toBeInTheDocument();
    expect(noteBox()).toHaveValue('倫理審査 承認番号 2024-123');
    await user.click(screen.getByRole('button', { name: wizard.question.continue }));
    await screen.findByRole('heading', { level: 1, name: wizard.check.title });
    expect(selectCurrent(store.getState())?.notes).toEqual({ [first]: '倫理審査 承認番号 2024-123' });
  });

  it('counts the characters left, announces only near the limit, and refuses a note over it', async () => {
    const user = userEvent.setup();
    const store = storeWith(s02);
    renderApp(`/q/${first}`, store);
    await questionHeading(first);
    await user.click(screen.getByText(wizard.note.summaryAdd));

    await user.type(noteBox(), 'abc');
    expect(screen.getByText(remaining(MAX_NOTE_LENGTH - 3))).toBeInTheDocument();
    expect(noteBox()).toHaveAccessibleDescription(containing(remaining(MAX_NOTE_LENGTH - 3)));
    // Far from the limit nothing is announced: the count appears once, in the description.
    expect(screen.getAllByText(remaining(MAX_NOTE_LENGTH - 3))).toHaveLength(1);

    await user.paste('x'.repeat(MAX_NOTE_LENGTH - 3 - 60));
    // Entering the last hundred characters is announced once, in the polite live region.
    expect(screen.getAllByText(remaining(60))).toHaveLength(2);
    await user.type(noteBox(), 'y');
    expect(screen.getAllByText(remaining(59))).toHaveLength(1);

    await user.paste('z'.repeat(70));
    expect(screen.getAllByText(fill(wizard.note.tooMany, { count: 11 }))).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: wizard.question.continue }));

    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    await user.click(within(summary).getByRole('link', { name: fill(wizard.note.errorTooLong, { max: MAX_NOTE_LENGTH }) }));
    expect(noteBox()).toHaveFocus();
    expect(noteBox()).toHaveAttribute('aria-invalid', 'true');
    // Nothing was saved and the page stayed.
    expect(selectCurrent(store.getState())?.notes).toBeUndefined();
    expect(screen.getByRole('heading', { level: 1, name: questions[first].title })).toBeInTheDocument();
  });

  it('is escaped in the Markdown download', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    const store = storeWith(s02);
    store.getState().noteChanged(first, `${markup}\n**bold** [link](javascript:alert(1))`);
    renderReportRoutes('/report', store);
    await findPageHeading(report.doc.title);
    await user.click(screen.getByRole('button', { name: report.page.markdown }));
    const markdown = await readBlob(downloads.blobs[0] ?? new Blob());
    expect(markdown).toContain('&lt;img src=x onerror=alert(1)');
    expect(markdown).not.toContain('<img');
    expect(markdown).toContain('\\*\\*bold\\*\\* \\[link\\](javascript:alert(1))');
  });
});

describe('notes in the store', () => {
  it('keeps a note whose question drops off the path, shows it again when the answer comes back', () => {
    const store = makeStore();
    store.getState().assessmentStarted('CT');
    store.getState().answerGiven('recipientType', 'company');
    store.getState().answerGiven('keyHolder', 'provider_only');
    store.getState().noteChanged('keyHolder', '対応表は病院だけが持つ（契約書 第5条）');
    store.getState().answerGiven('recipientType', 'same_institution');
    const current = () => selectCurrent(store.getState());
    expect(current()?.answers).toEqual({ recipientType: 'same_institution' });
    expect(current()?.notes).toEqual({ keyHolder: '対応表は病院だけが持つ（契約書 第5条）' });
    expect(notesOnPath(current()?.answers ?? {}, current()?.notes)).toEqual({});

    store.getState().answerGiven('recipientType', 'company');
    store.getState().answerGiven('keyHolder', 'provider_only');
    expect(notesOnPath(current()?.answers ?? {}, current()?.notes)).toEqual({ keyHolder: '対応表は病院だけが持つ（契約書 第5条）' });

    // An emptied note is removed, and with the last one the field goes.
    store.getState().noteChanged('keyHolder', '   ');
    expect(current()).not.toHaveProperty('notes');
  });

  it('loads what was stored before notes existed, and refuses (keeping) a stored note over the limit', () => {
    const assessment = { id: 'a', name: 'old', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', answers: s02, ticks: [] };
    const old = JSON.stringify({ schemaVersion: STORAGE_SCHEMA_VERSION, currentId: 'a', assessments: [assessment] });
    const deps = (raw: string) => ({ storage: memoryStorage({ [STORAGE_KEY]: raw }).storage, now: () => '2026-01-02T00:00:00.000Z', newId: () => 'b' });
    const loaded = createAssessmentsStore(deps(old)).getState();
    expect(loaded.storageProblem).toBeNull();
    expect(loaded.assessments[0]).toEqual(assessment);

    const tooLong = JSON.stringify({
      schemaVersion: STORAGE_SCHEMA_VERSION,
      currentId: 'a',
      assessments: [{ ...assessment, notes: { [first]: 'x'.repeat(MAX_NOTE_LENGTH + 1) } }],
    });
    const { storage, data } = memoryStorage({ [STORAGE_KEY]: tooLong });
    const refused = createAssessmentsStore({ storage, now: () => '2026-01-02T00:00:00.000Z', newId: () => 'b' });
    const problem = refused.getState().storageProblem;
    expect(problem?.kind === 'invalid' ? problem.issues.join('\n') : '').toMatch(new RegExp(`assessments\\.0\\.notes\\.${first}`, 'u'));
    refused.getState().assessmentStarted('new');
    expect(data.get(STORAGE_KEY)).toBe(tooLong);

    const wrongType = JSON.stringify({ schemaVersion: STORAGE_SCHEMA_VERSION, currentId: 'a', assessments: [{ ...assessment, notes: { [first]: 42 } }] });
    expect(createAssessmentsStore(deps(wrongType)).getState().storageProblem?.kind).toBe('invalid');
  });
});

describe('notes and the profile in exchange files', () => {
  const exportedAt = '2026-02-03T04:05:06.000Z';

  it('round-trips the notes on the path and the profile; leaves off-path notes and share links out', () => {
    const file = toAssessmentFile(
      { name: 'CT', answers: s02, ticks: [], answerNotes: { [first]: markup, [second]: '契約書 No. 12', keyHolder: '' }, profile: hospital },
      exportedAt,
    );
    const parsed = parseAssessmentFile(serializeAssessmentFile(file));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    expect(parsed.file.answerNotes).toEqual({ [first]: markup, [second]: '契約書 No. 12' });
    expect(parsed.file.profile).toEqual(hospital);
    expect(parsed.file).toEqual(file);

    // A note on a question the answers do not reach is not exported.
    const offPath = toAssessmentFile({ name: 'CT', answers: { recipientType: 'same_institution' }, ticks: [], answerNotes: { keyHolder: 'x' } }, exportedAt);
    expect(offPath).not.toHaveProperty('answerNotes');

    // Share links carry the answers' ids only.
    const shared = decodeShare(encodeShare(s02));
    expect(JSON.stringify(shared)).not.toContain(markup);
  });

  it('still reads files without notes or a profile', () => {
    const parsed = parseAssessmentFile(serializeAssessmentFile(toAssessmentFile({ name: 'CT', answers: s02, ticks: [] }, exportedAt)));
    expect(parsed.ok && parsed.file).not.toHaveProperty('answerNotes');
    expect(parsed.ok && parsed.file).not.toHaveProperty('profile');
  });

  it('refuses a file with an over-long or mistyped note, naming it', () => {
    const file = toAssessmentFile({ name: 'CT', answers: s02, ticks: [] }, exportedAt);
    const tooLong = parseAssessmentFile(JSON.stringify({ ...file, answerNotes: { [first]: 'x'.repeat(MAX_NOTE_LENGTH + 1) } }));
    expect(tooLong.ok ? [] : tooLong.problem.kind === 'invalid' ? tooLong.problem.issues.map((issue) => issue.path) : []).toEqual([`answerNotes.${first}`]);
    expect(parseAssessmentFile(JSON.stringify({ ...file, answerNotes: { [first]: ['x'] } })).ok).toBe(false);
    expect(parseAssessmentFile(JSON.stringify({ ...file, answerNotes: { noSuchQuestion: 'x' } })).ok).toBe(false);
    expect(parseAssessmentFile(JSON.stringify({ ...file, profile: { name: '' } })).ok).toBe(false);
  });
});

describe('importing a file with notes and a profile', () => {
  it('refuses an over-long note and leaves the saved work untouched', async () => {
    const user = userEvent.setup();
    const store = storeWith(scenario('S10'), 'Existing');
    const before = snapshot(store);
    renderReportRoutes('/import', store);
    await findPageHeading(report.import.title);
    const file = toAssessmentFile({ name: 'CT', answers: s02, ticks: [] }, '2026-02-03T04:05:06.000Z');
    await user.upload(
      screen.getByLabelText(report.import.choose),
      textFile(JSON.stringify({ ...file, answerNotes: { [first]: 'x'.repeat(MAX_NOTE_LENGTH + 1) } })),
    );
    const problem = await screen.findByRole('alert');
    expect(problem).toHaveTextContent(report.import.problem.invalid);
    expect(problem).toHaveTextContent(`answerNotes.${first}`);
    expect(snapshot(store)).toEqual(before);
  });

  it('shows the notes and the profile, imports the notes, and never adopts the profile', async () => {
    const user = userEvent.setup();
    localStorage.setItem('mdn.profile', JSON.stringify({ schemaVersion: 1, profile: { ...hospital, name: '自分の病院' } }));
    const store = makeStore();
    renderReportRoutes('/import', store);
    await findPageHeading(report.import.title);
    const file = toAssessmentFile({ name: 'CT', answers: s02, ticks: [], answerNotes: { [first]: markup }, profile: hospital }, '2026-02-03T04:05:06.000Z');
    await user.upload(screen.getByLabelText(report.import.choose), textFile(serializeAssessmentFile(file)));
    await screen.findByRole('heading', { level: 2, name: report.import.preview.heading });
    expect(screen.getByText(markup)).toBeInTheDocument();
    expect(screen.getByText(report.import.preview.profileNotImported)).toBeInTheDocument();
    expect(screen.getByText(new RegExp(hospital.name, 'u'))).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: report.import.preview.add }));
    await waitFor(() => {
      expect(selectCurrent(store.getState())?.notes).toEqual({ [first]: markup });
    });
    expect(JSON.parse(localStorage.getItem('mdn.profile') ?? 'null')).toMatchObject({ profile: { name: '自分の病院' } });
  });
});
