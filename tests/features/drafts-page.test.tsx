import { inflateRawSync } from 'node:zlib';

import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';

import jaCommon from '../../locales/ja/common.json';
import en from '../../locales/en/drafts.json';
import ja from '../../locales/ja/drafts.json';
import jaOutcomes from '../../locales/ja/outcomes.json';
import { Layout } from '../../src/app/layout';
import { AssessmentsStoreProvider, type AssessmentsStore } from '../../src/features/assessments/store-context';
import { countBlanks } from '../../src/features/drafts/doc-edit';
import { draftBuilders } from '../../src/features/drafts/kinds';
import { draftsRoutes } from '../../src/features/drafts/routes';
import { DRAFTS_STORAGE_KEY } from '../../src/features/drafts/schema';
import { createDraftsStore } from '../../src/features/drafts/store';
import { DraftsStoreProvider } from '../../src/features/drafts/store-context';
import i18n from '../../src/i18n';
import type { SafeStorage } from '../../src/lib/safe-storage';
import { evaluate, nextQuestion } from '../../src/rules';
import type { AssessmentInput } from '../../src/rules';
import { makeStore, memoryStorage, storeWith } from '../app/harness';
import { scenarios } from '../rules/fixtures';

const scenario = (id: string): AssessmentInput => {
  const found = scenarios.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no scenario ${id}`);
  return found.input;
};

const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.readAsText(blob);
  });

const readBytes = (blob: Blob) =>
  new Promise<Uint8Array>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(reader.result instanceof ArrayBuffer ? new Uint8Array(reader.result) : new Uint8Array());
    };
    reader.readAsArrayBuffer(blob);
  });

/** One entry of a zip archive, read through its central directory (as tests/features/docx.test.ts does). */
function unzipEntry(bytes: Uint8Array, wanted: string): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  let at = view.getUint32(end + 16, true);
  const utf8 = new TextDecoder();
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (name === wanted) {
      const local = view.getUint32(at + 42, true);
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = bytes.subarray(start, start + view.getUint32(at + 20, true));
      return utf8.decode(view.getUint16(at + 10, true) === 8 ? inflateRawSync(data) : data);
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  throw new Error(`no ${wanted} in the archive`);
}

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));

let minute = 0;
const draftsStore = (storage: SafeStorage) =>
  createDraftsStore({ storage, now: () => new Date(Date.UTC(2026, 2, 1, 9, minute++)).toISOString() });

/** The drafts route inside the real shell (for focus and the language switch), with the given stores. */
async function showDrafts(assessments: AssessmentsStore, storage: SafeStorage) {
  const router = createMemoryRouter(
    [{ element: <Layout />, children: [{ path: '/', element: <p>start</p> }, ...draftsRoutes] }],
    { initialEntries: ['/drafts'] },
  );
  const view = render(
    <AssessmentsStoreProvider store={assessments}>
      <DraftsStoreProvider store={draftsStore(storage)}>
        <RouterProvider router={router} />
      </DraftsStoreProvider>
    </AssessmentsStoreProvider>,
  );
  // The page is loaded on demand by the router.
  await screen.findByRole('heading', { level: 1, name: ja.page.title });
  return view;
}

/**
 * The drafts the page marks with data-draft. Read by attribute on purpose: the mark is for outside checks, not for
 * people, so there is no role or name to query it by.
 */
// eslint-disable-next-line testing-library/no-node-access -- see above
const markedDrafts = () => new Set(Array.from(document.querySelectorAll('[data-draft]'), (element) => element.getAttribute('data-draft')));

const section = (name: string) => screen.getByRole('region', { name });
const jointUse = () => section(ja.kinds.joint_use_publication.name);
/** The first paragraph under "(1) 仮名加工情報を共同利用する旨". */
const item1Label = `${ja.doc.jointUse.item1Heading}：${fill(ja.editor.paragraph, { n: 1 })}`;
const item1Field = () => within(jointUse()).getByLabelText(item1Label);
const payload = '<script>alert("x")</script> 株式会社テスト';

beforeEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage('ja');
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('without a complete assessment', () => {
  it('offers to start when no assessment is open', async () => {
    await showDrafts(makeStore(), memoryStorage().storage);
    expect(screen.getByRole('heading', { level: 2, name: ja.empty.noAssessmentTitle })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: ja.empty.startLink })).toHaveAttribute('href', '/');
  });

  it('links to the next unanswered question', async () => {
    const { ethicsReview: _omitted, ...answers } = scenario('S02');
    const next = nextQuestion(answers);
    expect(next).toBe('ethicsReview');
    await showDrafts(storeWith(answers), memoryStorage().storage);
    expect(screen.getByRole('link', { name: ja.empty.continueLink })).toHaveAttribute('href', '/q/ethicsReview');
  });
});

describe('S02: pseudonymized joint use', () => {
  it('lists the drafts the route needs, each with why, and shows each, with labelled fields and blanks to fill', async () => {
    const user = userEvent.setup();
    await showDrafts(storeWith(scenario('S02'), 'CT肺結節'), memoryStorage().storage);
    expect(screen.getByText(jaOutcomes.basis.pseudonymized_joint_use.name, { selector: 'dd' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: ja.summary.heading });
    const [needed, others] = within(nav).getAllByRole('list');
    if (needed === undefined || others === undefined) throw new Error('two lists expected');
    const neededNames = within(needed).getAllByRole('link').map((link) => link.textContent);
    expect(neededNames).toEqual(
      (['joint_use_publication', 'joint_use_agreement', 'processing_plan', 'deletion_info_rules', 'research_plan_pi_section', 'provision_record', 'receipt_record'] as const).map(
        (kind) => ja.kinds[kind].name,
      ),
    );
    expect(needed).toHaveTextContent(ja.why.publish_before_joint_use);
    expect(needed).toHaveTextContent(ja.why.joint_use_terms);
    expect(within(others).getAllByRole('link').map((link) => link.textContent)).toEqual(
      (['disclosure_notice', 'foreign_provision_info'] as const).map((kind) => ja.kinds[kind].name),
    );
    // Outside checks read the route's drafts from data-draft; only drafts the route needs carry it.
    expect([...markedDrafts()].sort()).toEqual(['deletion_info_rules', 'joint_use_agreement', 'joint_use_publication', 'processing_plan', 'provision_record', 'receipt_record', 'research_plan_pi_section']);

    // The first draft that applies is shown first.
    expect(within(nav).getByRole('link', { name: ja.kinds.joint_use_publication.name })).toHaveAttribute('aria-current', 'page');
    expect(within(jointUse()).getByText(ja.editor.generated)).toBeInTheDocument();
    expect(item1Field()).toHaveValue(fill(ja.doc.jointUse.item1Body, { short: ja.doc.self.medical.short }));
    // Headings are text, not fields.
    expect(within(jointUse()).getByRole('heading', { name: ja.doc.jointUse.item5Heading })).toBeInTheDocument();
    const blanks = countBlanks(draftBuilders.joint_use_publication(scenario('S02'), evaluate(scenario('S02')), i18n.getFixedT('ja', 'drafts')));
    expect(blanks).toBeGreaterThan(9);
    expect(within(jointUse()).getByText(new RegExp(`残り${String(blanks)}か所`, 'u'))).toBeInTheDocument();

    await user.click(within(nav).getByRole('link', { name: ja.kinds.processing_plan.name }));
    const plan = section(ja.kinds.processing_plan.name);
    expect(within(plan).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(screen.queryByRole('region', { name: ja.kinds.joint_use_publication.name })).not.toBeInTheDocument();
    const firstStep = within(plan).getByRole('group', { name: `${ja.doc.processing.commonHeading}：${fill(ja.editor.row, { n: 1 })}` });
    for (const column of [ja.doc.processing.tableWho, ja.doc.processing.tableWhen, ja.doc.processing.tableVerifier]) {
      expect(within(firstStep).getByLabelText(column)).toHaveValue(ja.doc.emptyBlank);
    }

    await user.click(within(nav).getByRole('link', { name: ja.kinds.deletion_info_rules.name }));
    const rules = section(ja.kinds.deletion_info_rules.name);
    for (const chapter of [ja.doc.deletion.ch2, ja.doc.deletion.ch3, ja.doc.deletion.ch4]) {
      expect(within(rules).getByRole('heading', { name: chapter })).toBeInTheDocument();
    }
    expect(document.body.innerHTML).not.toMatch(/\sstyle="/u);
  });

  it('keeps an edit after a reload, and asks before regenerating', async () => {
    const user = userEvent.setup();
    const { storage, data } = memoryStorage();
    const assessments = storeWith(scenario('S02'));
    const first = await showDrafts(assessments, storage);

    await user.clear(item1Field());
    await user.paste(payload);
    expect(item1Field()).toHaveValue(payload);
    expect(within(jointUse()).getByText(/編集済みです/u)).toBeInTheDocument();
    expect(data.get(DRAFTS_STORAGE_KEY)).toContain('株式会社テスト');
    first.unmount();

    // A new store over the same storage: what the app sees after a reload.
    await showDrafts(assessments, storage);
    expect(item1Field()).toHaveValue(payload);

    const regenerate = within(jointUse()).getByRole('button', { name: ja.actions.regenerate });
    await user.click(regenerate);
    const question = fill(ja.actions.confirmQuestion, { name: ja.kinds.joint_use_publication.name });
    expect(screen.getByText(question)).toHaveFocus();
    await user.click(screen.getByRole('button', { name: ja.actions.cancel }));
    expect(regenerate).toHaveFocus();
    expect(item1Field()).toHaveValue(payload);

    await user.click(regenerate);
    await user.click(screen.getByRole('button', { name: ja.actions.confirm }));
    expect(item1Field()).toHaveValue(fill(ja.doc.jointUse.item1Body, { short: ja.doc.self.medical.short }));
    expect(screen.getByText(fill(ja.actions.regenerated, { name: ja.kinds.joint_use_publication.name }))).toHaveFocus();
    expect(within(jointUse()).queryByRole('button', { name: ja.actions.regenerate })).not.toBeInTheDocument();
    // Nothing edited is left: the draft is generated from the answers again.
    expect(JSON.parse(data.get(DRAFTS_STORAGE_KEY) ?? '')).toEqual({ schemaVersion: 1, drafts: {} });
  });

  it('exports the edited draft as Markdown with markup kept as text, and prints it as text', async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:draft');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    const print = vi.fn();
    vi.stubGlobal('print', print);

    await showDrafts(storeWith(scenario('S02'), 'CT肺結節'), memoryStorage().storage);
    await user.clear(item1Field());
    await user.paste(payload);
    // An emptied paragraph is left out of the export.
    const closing = within(jointUse()).getByRole('textbox', { name: `${ja.doc.jointUse.item3Heading}：${fill(ja.editor.paragraph, { n: 2 })}` });
    await user.clear(closing);

    await user.click(within(jointUse()).getByRole('button', { name: ja.actions.markdown }));
    const blob = createObjectURL.mock.calls[0]?.[0];
    const markdown = blob === undefined ? '' : await readBlob(blob);
    expect(clicks[0]?.download).toBe(`CT肺結節 ${ja.kinds.joint_use_publication.fileName}.md`);
    expect(markdown).toContain('株式会社テスト');
    expect(markdown).toContain('&lt;script');
    expect(markdown).not.toMatch(/<script/u);
    expect(markdown).not.toContain(ja.doc.jointUse.item3Closing);
    // Parentheses mean nothing in Markdown: the heading comes out as written.
    expect(markdown).toContain(`### ${ja.doc.jointUse.item2Heading}`);

    await user.click(within(jointUse()).getByRole('button', { name: ja.actions.print }));
    expect(print).toHaveBeenCalledTimes(1);
    // The print view is plain text from the same model; it is in the page only while printing.
    const printedTitles = () =>
      screen.queryAllByRole('heading', { level: 2, hidden: true }).filter((h) => h.textContent.endsWith('（案）'));
    expect(printedTitles().map((h) => h.textContent)).toEqual([ja.doc.jointUse.title]);
    expect(screen.getByText(payload, { selector: '.draft-print p' })).toBeInTheDocument();
    expect(document.body.innerHTML).not.toMatch(/<script/u);
    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => {
      expect(printedTitles()).toEqual([]);
    });
  });

  it('saves the edited draft as Word through renderDocx, markup kept as text', async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:docx');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    await showDrafts(storeWith(scenario('S02')), memoryStorage().storage);
    await user.click(screen.getByRole('link', { name: ja.kinds.processing_plan.name }));
    const plan = section(ja.kinds.processing_plan.name);
    const firstStep = within(plan).getByRole('group', { name: `${ja.doc.processing.commonHeading}：${fill(ja.editor.row, { n: 1 })}` });
    await user.clear(within(firstStep).getByLabelText(ja.doc.processing.tableWho));
    await user.paste(payload);

    await user.click(within(plan).getByRole('button', { name: ja.actions.docx }));
    expect(await within(plan).findByText(ja.actions.docxDone, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(clicks[0]?.download).toBe(`Project ${ja.kinds.processing_plan.fileName}.docx`);
    const blob = createObjectURL.mock.calls[0]?.[0];
    const xml = unzipEntry(blob === undefined ? new Uint8Array() : await readBytes(blob), 'word/document.xml');
    expect(xml).toContain('株式会社テスト');
    expect(xml).toContain('&lt;script');
    expect(xml).not.toMatch(/<script/u);
    expect(xml).toContain(ja.doc.processing.types.dicom_images.step2);
  });

  it('follows the UI language until edited, then says the draft is in the other language', async () => {
    const user = userEvent.setup();
    await showDrafts(storeWith(scenario('S02')), memoryStorage().storage);
    await user.type(item1Field(), '追記');

    await user.click(screen.getByRole('button', { name: jaCommon.languages.en }));
    await screen.findByRole('heading', { level: 1, name: en.page.title });
    const joint = section(en.kinds.joint_use_publication.name);
    expect(within(joint).getByText(fill(en.editor.languageMismatch, { language: en.editor.languageName.ja }))).toBeInTheDocument();
    // The edited draft stays in Japanese, as edited.
    expect(within(joint).getByRole('heading', { name: ja.doc.jointUse.item1Heading })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: en.kinds.processing_plan.name }));
    const plan = section(en.kinds.processing_plan.name);
    expect(within(plan).getByText(en.editor.generated)).toBeInTheDocument();
    expect(within(plan).getByRole('heading', { name: en.doc.processing.legalHeading })).toBeInTheDocument();
  });
});

