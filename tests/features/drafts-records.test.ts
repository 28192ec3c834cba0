import { describe, expect, it } from 'vitest';

import ja from '../../locales/ja/drafts.json';
import { draftBuilders } from '../../src/features/drafts/kinds';
import i18n from '../../src/i18n';
import type { DocBlock, DocModel } from '../../src/lib/export/doc-model';
import { evaluate } from '../../src/rules';
import type { AssessmentInput } from '../../src/rules';
import { scenarios } from '../rules/fixtures';

/**
 * Pins the whole shape of the two record drafts, written out by hand from the statute's split (Art. 29 binds the
 * provider on consent; Art. 30, not in our citations, is cited as Art. 29 plus our inference) so that a change to
 * how they are built cannot move, drop or re-cite a row, paragraph or note unnoticed.
 */
const t = i18n.getFixedT('ja', 'drafts');
const w = ja.doc.records;
const row = w.row;
const BLANK = ja.doc.emptyBlank;
const SELF = 'テスト大学';
const withAddress = w.withAddress.replace('{{name}}', SELF).replace('{{value}}', BLANK);
const STATUTE = ['appi_29_records'];
const PRACTICE = ['appi_29_records', 'inference_records'];
const PSEUDONYMIZED_RECEIPT = ['appi_42_recipient', 'appi_41_7_8_identification_contact'];

