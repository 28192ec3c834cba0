import type { Cite, DocBlock } from '../../lib/export/doc-model';
import type { BasisId } from '../../rules';
import {
  createBlanks,
  dataTypeNames,
  draftMeta,
  heading,
  notesSection,
  paragraph,
  pseudonymizedItems,
  selfTerms,
  table,
  type Blanks,
  type DraftBuilder,
  type DraftsKey,
  type DraftsT,
} from './build-common';

/**
 * Art. 29 (provider) and Art. 30 (recipient) require a record only for a provision on consent (the Art. 27(1)
 * principle or Art. 28); provisions under an item of Art. 27(1) or a case of Art. 27(5) are exempt (citation
 * appi_29_records). Elsewhere the model still asks for a record (`record_provision`, reference §6 item 9).
 */
const statutory = (basis: BasisId | null): boolean => basis === 'consent';

const PSEUDONYMIZED: readonly (BasisId | null)[] = ['pseudonymized_joint_use', 'pseudonymized_internal_use'];

const STATUTE: Cite = ['appi_29_records'];
const PRACTICE: Cite = ['appi_29_records', 'inference_records'];

type Row = readonly [DraftsKey, string];

function recordTable(rows: readonly Row[], t: DraftsT, cite: Cite): DocBlock {
  return table(
    [t('doc.records.tableItem'), t('doc.records.tableEntry')],
    rows.map(([key, value]) => [t(key), value]),
    cite,
  );
}

function shared(basis: BasisId | null, t: DraftsT, blanks: Blanks, items: readonly string[]) {
  const route = basis === null ? blanks.named(t('doc.records.blank.basis')) : t(`doc.basisShort.${basis}`);
  return { route, items: items.join(t('doc.records.itemSeparator')) };
}

/** The provider's record of one provision: a fillable table, with the statute's items where Art. 29 applies. */
export const buildProvisionRecord: DraftBuilder = (answers, result, t, context) => {
  const blanks = createBlanks(t);
  const self = selfTerms(answers, t, blanks, context);
  const basis = result.recommendedBasis;
  const pseudonymized = PSEUDONYMIZED.includes(basis);
  const legal = statutory(basis);
  const { route, items } = shared(basis, t, blanks, pseudonymized ? pseudonymizedItems(answers, t, blanks) : dataTypeNames(answers, t, blanks));
  const foreign = answers.foreignRecipient !== undefined && answers.foreignRecipient !== 'no';
  const e = blanks.empty();
  const rows: Row[] = [
    ['doc.records.row.date', e],
    ['doc.records.row.provider', t('doc.records.withAddress', { name: self.name, value: e })],
    ['doc.records.row.recipient', e],
    ['doc.records.row.basis', route],
    ...(legal ? ([['doc.records.row.consent', e], ['doc.records.row.persons', e]] as const) : []),
    ['doc.records.row.items', items],
    ['doc.records.row.dataset', e],
    ['doc.records.row.method', e],
    ...(pseudonymized ? ([['doc.records.row.noKey', e]] as const) : []),
    ...(foreign ? ([['doc.records.row.country', e]] as const) : []),
    ['doc.records.row.staff', e],
    ['doc.records.row.keepUntil', e],
  ];

  const body: DocBlock[] = [
    heading(1, t('doc.records.provisionHeading')),
    legal ? paragraph(t('doc.records.provisionStatutory'), STATUTE) : paragraph(t('doc.records.provisionPractice', { route }), PRACTICE),
    ...(legal ? [paragraph(t('doc.records.itemsOpen'), ['appi_29_records', 'inference_records'])] : []),
    paragraph(t('doc.records.howToUse'), ['inference_records']),
    recordTable(rows, t, legal ? STATUTE : PRACTICE),
  ];

  const notes = [
    t('doc.records.notes.exemption'),
    ...(pseudonymized ? [t('doc.records.notes.pseudonymized')] : []),
    t('doc.records.notes.retention'),
  ];
  return { title: t('doc.records.provisionTitle'), meta: draftMeta(t, result), blocks: [...notesSection(t, notes, blanks), ...body] };
};

/** The recipient's record of one receipt: Art. 30's confirmation (who provided, how they obtained it) and record. */
export const buildReceiptRecord: DraftBuilder = (answers, result, t, context) => {
  const blanks = createBlanks(t);
  const self = selfTerms(answers, t, blanks, context);
  const basis = result.recommendedBasis;
  const pseudonymized = PSEUDONYMIZED.includes(basis);
  const legal = statutory(basis);
  const { route, items } = shared(basis, t, blanks, pseudonymized ? pseudonymizedItems(answers, t, blanks) : dataTypeNames(answers, t, blanks));
  const e = blanks.empty();
  const origin = answers.dataOrigin === 'clinical_care' ? t('doc.records.originClinical') : e;
  const rows: Row[] = [
    ['doc.records.row.receivedDate', e],
    ['doc.records.row.recipient', e],
    ['doc.records.row.provider', t('doc.records.withAddress', { name: self.name, value: e })],
    ['doc.records.row.origin', origin],
    ['doc.records.row.basis', route],
    ...(legal ? ([['doc.records.row.consent', e], ['doc.records.row.persons', e]] as const) : []),
    ['doc.records.row.receivedItems', items],
    ['doc.records.row.dataset', e],
    ...(pseudonymized ? ([['doc.records.row.receivedNoKey', e]] as const) : []),
    ['doc.records.row.storedAt', e],
    ['doc.records.row.staff', e],
    ['doc.records.row.keepUntil', e],
  ];

  const body: DocBlock[] = [
    heading(1, t('doc.records.receiptHeading')),
    legal ? paragraph(t('doc.records.receiptStatutory'), PRACTICE) : paragraph(t('doc.records.receiptPractice', { route }), PRACTICE),
    ...(legal ? [paragraph(t('doc.records.itemsOpen'), ['appi_29_records', 'inference_records'])] : []),
    ...(pseudonymized ? [paragraph(t('doc.records.receiptPseudonymized'), ['appi_42_recipient', 'appi_41_7_8_identification_contact'])] : []),
    paragraph(t('doc.records.howToUse'), ['inference_records']),
    recordTable(rows, t, PRACTICE),
  ];

  const notes = [t('doc.records.notes.article30'), t('doc.records.notes.exemption'), t('doc.records.notes.retention')];
  return {
    title: t('doc.records.receiptTitle'),
    meta: draftMeta(t, result),
    blocks: [...notesSection(t, notes, blanks), ...body],
  };
};
