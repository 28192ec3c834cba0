import { inflateRawSync } from 'node:zlib';

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';

import en from '../../locales/en/drafts.json';
import ja from '../../locales/ja/drafts.json';
import jaCitations from '../../locales/ja/citations.json';
import enCitations from '../../locales/en/citations.json';
import { Layout } from '../../src/app/layout';
import { AssessmentsStoreProvider } from '../../src/features/assessments/store-context';
import type { DraftsT } from '../../src/features/drafts/build-common';
import { citeLineFor } from '../../src/features/drafts/cite-line';
import { applyEdit, countBlanks, editableTexts, exportedDoc } from '../../src/features/drafts/doc-edit';
import { draftBuilders, draftKinds } from '../../src/features/drafts/kinds';
import { PrintView } from '../../src/features/drafts/print-view';
import { draftsRoutes } from '../../src/features/drafts/routes';
import { DRAFTS_STORAGE_KEY, loadDrafts } from '../../src/features/drafts/schema';
import { createDraftsStore } from '../../src/features/drafts/store';
import { DraftsStoreProvider } from '../../src/features/drafts/store-context';
import i18n from '../../src/i18n';
import { renderDocx as toDocx } from '../../src/lib/export/docx';
import type { DocBlock, DocModel } from '../../src/lib/export/doc-model';
import { renderMarkdown as toMarkdown } from '../../src/lib/export/markdown';
import { CitationId, evaluate } from '../../src/rules';
import type { AssessmentInput } from '../../src/rules';
import { makeStore, memoryStorage } from '../app/harness';
import { scenarios } from '../rules/fixtures';
import { fixture, manifest } from './rule-set-1-fixtures';

/**
 * The drafts the page marks with data-draft. Read by attribute on purpose: the mark is for outside checks, not for
 * people, so there is no role or name to query it by.
 */
// eslint-disable-next-line testing-library/no-node-access -- see above
const markedDrafts = () => new Set(Array.from(document.querySelectorAll('[data-draft]'), (element) => element.getAttribute('data-draft')));

const LANGUAGES = ['ja', 'en'] as const;
const words = { ja, en } as const;
const citationWords = { ja: jaCitations, en: enCitations } as const;
const tFor = (lng: 'ja' | 'en'): DraftsT => i18n.getFixedT(lng, 'drafts');
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));