const scenario = (id: string): AssessmentInput => {
  const found = scenarios.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no scenario ${id}`);
  return found.input;
};

const build = (kind: 'provision_record' | 'receipt_record', answers: AssessmentInput): DocModel => {
  const result = evaluate(answers);
  return draftBuilders[kind](answers, result, t, { institutionName: SELF });
};

/** Each block as kind, text and citations; a table as its rows' labels and entries (items' entry left as is). */
const shape = (blocks: readonly DocBlock[]) =>
  blocks.map((b) => {
    switch (b.kind) {
      case 'heading':
        return ['heading', b.text];
      case 'paragraph':
        return ['paragraph', b.text, b.cite ?? null];
      case 'list':
        return ['list', b.items];
      case 'table':
        return ['table', b.header, b.rows, b.cite ?? null];
      case 'checklist':
        return ['checklist'];
    }
  });

const rowsOf = (doc: DocModel) => doc.blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));
const itemsEntry = (doc: DocModel, label: string) => rowsOf(doc).find(([l]) => l === label)?.[1] ?? 'missing';

describe('the provision and receipt records, block by block', () => {
  it('on consent with a recipient abroad: the statutory provision record, with consent, persons and country rows', () => {
    const answers: AssessmentInput = { ...scenario('S06'), foreignRecipient: 'other_country' };
    expect(evaluate(answers).recommendedBasis).toBe('consent');
    const doc = build('provision_record', answers);
    expect(doc.title).toBe(w.provisionTitle);
    expect(shape(doc.blocks)).toEqual([
      ['heading', ja.doc.notesHeading],
      ['list', [w.notes.exemption, w.notes.retention]],
      ['heading', w.provisionHeading],
      ['paragraph', w.provisionStatutory, STATUTE],
      ['paragraph', w.itemsOpen, PRACTICE],
      ['paragraph', w.howToUse, ['inference_records']],
      [
        'table',
        [w.tableItem, w.tableEntry],
        [
          [row.date, BLANK],
          [row.provider, withAddress],
          [row.recipient, BLANK],
          [row.basis, ja.doc.basisShort.consent],
          [row.consent, BLANK],
          [row.persons, BLANK],
          [row.items, itemsEntry(doc, row.items)],
          [row.dataset, BLANK],
          [row.method, BLANK],
          [row.country, BLANK],
          [row.staff, BLANK],
          [row.keepUntil, BLANK],
        ],
        STATUTE,
      ],
    ]);
    expect(itemsEntry(doc, row.items)).not.toBe(BLANK);
  });

  it('on consent: the receipt record is statutory too, but cites Art. 29 with our inference', () => {
    const answers: AssessmentInput = { ...scenario('S06'), dataOrigin: 'clinical_care' };
    expect(evaluate(answers).recommendedBasis).toBe('consent');
    const doc = build('receipt_record', answers);
    expect(doc.title).toBe(w.receiptTitle);
    expect(shape(doc.blocks)).toEqual([
      ['heading', ja.doc.notesHeading],
      ['list', [w.notes.article30, w.notes.exemption, w.notes.retention]],
      ['heading', w.receiptHeading],
      ['paragraph', w.receiptStatutory, PRACTICE],
      ['paragraph', w.itemsOpen, PRACTICE],
      ['paragraph', w.howToUse, ['inference_records']],
      [
        'table',
        [w.tableItem, w.tableEntry],
        [
          [row.receivedDate, BLANK],
          [row.recipient, BLANK],
          [row.provider, withAddress],
          [row.origin, w.originClinical],
          [row.basis, ja.doc.basisShort.consent],
          [row.consent, BLANK],
          [row.persons, BLANK],
          [row.receivedItems, itemsEntry(doc, row.receivedItems)],
          [row.dataset, BLANK],
          [row.storedAt, BLANK],
          [row.staff, BLANK],
          [row.keepUntil, BLANK],
        ],
        PRACTICE,
      ],
    ]);
  });

  it('on pseudonymized joint use: good practice only, with the no-key rows, note and paragraph', () => {
    const answers = scenario('S02');
    const basis = evaluate(answers).recommendedBasis;
    expect(basis).toBe('pseudonymized_joint_use');
    const route = ja.doc.basisShort.pseudonymized_joint_use;
    const practice = (text: string) => text.replace('{{route}}', route);

    const provision = build('provision_record', answers);
    expect(shape(provision.blocks)).toEqual([
      ['heading', ja.doc.notesHeading],
      ['list', [w.notes.exemption, w.notes.pseudonymized, w.notes.retention]],
      ['heading', w.provisionHeading],
      ['paragraph', practice(w.provisionPractice), PRACTICE],
      ['paragraph', w.howToUse, ['inference_records']],
      [
        'table',
        [w.tableItem, w.tableEntry],
        [
          [row.date, BLANK],
          [row.provider, withAddress],
          [row.recipient, BLANK],
          [row.basis, route],
          [row.items, itemsEntry(provision, row.items)],
          [row.dataset, BLANK],
          [row.method, BLANK],
          [row.noKey, BLANK],
          [row.staff, BLANK],
          [row.keepUntil, BLANK],
        ],
        PRACTICE,
      ],
    ]);

    const receipt = build('receipt_record', { ...answers, dataOrigin: 'clinical_care' });
    expect(shape(receipt.blocks).slice(2)).toEqual([
      ['heading', w.receiptHeading],
      ['paragraph', practice(w.receiptPractice), PRACTICE],
      ['paragraph', w.receiptPseudonymized, PSEUDONYMIZED_RECEIPT],
      ['paragraph', w.howToUse, ['inference_records']],
      [
        'table',
        [w.tableItem, w.tableEntry],
        [
          [row.receivedDate, BLANK],
          [row.recipient, BLANK],
          [row.provider, withAddress],
          [row.origin, w.originClinical],
          [row.basis, route],
          [row.receivedItems, itemsEntry(receipt, row.receivedItems)],
          [row.dataset, BLANK],
          [row.receivedNoKey, BLANK],
          [row.storedAt, BLANK],
          [row.staff, BLANK],
          [row.keepUntil, BLANK],
        ],
        PRACTICE,
      ],
    ]);
    // Both list the same items, the pseudonymized data's, joined the same way.
    expect(itemsEntry(receipt, row.receivedItems)).toBe(itemsEntry(provision, row.items));
  });

  it('with no route yet: the route is a named blank, listed among the places to fill in', () => {
    // S08: no route the rules can recommend.
    const answers = scenario('S08');
    expect(evaluate(answers).recommendedBasis).toBeNull();
    const named = ja.doc.blank.replace('{{name}}', w.blank.basis);
    for (const kind of ['provision_record', 'receipt_record'] as const) {
      const doc = build(kind, answers);
      const label = kind === 'provision_record' ? row.items : row.receivedItems;
      expect(rowsOf(doc).find(([l]) => l === row.basis)?.[1], kind).toBe(named);
      expect(doc.blocks[3], kind).toEqual({ kind: 'list', ordered: false, items: expect.arrayContaining([w.blank.basis]) as unknown });
      expect(rowsOf(doc).some(([l]) => l === label), kind).toBe(true);
    }
  });
});
