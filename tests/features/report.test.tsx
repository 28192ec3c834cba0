import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import checklistJa from '../../locales/ja/checklist.json';
import outcomes from '../../locales/ja/outcomes.json';
import questions from '../../locales/ja/questions.json';
import report from '../../locales/ja/report.json';
import reportEn from '../../locales/en/report.json';
import { canonicalAnswers, fingerprint } from '../../src/features/exchange/fingerprint';
import { parseAssessmentFile } from '../../src/features/exchange/format';
import { decodeShare } from '../../src/features/exchange/share-link';
import { buildReport } from '../../src/features/report/build-report';
import { reportNamespaces } from '../../src/features/report/namespaces';
import { withUserText } from '../../src/features/report/user-text';
import type { DocModel } from '../../src/lib/export/doc-model';
import { renderMarkdown as toMarkdown } from '../../src/lib/export/markdown';
import i18n from '../../src/i18n';
import { applicableQuestions, evaluate, rulesVersion, stageNameCertainty, stages } from '../../src/rules';
import type { AssessmentInput } from '../../src/rules';
import scenarios from '../fixtures/scenarios.json';
import { makeStore, storeWith } from '../app/harness';
import { captureDownloads, findPageHeading, readBlob, renderReportRoutes, scenario, snapshot, textFile } from './report-harness';

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/gu, (_, key: string) => String(values[key]));

