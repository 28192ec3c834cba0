import { describe, expect, it } from 'vitest';

import i18n from '../../src/i18n';
import type { DocBlock, DocModel } from '../../src/lib/export/doc-model';
import { renderMarkdown as toMarkdown } from '../../src/lib/export/markdown';
import { evaluate } from '../../src/rules';
import type { AssessmentInput } from '../../src/rules';
import type { DraftsT } from '../../src/features/drafts/build-common';
import { applyEdit, countBlanks, editableTexts, exportedDoc } from '../../src/features/drafts/doc-edit';
import { editorNodes } from '../../src/features/drafts/editor-fields';
import { draftBuilders, draftKinds } from '../../src/features/drafts/kinds';
import ja from '../../locales/ja/drafts.json';
import en from '../../locales/en/drafts.json';
import { scenarios } from '../rules/fixtures';

const LANGUAGES = ['ja', 'en'] as const;
const words = { ja, en } as const;
const tFor = (lng: 'ja' | 'en'): DraftsT => i18n.getFixedT(lng, 'drafts');

function scenario(id: string): AssessmentInput {
  const found = scenarios.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no scenario ${id}`);
  return found.input;
}

const s02 = scenario('S02');
const s02Result = evaluate(s02);

/** The blocks between a heading with this text and the next heading of the same or a higher level. */
function sectionOf(doc: DocModel, headingText: string): DocBlock[] {
  const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === headingText);
  expect(start, `heading "${headingText}"`).toBeGreaterThanOrEqual(0);
  const head = doc.blocks[start];
  const level = head?.kind === 'heading' ? head.level : 1;
  const rest = doc.blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.kind === 'heading' && b.level <= level);
  return end === -1 ? rest : rest.slice(0, end);
}

const headings = (doc: DocModel, level?: 1 | 2 | 3): string[] =>
  doc.blocks.flatMap((b) => (b.kind === 'heading' && (level === undefined || b.level === level) ? [b.text] : []));
const listItems = (blocks: readonly DocBlock[]): string[] => blocks.flatMap((b) => (b.kind === 'list' ? [...b.items] : []));
const tables = (blocks: readonly DocBlock[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));
const allText = (doc: DocModel): string => [doc.title, ...doc.meta, ...headings(doc), ...editableTexts(doc)].join('\n');

describe.each(LANGUAGES)('S02 drafts in %s', (lng) => {
  const t = tFor(lng);
  const w = words[lng].doc;
  const blank = (name: string) => t('doc.blank', { name });

  describe('(a) joint-use publication', () => {
    const doc = draftBuilders.joint_use_publication(s02, s02Result, t);

    it('opens with notes: publish before provision; the guideline template was not confirmed', () => {
      expect(doc.title).toBe(w.jointUse.title);
      expect(headings(doc)[0]).toBe(w.notesHeading);
      const notes = listItems(sectionOf(doc, w.notesHeading));
      expect(notes[0]).toBe(w.jointUse.notes.beforeProvision);
      expect(notes[1]).toBe(w.jointUse.notes.template);
    });

    it('lists the five items of Art. 27(5)(iii) as read by Art. 41(6), in order, under the joint-use heading', () => {
      const joint = sectionOf(doc, w.jointUse.jointHeading);
      const itemHeadings = joint.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
      expect(itemHeadings).toEqual([
        w.jointUse.item1Heading,
        w.jointUse.item2Heading,
        w.jointUse.item3Heading,
        w.jointUse.item4Heading,
        w.jointUse.item5Heading,
      ]);
    });

    it('(2) names the jointly used items from the selected data types, in plain words', () => {
      expect(listItems(sectionOf(doc, w.jointUse.item2Heading))).toEqual([w.items.pseudonym_id, w.items.ehr_structured, w.items.dicom_images]);
    });

    it('(3) scopes the joint users as the provider and the company, with blanks for name and address', () => {
      const scope = sectionOf(doc, w.jointUse.item3Heading);
      expect(scope[0]).toMatchObject({ kind: 'paragraph', text: t('doc.jointUse.item3Intro', { short: w.self.medical.short }) });
      expect(listItems(scope)).toEqual([
        t('doc.jointUse.item3Entry', { name: blank(w.recipient.company), address: blank(w.recipientAddress) }),
      ]);
    });

    it('(4) and the Art. 41(4) purpose cover development through the approval application, and say they concern 仮名加工情報', () => {
      const purposes = [w.stagePurpose.development, w.stagePurpose.performance_evaluation, w.stagePurpose.application_preparation];
      expect(listItems(sectionOf(doc, w.jointUse.item4Heading))).toEqual(purposes);
      const published = sectionOf(doc, w.jointUse.purposeHeading);
      expect(listItems(published)).toEqual(purposes);
      expect(published).toContainEqual(expect.objectContaining({ kind: 'paragraph', text: t('doc.jointUse.purposeConcerns', { short: w.self.medical.short }) }));
    });

    it('(5) asks for the responsible person’s name, address and representative', () => {
      expect(listItems(sectionOf(doc, w.jointUse.item5Heading))).toEqual([
        t('doc.jointUse.item5Name', { value: blank(w.self.medical.name) }),
        t('doc.jointUse.item5Address', { value: blank(w.jointUse.addressBlank) }),
        t('doc.jointUse.item5Representative', { value: blank(w.jointUse.representativeBlank) }),
      ]);
    });

    it('lists every named blank in the notes, and every listed blank appears in the text', () => {
      const listed = listItems(sectionOf(doc, w.notesHeading)).slice(-9);
      const body = editableTexts({ ...doc, blocks: doc.blocks.slice(doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === w.jointUse.heading)) }).join('\n');
      for (const name of listed) expect(body).toContain(blank(name));
      expect(listed).toEqual(
        expect.arrayContaining([w.self.medical.name, w.target, w.recipient.company, w.jointUse.representativeBlank, w.jointUse.publishedBlank]),
      );
    });
  });

  describe('(b) processing plan', () => {
    const doc = draftBuilders.processing_plan(s02, s02Result, t);
    const header = [w.processing.tableStep, w.processing.tableWho, w.processing.tableWhen, w.processing.tableVerifier];

    it('states the legal floor: Enforcement Rules Art. 31 items 1–3, and that ch.4–5 could not be confirmed', () => {
      const legal = sectionOf(doc, w.processing.legalHeading);
      expect(legal).toContainEqual(
        expect.objectContaining({
          kind: 'list',
          ordered: true,
          items: [w.processing.rule31.item1, w.processing.rule31.item2, w.processing.rule31.item3],
          cite: ['appi_41_1_rule_31'],
        }),
      );
      expect(listItems(sectionOf(doc, w.notesHeading))[0]).toBe(w.processing.notes.practice);
    });

    it('has a section per selected data type, in the schema’s order', () => {
      expect(headings(doc, 2)).toEqual([
        t('doc.processing.typeHeading', { n: 1, name: w.processing.types.ehr_structured.name }),
        t('doc.processing.typeHeading', { n: 2, name: w.processing.types.dicom_images.name }),
      ]);
    });

    it('gives every step, common and per type, empty who / when / verified-by fields', () => {
      const stepTables = tables(doc.blocks).filter((table) => table.header[0] === w.processing.tableStep);
      expect(stepTables).toHaveLength(3); // common + EHR + DICOM
      for (const table of stepTables) {
        expect(table.header).toEqual(header);
        for (const row of table.rows) expect(row.slice(1)).toEqual([w.emptyBlank, w.emptyBlank, w.emptyBlank]);
      }
      const dicomSteps = tables(sectionOf(doc, t('doc.processing.typeHeading', { n: 2, name: w.processing.types.dicom_images.name })))[0]?.rows.map((r) => r[0]);
      expect(dicomSteps?.[0]).toBe(w.processing.types.dicom_images.step1);
      expect(dicomSteps?.[1]).toBe(w.processing.types.dicom_images.step2);
    });

    it('replaces patient IDs with keyed pseudonyms and treats the key as 削除情報等', () => {
      const common = tables(sectionOf(doc, w.processing.commonHeading))[0];
      expect(common?.rows[0]?.[0]).toBe(w.processing.common.patientId);
    });

    it('includes EHR identifiers, health-insurance numbers among them', () => {
      const ehr = tables(sectionOf(doc, t('doc.processing.typeHeading', { n: 1, name: w.processing.types.ehr_structured.name })))[0];
      expect(ehr?.rows.map((r) => r[0])).toContain(w.processing.types.ehr_structured.step2);
    });
  });

  describe('(c) rules for 削除情報等 (Rule 32)', () => {
    const doc = draftBuilders.deletion_info_rules(s02, s02Result, t);

    it('has one chapter for each of the three measures', () => {
      expect(headings(doc, 1)).toEqual([w.notesHeading, w.deletion.ch1, w.deletion.ch2, w.deletion.ch3, w.deletion.ch4, w.deletion.supplementary]);
    });

    it('says that Rule 32 was not re-read and parallels Rule 35', () => {
      expect(listItems(sectionOf(doc, w.notesHeading))).toContain(w.deletion.notes.rule32);
    });

    it('keeps the key at the provider only, separate, access-controlled and logged, never given to the joint user', () => {
      const text = allText(doc);
      expect(text).toContain(t('doc.deletion.text.storage1', { short: w.self.medical.short, value: blank(w.deletion.text.storageBlank) }));
      expect(text).toContain(t('doc.deletion.text.noProvisionJoint', { value: blank(w.recipient.company) }));
      expect(text).toContain(t('doc.deletion.text.access', { value: blank(w.deletion.text.accessBlank) }));
      expect(text).toContain(t('doc.deletion.text.accessLog', { value: blank(w.deletion.text.accessLogBlank) }));
      expect(listItems(sectionOf(doc, w.deletion.art.definition))).toContain(w.deletion.text.defUid);
    });
  });
});

describe('drafts for other answers', () => {
  it('drop the joint-user provision from the 削除情報等 rules for internal use (S10)', () => {
    const input = scenario('S10');
    const doc = draftBuilders.deletion_info_rules(input, evaluate(input), tFor('ja'));
    expect(allText(doc)).not.toContain(ja.doc.recipient.same_institution);
    expect(allText(doc)).toContain(tFor('ja')('doc.deletion.text.noProvisionInternal', { short: ja.doc.self.medical.short }));
  });

  it('note already processed data (S03) and genome exclusion', () => {
    const input: AssessmentInput = { ...scenario('S03'), dataTypes: ['genome', 'pathology_wsi'] };
    const result = evaluate(input);
    const t = tFor('ja');
    expect(allText(draftBuilders.processing_plan(input, result, t))).toContain(ja.doc.processing.notes.alreadyProcessed);
    const publication = draftBuilders.joint_use_publication(input, result, t);
    expect(allText(publication)).toContain(ja.doc.jointUse.notes.genome);
    expect(allText(publication)).toContain(ja.doc.items.genome);
  });

  it.each(scenarios.flatMap((s) => LANGUAGES.flatMap((lng) => draftKinds.map((kind) => [s.id, lng, kind] as const))))(
    '%s %s %s: builds without leftover keys or placeholders',
    (id, lng, kind) => {
      const input = scenario(id);
      const doc = draftBuilders[kind](input, evaluate(input), tFor(lng));
      const text = allText(doc);
      expect(text).not.toMatch(/\{\{|\}\}|\bdoc\.[a-zA-Z]+\.|undefined/u);
      expect(doc.blocks.length).toBeGreaterThan(5);
      expect(countBlanks(doc)).toBeGreaterThan(0);
    },
  );
});

describe('editing a document', () => {
  const doc: DocModel = {
    title: 'T',
    meta: ['m'],
    blocks: [
      { kind: 'heading', level: 1, text: 'H' },
      { kind: 'paragraph', text: 'p〔a〕' },
      { kind: 'list', ordered: false, items: ['x', '[b]', 'z'] },
      { kind: 'table', header: ['S', 'W'], rows: [['s', '〔　　〕']] },
    ],
  };

  it('replaces one text and leaves headings fixed', () => {
    expect(applyEdit(doc, { kind: 'item', block: 2, item: 1 }, 'y').blocks[2]).toEqual({ kind: 'list', ordered: false, items: ['x', 'y', 'z'] });
    expect(applyEdit(doc, { kind: 'cell', block: 3, row: 0, cell: 1 }, 'Ana').blocks[3]).toEqual({ kind: 'table', header: ['S', 'W'], rows: [['s', 'Ana']] });
    expect(applyEdit(doc, { kind: 'paragraph', block: 0 }, 'changed')).toEqual(doc);
  });

  it('counts blanks in both notations', () => {
    expect(countBlanks(doc)).toBe(3);
    expect(countBlanks(applyEdit(doc, { kind: 'paragraph', block: 1 }, 'filled'))).toBe(2);
  });

  it('leaves emptied paragraphs and items out of the export', () => {
    let edited = applyEdit(doc, { kind: 'paragraph', block: 1 }, '  ');
    edited = applyEdit(edited, { kind: 'item', block: 2, item: 0 }, '');
    expect(exportedDoc(edited).blocks).toEqual([
      { kind: 'heading', level: 1, text: 'H' },
      { kind: 'list', ordered: false, items: ['[b]', 'z'] },
      { kind: 'table', header: ['S', 'W'], rows: [['s', '〔　　〕']] },
    ]);
  });

  it('labels fields by the heading above them, counting afresh under each heading', () => {
    const nodes = editorNodes(doc);
    expect(nodes.map((n) => n.kind)).toEqual(['heading', 'field', 'field', 'field', 'field', 'row']);
    const second = nodes[3];
    expect(second?.kind === 'field' ? second.field.label : null).toEqual({ kind: 'item', n: 2 });
    expect(second?.kind === 'field' ? second.field.section : null).toBe('H');
  });

  it('keeps markup typed by a user as text in Markdown', () => {
    const edited = applyEdit(doc, { kind: 'paragraph', block: 1 }, '<script>alert(1)</script>');
    const markdown = toMarkdown(exportedDoc(edited));
    expect(markdown).not.toMatch(/<script/u);
    expect(markdown).toContain('&lt;script');
  });
});