const scenario = (id: string): AssessmentInput => {
  const found = scenarios.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no scenario ${id}`);
  return found.input;
};
const s01 = scenario('S01');
const s02 = scenario('S02');
const s06 = scenario('S06');
/** S06 (consent) with the recipient in a country with neither an adequate regime nor a Rule 16 system. */
const s06Abroad: AssessmentInput = { ...s06, foreignRecipient: 'other_country' };

/** The blocks after the notes section, which the notes tell the user to delete from the final text. */
const body = (doc: DocModel): DocBlock[] => {
  const starts = doc.blocks.flatMap((b, i) => (b.kind === 'heading' && b.level === 1 ? [i] : []));
  return doc.blocks.slice(starts[1] ?? 0);
};
const texts = (blocks: readonly DocBlock[]) => editableTexts({ title: '', meta: [], blocks });
const citeOf = (block: DocBlock | undefined): readonly string[] => (block === undefined || block.kind === 'heading' || block.kind === 'checklist' ? [] : (block.cite ?? []));
const citedWith = (doc: DocModel, text: string) => citeOf(body(doc).find((b) => texts([b]).some((t) => t.includes(text))));

describe.each(LANGUAGES)('the new drafts in %s', (lng) => {
  const t = tFor(lng);
  const w = words[lng].doc;

  it.each(scenarios.flatMap((s) => draftKinds.map((kind) => [s.id, kind] as const)))('%s %s: every paragraph, list and table cites registered sources that have words', (id, kind) => {
    const input = scenario(id);
    const doc = draftBuilders[kind](input, evaluate(input), t);
    const blocks = body(doc).filter((b) => b.kind !== 'heading');
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const cite = citeOf(block) as CitationId[];
      expect(cite.length, JSON.stringify(block)).toBeGreaterThan(0);
      for (const citation of cite) {
        expect(CitationId.options).toContain(citation);
        expect(citationWords[lng][citation].source).not.toBe('');
      }
    }
    expect(texts(doc.blocks).join('\n')).not.toMatch(/\{\{|\}\}|\bdoc\.[a-zA-Z]+\.|undefined/u);
    expect(countBlanks(doc)).toBeGreaterThan(0);
  });

  it('the joint-use agreement covers the matters to agree in advance, each article citing its provision', () => {
    const doc = draftBuilders.joint_use_agreement(s02, evaluate(s02), t);
    const articles = body(doc).flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [b.text] : []));
    expect(articles).toEqual(Object.values(w.agreement.art));
    expect(citedWith(doc, w.agreement.text.noIdentify)).toEqual(expect.arrayContaining(['appi_41_7_8_identification_contact', 'appi_42_recipient']));
    expect(citedWith(doc, w.agreement.text.deletionInfoPartner)).toContain('appi_41_2_rule_32');
    expect(citedWith(doc, w.agreement.text.onward)).toContain('appi_41_6_provision_ban');
    // The jointly used items are the published ones, word for word.
    const published = draftBuilders.joint_use_publication(s02, evaluate(s02), t);
    expect(texts(body(doc))).toEqual(expect.arrayContaining([w.items.pseudonym_id, w.items.ehr_structured, w.items.dicom_images]));
    expect(texts(published.blocks)).toEqual(expect.arrayContaining([w.items.pseudonym_id, w.items.ehr_structured, w.items.dicom_images]));
    // What the sources leave open stays open.
    expect(texts(body(doc)).join('\n')).toContain(w.agreement.text.newUser);
  });

  it('the research plan states the route and why, per route', () => {
    const academic = draftBuilders.research_plan_pi_section(s01, evaluate(s01), t);
    expect(texts(body(academic))).toContain(w.plan.basis.academic_exception);
    // S01: a university hospital in joint research with a company: Art. 27(1)(vi), with the commercial-aim condition.
    expect(citedWith(academic, w.plan.why.academic.joint)).toContain('appi_27_1_vi_joint_research');
    expect(citedWith(academic, w.plan.why.academicAndProduct)).toContain('ppc_q11_6_academic_partners');
    expect(texts(body(academic))).toContain(w.plan.informed.optOut);

    const joint = draftBuilders.research_plan_pi_section(s02, evaluate(s02), t);
    expect(texts(body(joint))).toEqual(expect.arrayContaining([w.plan.basis.pseudonymized_joint_use, w.plan.informed.jointUse, w.plan.informed.ethicsToo]));

    const consent = draftBuilders.research_plan_pi_section(s06Abroad, evaluate(s06Abroad), t);
    expect(texts(body(consent))).toContain(w.plan.basis.consent);
    expect(citedWith(consent, fill(w.plan.recipient.foreign.other_country, { value: t('doc.blank', { name: w.plan.blank.country }) }))).toContain('appi_28_foreign');
  });

  it('the research plan quotes the notes written on the answers, as text', () => {
    const note = '<b>承認番号</b> 2026-001';
    const doc = draftBuilders.research_plan_pi_section(s01, evaluate(s01), t, { notes: { ethicsReview: note } });
    expect(texts(body(doc))).toContain(fill(w.noteItem, { question: w.noteQuestion.ethicsReview, note }));
  });

  it('the disclosure notice lets people refuse, and takes the contact from the profile', () => {
    const doc = draftBuilders.disclosure_notice(s01, evaluate(s01), t, { contactOffice: '研究支援課', contactDetails: '03-0000-0000' });
    const all = texts(body(doc));
    expect(all).toContain(fill(w.notice.refuse, { deadline: t('doc.blank', { name: w.notice.blank.deadline }) }));
    expect(all).toContain(fill(w.notice.contactOffice, { value: '研究支援課' }));
    expect(all).toContain(w.notice.basisAcademic);
  });

  it('the records: statutory items on consent, good practice otherwise, as fillable tables', () => {
    const onConsent = draftBuilders.provision_record(s06, evaluate(s06), t);
    expect(texts(body(onConsent))).toContain(w.records.provisionStatutory);
    expect(texts(body(onConsent))).toContain(w.records.itemsOpen);
    const table = body(onConsent).find((b) => b.kind === 'table');
    expect(table?.kind === 'table' ? table.rows.map((row) => row[0]) : []).toEqual(expect.arrayContaining([w.records.row.consent, w.records.row.persons]));

    const academic = draftBuilders.provision_record(s01, evaluate(s01), t);
    expect(texts(body(academic))).toContain(fill(w.records.provisionPractice, { route: w.basisShort.academic_exception }));
    const rows = body(academic).flatMap((b) => (b.kind === 'table' ? b.rows.map((row) => row[0]) : []));
    expect(rows).not.toContain(w.records.row.consent);

    const receipt = draftBuilders.receipt_record(s02, evaluate(s02), t);
    expect(texts(body(receipt))).toContain(w.records.receiptPseudonymized);
    expect(body(receipt).flatMap((b) => (b.kind === 'table' ? b.rows.map((row) => row[0]) : []))).toContain(w.records.row.receivedNoKey);
  });

  it('the foreign-provision paragraph names the Rule 17 information with blanks', () => {
    const doc = draftBuilders.foreign_provision_info(s06Abroad, evaluate(s06Abroad), t);
    const headings = body(doc).flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [b.text] : []));
    expect(headings).toEqual([w.foreign.countryHeading, w.foreign.regimeHeading, w.foreign.measuresHeading, w.foreign.unfixedHeading]);
    expect(citedWith(doc, fill(w.foreign.country, { country: t('doc.blank', { name: w.plan.blank.country }) }))).toContain('rule_17_foreign_consent_information');
  });
});

describe('edited text stays text in every format, with its sources', () => {
  const payload = '<script>alert(1)</script> **太字** [link](x)';
  const t = tFor('ja');
  const doc = draftBuilders.research_plan_pi_section(s01, evaluate(s01), t);
  const at = doc.blocks.findIndex((b) => b.kind === 'paragraph' && b.text === ja.doc.plan.basis.academic_exception);
  const edited = applyEdit(doc, { kind: 'paragraph', block: at }, payload);
  const citeLine = citeLineFor(i18n, 'ja');

  it('keeps the sources of an edited paragraph, and drops them with a paragraph emptied', () => {
    const block = edited.blocks[at];
    expect(block).toMatchObject({ kind: 'paragraph', text: payload, cite: doc.blocks[at]?.kind === 'paragraph' ? doc.blocks[at].cite : [] });
    const exported = exportedDoc(edited, citeLine);
    const index = exported.blocks.findIndex((b) => b.kind === 'paragraph' && b.text === payload);
    expect(exported.blocks[index + 1]).toEqual({ kind: 'paragraph', text: citeLine(block?.kind === 'paragraph' ? (block.cite ?? []) : []) });
    expect(exported.blocks[index + 1]?.kind === 'paragraph' ? exported.blocks[index + 1] : null).toMatchObject({ text: expect.stringContaining(jaCitations.appi_27_1_vi_joint_research.ref) as string });
    const emptied = exportedDoc(applyEdit(doc, { kind: 'paragraph', block: at }, ' '), citeLine);
    expect(emptied.blocks.filter((b) => b.kind === 'paragraph' && b.text === citeLine(block?.kind === 'paragraph' ? (block.cite ?? []) : []))).toHaveLength(
      exported.blocks.filter((b) => b.kind === 'paragraph' && b.text === citeLine(block?.kind === 'paragraph' ? (block.cite ?? []) : [])).length - 1,
    );
  });

  it('in Markdown', () => {
    const markdown = toMarkdown(exportedDoc(edited, citeLine));
    expect(markdown).toContain('&lt;script');
    expect(markdown).not.toMatch(/<script/u);
    expect(markdown).toContain('\\*\\*太字\\*\\*');
    expect(markdown).toContain('\\[link\\](x)');
    expect(markdown).toContain(jaCitations.ethics_guideline.source);
  });

  it('in Word: document.xml holds the text escaped, and the source lines', async () => {
    const blob = await toDocx(exportedDoc(edited, citeLine));
    const bytes = await new Promise<Uint8Array>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => {
        resolve(reader.result instanceof ArrayBuffer ? new Uint8Array(reader.result) : new Uint8Array());
      };
      reader.readAsArrayBuffer(blob);
    });
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let end = bytes.length - 22;
    while (view.getUint32(end, true) !== 0x06054b50) end--;
    let at2 = view.getUint32(end + 16, true);
    let xml = '';
    for (let i = 0; i < view.getUint16(end + 10, true); i++) {
      const nameLength = view.getUint16(at2 + 28, true);
      const name = new TextDecoder().decode(bytes.subarray(at2 + 46, at2 + 46 + nameLength));
      if (name === 'word/document.xml') {
        const local = view.getUint32(at2 + 42, true);
        const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
        const data = bytes.subarray(start, start + view.getUint32(at2 + 20, true));
        xml = new TextDecoder().decode(view.getUint16(at2 + 10, true) === 8 ? inflateRawSync(data) : data);
      }
      at2 += 46 + nameLength + view.getUint16(at2 + 30, true) + view.getUint16(at2 + 32, true);
    }
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml).not.toMatch(/<script/u);
    expect(xml).toContain(jaCitations.appi_27_1_vi_joint_research.ref);
  });

  it('in print', () => {
    render(<PrintView docs={[exportedDoc(edited, citeLine)]} />);
    expect(screen.getByText(payload)).toBeInTheDocument();
    expect(document.body.innerHTML).not.toMatch(/<script/u);
  });
});

describe('on the page', () => {
  const draftsStore = (storage: ReturnType<typeof memoryStorage>['storage']) =>
    createDraftsStore({ storage, now: () => '2026-03-01T09:00:00.000Z' });

  async function showDrafts(assessments: ReturnType<typeof makeStore>, storage: ReturnType<typeof memoryStorage>['storage'], path = '/drafts') {
    const router = createMemoryRouter([{ element: <Layout />, children: [{ path: '/', element: <p>start</p> }, ...draftsRoutes] }], { initialEntries: [path] });
    const view = render(
      <AssessmentsStoreProvider store={assessments}>
        <DraftsStoreProvider store={draftsStore(storage)}>
          <RouterProvider router={router} />
        </DraftsStoreProvider>
      </AssessmentsStoreProvider>,
    );
    // The page loads on demand; a loaded machine can take longer than findBy's default second.
    await screen.findByRole('heading', { level: 1, name: ja.page.title }, { timeout: 10_000 });
    return view;
  }

  it('a research plan: each paragraph shows its source; regenerating asks before replacing an edit', { timeout: 30_000 }, async () => {
    await i18n.changeLanguage('ja');
    const user = userEvent.setup();
    const assessments = makeStore();
    assessments.getState().assessmentStarted('S01');
    for (const [id, value] of Object.entries(s01) as [keyof AssessmentInput, never][]) assessments.getState().answerGiven(id, value);
    await showDrafts(assessments, memoryStorage().storage);

    const plan = screen.getByRole('region', { name: ja.kinds.research_plan_pi_section.name });
    expect(plan).toHaveAttribute('data-draft', 'research_plan_pi_section');
    const label = `${ja.doc.plan.basisHeading}：${fill(ja.editor.paragraph, { n: 1 })}`;
    const field = within(plan).getByRole('textbox', { name: label });
    expect(field).toHaveValue(ja.doc.plan.basis.academic_exception);
    expect(within(plan).getAllByText(new RegExp(jaCitations.appi_27_1_vi_joint_research.ref, 'u')).length).toBeGreaterThan(0);

    await user.clear(field);
    await user.paste('<i>自分の文章</i>');
    const regenerate = within(plan).getByRole('button', { name: ja.actions.regenerate });
    await user.click(regenerate);
    expect(screen.getByText(fill(ja.actions.confirmQuestion, { name: ja.kinds.research_plan_pi_section.name }))).toHaveFocus();
    await user.click(screen.getByRole('button', { name: ja.actions.cancel }));
    expect(within(plan).getByRole('textbox', { name: label })).toHaveValue('<i>自分の文章</i>');
    await user.click(regenerate);
    await user.click(screen.getByRole('button', { name: ja.actions.confirm }));
    expect(within(plan).getByRole('textbox', { name: label })).toHaveValue(ja.doc.plan.basis.academic_exception);
  });

  it('a draft edited under rule set 1 keeps its edit after migration, and says the rules changed', { timeout: 30_000 }, async () => {
    await i18n.changeLanguage('ja');
    const { storage } = memoryStorage({ 'mdn.assessments': fixture('storage-assessments.json'), [DRAFTS_STORAGE_KEY]: fixture('storage-drafts.json') });
    const loaded = loadDrafts(fixture('storage-drafts.json'));
    expect(loaded.ok).toBe(true);
    const assessments = makeStore(storage);
    const id = manifest.assessmentIds.domestic;
    assessments.getState().assessmentOpened(id);
    // The questions rule set 2 added, answered as the wizard would ask them.
    assessments.getState().answerGiven('dataSubjects', 'includes_living');
    assessments.getState().answerGiven('providerSector', 'private');
    assessments.getState().answerGiven('foreignStorage', 'no');

    await showDrafts(assessments, storage, '/drafts?doc=processing_plan');
    const plan = screen.getByRole('region', { name: ja.kinds.processing_plan.name });
    // The academic exception is now recommended, so the plan is not needed, but the edit is shown and kept.
    expect(plan).not.toHaveAttribute('data-draft');
    expect(within(plan).getByText(ja.relevance.keptEdited)).toBeInTheDocument();
    expect(within(plan).getByDisplayValue('編集した本文')).toBeInTheDocument();
    expect(within(plan).getByText(ja.editor.answersChanged)).toBeInTheDocument();
    expect(storage.read(DRAFTS_STORAGE_KEY)).toBe(fixture('storage-drafts.json'));
    expect(markedDrafts()).toEqual(
      new Set(['research_plan_pi_section', 'disclosure_notice', 'provision_record', 'receipt_record']),
    );
  });
});

it('lists every draft kind on the page in one order', () => {
  expect([...draftKinds].sort()).toEqual(
    ['deletion_info_rules', 'disclosure_notice', 'foreign_provision_info', 'joint_use_agreement', 'joint_use_publication', 'processing_plan', 'provision_record', 'receipt_record', 'research_plan_pi_section'],
  );
});