beforeEach(async () => {
  await i18n.changeLanguage('ja');
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** The table whose header row has this column. */
const tableWithColumn = (name: string) => {
  const table = screen.getAllByRole('table').find((t) => within(t).queryByRole('columnheader', { name }) !== null);
  if (table === undefined) throw new Error(`no table with a "${name}" column`);
  return table;
};
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
/** The body row that has a cell with this text. */
const rowWith = (table: HTMLElement, cell: string) => {
  const row = bodyRows(table).find((r) => within(r).queryByRole('cell', { name: cell }) !== null);
  if (row === undefined) throw new Error(`no row with a "${cell}" cell`);
  return row;
};
const at = <T,>(items: readonly T[], index: number): T => {
  const item = items[index];
  if (item === undefined) throw new Error(`nothing at ${String(index)}`);
  return item;
};

describe('report page', () => {
  it('shows the answers, the result, every basis, the seven stages, the ticked checklist, the version and the fingerprint', async () => {
    const answers = scenario('S02');
    const store = storeWith(answers, 'CT 開発プロジェクト');
    store.getState().tickToggled('ethics_review');
    renderReportRoutes('/report', store);

    await findPageHeading(report.doc.title);
    expect(screen.getByText(fill(report.doc.metaProject, { name: 'CT 開発プロジェクト' }))).toBeInTheDocument();
    expect(screen.getByText(fill(report.doc.metaRules, { version: rulesVersion }))).toBeInTheDocument();
    expect(screen.getByText(fill(report.doc.metaFingerprint, { fingerprint: fingerprint(rulesVersion, answers) }))).toBeInTheDocument();
    expect(screen.getByText(/^作成日：\d{4}年\d{1,2}月\d{1,2}日$/u)).toBeInTheDocument();

    // The recommended basis and why.
    const basis = outcomes.basis.pseudonymized_joint_use;
    expect(screen.getByText(fill(report.doc.result.recommended, { basis: basis.name, provisions: basis.provisions }))).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: report.doc.result.why })).toBeInTheDocument();

    // Every question on the path, with the answer in words.
    const answerTable = tableWithColumn(report.doc.answers.question);
    expect(bodyRows(answerTable)).toHaveLength(applicableQuestions(answers).length);
    expect(within(answerTable).getByRole('cell', { name: questions.purpose.title })).toBeInTheDocument();
    expect(within(answerTable).getByRole('cell', { name: questions.purpose.options.product_only })).toBeInTheDocument();
    // An empty multi-select reads "none", not a blank.
    expect(rowWith(answerTable, questions.laterNeeds.title)).toHaveTextContent(report.answers.none);

    // Every basis with its verdict.
    const bases = tableWithColumn(report.doc.bases.verdict);
    expect(bodyRows(bases)).toHaveLength(10);
    expect(rowWith(bases, basis.name)).toHaveTextContent(outcomes.verdict.recommended);

    // The seven stages, reconstructed names marked in words as well as with the mark.
    const timeline = tableWithColumn(report.doc.timeline.stage);
    const rows = bodyRows(timeline);
    expect(rows).toHaveLength(7);
    stages.forEach((stage, i) => {
      const cell = at(within(at(rows, i)).getAllByRole('cell'), 0);
      expect(cell).toHaveTextContent(outcomes.stage[stage]);
      if (stageNameCertainty[stage] === 'reconstructed') expect(cell).toHaveTextContent(report.doc.timeline.mark);
      else expect(cell).not.toHaveTextContent(report.doc.timeline.mark);
    });
    expect(at(within(at(rows, 2)).getAllByRole('cell'), 0)).toHaveTextContent(report.doc.timeline.current);
    expect(screen.getByText(report.doc.timeline.markNote)).toBeInTheDocument();

    // The checklist with ☑ for the ticked item and ☐ for the others; screen readers hear "done"/"not done".
    const ethics = screen.getAllByRole('listitem').find((li) => li.textContent.includes(checklistJa.item.ethics_review.title));
    expect(ethics).toHaveTextContent(new RegExp(`^☑${report.page.ticked}${checklistJa.item.ethics_review.title}`, 'u'));
    const dicom = screen.getAllByRole('listitem').find((li) => li.textContent.includes(checklistJa.item.clean_dicom_headers.title));
    expect(dicom).toHaveTextContent(new RegExp(`^☐${report.page.unticked}`, 'u'));
    expect(screen.getByText(fill(report.doc.checklist.progress, { done: 1, total: evaluate(answers).checklist.length }))).toBeInTheDocument();
    // Our own reading is labelled as such in the citations.
    expect(dicom).toHaveTextContent(`（${outcomes.evidence.inference}）`);

    expect(screen.getByRole('heading', { level: 2, name: report.doc.warnings.heading })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: report.doc.sources.heading })).toBeInTheDocument();
  });

  it('downloads a JSON file that imports back as an identical, separate assessment', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    // The exchange file lists multi-select answers in option order, as the wizard stores them; the fixture does not.
    const store = storeWith(canonicalAnswers(scenario('S02')), 'Round trip');
    store.getState().tickToggled('ethics_review');
    store.getState().tickToggled('clean_dicom_headers');
    const original = store.getState().assessments[0];
    const view = renderReportRoutes('/report', store);

    await user.click(await screen.findByRole('button', { name: report.page.json }));
    expect(downloads.names).toEqual(['Round trip.json']);
    expect(screen.getByText(fill(report.page.downloaded, { file: 'Round trip.json' }))).toBeInTheDocument();
    const blob = downloads.blobs[0];
    if (blob === undefined) throw new Error('nothing downloaded');
    const text = await readBlob(blob);
    const parsed = parseAssessmentFile(text);
    expect(parsed.ok).toBe(true);
    view.unmount();

    renderReportRoutes('/import', store);
    await findPageHeading(report.import.title);
    await user.upload(screen.getByLabelText(report.import.choose), textFile(text, 'Round trip.json'));
    await user.click(await screen.findByRole("button", { name: report.import.preview.addCopy }));

    const [first, second, ...more] = store.getState().assessments;
    expect(more).toEqual([]);
    expect(first).toEqual(original);
    expect(second?.id).not.toBe(original?.id);
    expect(second?.name).toBe(original?.name);
    expect(second?.answers).toEqual(original?.answers);
    expect(second?.ticks).toEqual(original?.ticks);
  });

  it('keeps a project name with markup as text on screen and in the Markdown download', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    // An unclosed `$t(` with a long tail would make i18next's nesting regex backtrack for hours (user-text.ts).
    const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)> {{name}} $t(report:doc.title) $t(${'a'.repeat(60)}`;
    renderReportRoutes('/report', storeWith(scenario('S02'), hostile));

    // Shown literally: it is a text node, so no element was made from it.
    expect(await screen.findByText(fill(report.doc.metaProject, { name: hostile }))).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: report.page.markdown }));
    expect(downloads.names[0]).toMatch(/\.md$/u);
    expect(downloads.names[0]).not.toMatch(/[<>]/u);
    const markdown = await readBlob(downloads.blobs[0] ?? new Blob());
    expect(markdown).toContain('&lt;script');
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('<img');
    // Neither i18next nor Markdown interpreted the name's braces or nesting syntax.
    // Braces and parentheses mean nothing in Markdown: they stay as typed, unescaped and untranslated.
    expect(markdown).toContain('{{name}}');
    expect(markdown).toContain('$t(report:doc.title)');
  });

  it('makes the Word file on demand and announces the download', async () => {
    const user = userEvent.setup();
    const downloads = captureDownloads();
    renderReportRoutes('/report', storeWith(scenario('S02'), 'Word'));

    await user.click(await screen.findByRole('button', { name: report.page.docx }));
    await screen.findByText(fill(report.page.downloaded, { file: 'Word.docx' }), {}, { timeout: 5000 });
    expect(downloads.names).toEqual(['Word.docx']);
    expect(downloads.blobs[0]?.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('says so when the Word file cannot be made', async () => {
    const user = userEvent.setup();
    captureDownloads();
    const docx = await import('../../src/lib/export/docx');
    vi.spyOn(docx, 'renderDocx').mockRejectedValue(new Error('boom'));
    renderReportRoutes('/report', storeWith(scenario('S02'), 'Word'));

    await user.click(await screen.findByRole('button', { name: report.page.docx }));
    expect(await screen.findByText(report.page.docxFailed)).toBeInTheDocument();
  });

  it('prints with the browser', async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderReportRoutes('/report', storeWith(scenario('S02')));
    await user.click(await screen.findByRole('button', { name: report.page.print }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('copies a share link holding the answers only, and confirms it in a live region', async () => {
    const user = userEvent.setup();
    const answers = scenario('S02');
    renderReportRoutes('/report', storeWith(answers, 'Secret project name'));

    await user.click(await screen.findByRole('button', { name: report.share.button }));
    expect(screen.getByText(report.share.copied)).toHaveAttribute('role', 'status');
    const url = await navigator.clipboard.readText();
    expect(url).toMatch(/^http:\/\/localhost(?::\d+)?\/#\/open\?a=[\w-]+$/u);
    const decoded = decodeShare(new URL(url).hash.split('?a=')[1] ?? '');
    expect(decoded).toEqual({ ok: true, answers: canonicalAnswers(answers), rulesVersion, removed: [] });
    expect(JSON.stringify(decoded)).not.toContain('Secret');
  });

  it('shows the link to copy by hand when the clipboard is refused', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    renderReportRoutes('/report', storeWith(scenario('S02')));

    await user.click(await screen.findByRole('button', { name: report.share.button }));
    expect(await screen.findByText(report.share.manual)).toHaveAttribute('role', 'status');
    const field = screen.getByRole('textbox', { name: report.share.fieldLabel });
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveDisplayValue(/#\/open\?a=[\w-]+$/u);
    await waitFor(() => {
      expect(field).toHaveFocus();
    });
  });

  it('explains when there is no assessment, or when it is unfinished', async () => {
    const empty = makeStore();
    const before = snapshot(empty);
    const view = renderReportRoutes('/report', empty);
    expect(await screen.findByRole('heading', { level: 2, name: report.page.noAssessmentTitle })).toBeInTheDocument();
    expect(snapshot(empty)).toEqual(before);
    view.unmount();

    // Rule set 2 asks whether any patient is alive right after where the data comes from.
    renderReportRoutes('/report', storeWith({ dataOrigin: 'clinical_care' }));
    expect(await screen.findByRole('heading', { level: 2, name: report.page.incompleteTitle })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: report.page.continueLink })).toHaveAttribute('href', '/q/dataSubjects');
  });

  it('follows the language', async () => {
    await i18n.changeLanguage('en');
    renderReportRoutes('/report', storeWith(scenario('S02')));
    expect(await findPageHeading(reportEn.doc.title)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: reportEn.page.docx })).toBeInTheDocument();
  });
});

describe('buildReport', () => {
  /** Every string of the document, to check none is a missing key or an unfilled placeholder. */
  const texts = (doc: DocModel): string[] => [
    doc.title,
    ...doc.meta,
    ...doc.blocks.flatMap((block) => {
      switch (block.kind) {
        case 'heading':
        case 'paragraph':
          return [block.text];
        case 'list':
          return [...block.items];
        case 'table':
          return [...block.header, ...block.rows.flat()];
        case 'checklist':
          return block.items.map((item) => item.text);
      }
    }),
  ];

  it.each(['ja', 'en'] as const)('has words for every scenario in %s, with no missing key or placeholder', (lng) => {
    const t = i18n.getFixedT(lng, reportNamespaces);
    for (const { id, input } of scenarios.scenarios) {
      const answers = input as AssessmentInput;
      const doc = buildReport({ name: id, answers, ticks: [] }, evaluate(answers), t, '2026-01-01');
      const bad = texts(doc).filter((text) => /(?:^|\n)(?:report|outcomes|checklist|citations|questions|result|common):|\{\{/u.test(text) || text.trim() === '');
      expect(bad, `${id} in ${lng}`).toEqual([]);
    }
  });

  it('is rendered to Markdown from the same model', () => {
    const t = i18n.getFixedT('ja', reportNamespaces);
    const answers = scenario('S02');
    const doc = buildReport({ name: 'P', answers, ticks: ['ethics_review'] }, evaluate(answers), t, '2026年1月1日');
    const markdown = toMarkdown(doc);
    expect(markdown).toContain(`# ${report.doc.title}`);
    expect(markdown).toContain(`- [x] ${checklistJa.item.ethics_review.title}`);
    expect(markdown).toContain(`- ${fill(report.doc.metaFingerprint, { fingerprint: fingerprint(rulesVersion, answers) })}\n`);
  });
});

describe('withUserText', () => {
  it('puts untrusted text in after translation, unscanned, and fast even with an unclosed $t(', () => {
    const t = i18n.getFixedT('ja', reportNamespaces);
    const name = `{{name}} $t(report:doc.title) \uE000name\uE001 $t(${'z'.repeat(200)}`;
    const started = performance.now();
    const text = withUserText((slots) => t('report:doc.metaProject', slots), { name });
    expect(performance.now() - started).toBeLessThan(500);
    expect(text).toBe(fill(report.doc.metaProject, { name }));
  });
});