describe('drafts the route does not need', () => {
  it('S01 (academic exception): needs the research plan, the disclosure notice and records; others are for reference, shown on request without a mark', async () => {
    const user = userEvent.setup();
    await showDrafts(storeWith(scenario('S01')), memoryStorage().storage);
    const basis = jaOutcomes.basis.academic_exception.name;
    const nav = screen.getByRole('navigation', { name: ja.summary.heading });
    expect(within(nav).getByText(fill(ja.summary.someApply, { basis }))).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: ja.kinds.research_plan_pi_section.name })).toHaveAttribute('aria-current', 'page');
    expect(nav).toHaveTextContent(ja.why.informed_may_refuse);
    expect(nav).toHaveTextContent(ja.why.record_good_practice);
    // The academic exception holds at 探索 only: from 開発 the route changes, and the page says what it will need.
    expect(within(nav).getByRole('heading', { name: ja.summary.laterHeading })).toBeInTheDocument();

    await user.click(within(nav).getByRole('link', { name: ja.kinds.joint_use_publication.name }));
    const joint = jointUse();
    expect(joint).not.toHaveAttribute('data-draft');
    expect(joint).toHaveTextContent(ja.relevance.joint_use_publication);
    expect(joint).toHaveTextContent(fill(ja.relevance.current, { basis }));
    expect(within(joint).queryByLabelText(item1Label)).not.toBeInTheDocument();
    await user.click(within(joint).getByRole('button', { name: ja.relevance.showAnyway }));
    expect(within(joint).getByText(ja.relevance.shownAnyway)).toHaveFocus();
    expect(item1Field()).toBeInTheDocument();
    expect(jointUse()).not.toHaveAttribute('data-draft');
    expect(markedDrafts()).toEqual(
      new Set(['research_plan_pi_section', 'disclosure_notice', 'provision_record', 'receipt_record']),
    );
  });

  it('S10 (internal use): the Rule 31 and Rule 32 drafts and the research plan, and says why the publication does not apply', async () => {
    const user = userEvent.setup();
    await showDrafts(storeWith(scenario('S10')), memoryStorage().storage);
    const nav = screen.getByRole('navigation', { name: ja.summary.heading });
    expect(within(nav).getByRole('link', { name: ja.kinds.processing_plan.name })).toHaveAttribute('aria-current', 'page');
    expect(within(section(ja.kinds.processing_plan.name)).getByText(ja.editor.generated)).toBeInTheDocument();
    await user.click(within(nav).getByRole('link', { name: ja.kinds.joint_use_publication.name }));
    expect(jointUse()).toHaveTextContent(ja.relevance.jointUseInternal);
    expect(within(jointUse()).getByRole('button', { name: ja.relevance.showAnyway })).toBeInTheDocument();
  });

  it('S08 (no basis): never only "does not apply": names the drafts each remedy route would need', async () => {
    await showDrafts(storeWith(scenario('S08')), memoryStorage().storage);
    const nav = screen.getByRole('navigation', { name: ja.summary.heading });
    expect(nav).toHaveTextContent(ja.summary.noneApplyNoBasis);
    expect(nav).toHaveTextContent(ja.summary.alternativesIntro);
    const consent = jaOutcomes.basis.consent.name;
    expect(within(nav).getByText(new RegExp(`^${fill(ja.summary.alternative, { basis: consent, drafts: '' }).replace(/[()（）]/gu, '.')}`, 'u'))).toHaveTextContent(
      ja.kinds.research_plan_pi_section.name,
    );
  });
});

describe('saved drafts that cannot be read', () => {
  it('says so, keeps the raw data while edits go unsaved, and discards only after confirmation', async () => {
    const user = userEvent.setup();
    const raw = '{"schemaVersion":1,"drafts":{"a":{"joint_use_publication":{"oops":true}}}}';
    const { storage, data } = memoryStorage({ [DRAFTS_STORAGE_KEY]: raw });
    await showDrafts(storeWith(scenario('S02')), storage);

    const notice = screen.getByRole('region', { name: ja.storage.problemHeading });
    expect(notice).toHaveTextContent(ja.storage.invalid);
    await user.type(item1Field(), 'x');
    expect(within(jointUse()).getByText(ja.editor.editedNotSaved)).toBeInTheDocument();
    expect(data.get(DRAFTS_STORAGE_KEY)).toBe(raw);

    await user.click(within(notice).getByRole('button', { name: ja.storage.discard }));
    expect(screen.getByText(ja.storage.confirmQuestion)).toHaveFocus();
    await user.click(within(notice).getByRole('button', { name: ja.storage.confirmDiscard }));
    expect(screen.getByText(ja.storage.discarded)).toHaveFocus();
    await user.type(item1Field(), 'y');
    expect(data.get(DRAFTS_STORAGE_KEY)).not.toBe(raw);
    expect(JSON.parse(data.get(DRAFTS_STORAGE_KEY) ?? '{}')).toMatchObject({ schemaVersion: 1 });
  });
});
