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
  type DraftBuilder,
  type DraftsKey,
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

/** What decides whether a row, paragraph or note is part of a record: always, or only on one kind of route. */
type When = 'always' | 'statutory' | 'pseudonymized' | 'foreign';

/** What fills a row's entry: a blank to fill in, or what the answers already say. */
type Entry = 'blank' | 'self' | 'route' | 'items' | 'origin';

interface RowSpec {
  readonly label: DraftsKey;
  readonly entry: Entry;
  readonly when?: When;
}

interface ParagraphSpec {
  readonly key: DraftsKey;
  readonly cite: Cite;
  readonly when?: When;
}

interface NoteSpec {
  readonly key: DraftsKey;
  readonly when?: When;
}

/** One record, as data: the two records differ only in their words, rows, extra paragraphs and notes. */
interface RecordSpec {
  readonly title: DraftsKey;
  readonly heading: DraftsKey;
  readonly statutory: DraftsKey;
  /** Where a record is statutory, its lead and its table cite this; elsewhere both cite PRACTICE. */
  readonly statutoryCite: Cite;
  /** The good-practice lead; it names the route. */
  readonly practice: DraftsKey;
  /** Paragraphs between the open-items paragraph and the how-to-use paragraph. */
  readonly paragraphs: readonly ParagraphSpec[];
  readonly rows: readonly RowSpec[];
  readonly notes: readonly NoteSpec[];
}

/** The provider's record of one provision: a fillable table, with the statute's items where Art. 29 applies. */
const PROVISION: RecordSpec = {
  title: 'doc.records.provisionTitle',
  heading: 'doc.records.provisionHeading',
  statutory: 'doc.records.provisionStatutory',
  statutoryCite: STATUTE,
  practice: 'doc.records.provisionPractice',
  paragraphs: [],
  rows: [
    { label: 'doc.records.row.date', entry: 'blank' },
    { label: 'doc.records.row.provider', entry: 'self' },
    { label: 'doc.records.row.recipient', entry: 'blank' },
    { label: 'doc.records.row.basis', entry: 'route' },
    { label: 'doc.records.row.consent', entry: 'blank', when: 'statutory' },
    { label: 'doc.records.row.persons', entry: 'blank', when: 'statutory' },
    { label: 'doc.records.row.items', entry: 'items' },
    { label: 'doc.records.row.dataset', entry: 'blank' },
    { label: 'doc.records.row.method', entry: 'blank' },
    { label: 'doc.records.row.noKey', entry: 'blank', when: 'pseudonymized' },
    { label: 'doc.records.row.country', entry: 'blank', when: 'foreign' },
    { label: 'doc.records.row.staff', entry: 'blank' },
    { label: 'doc.records.row.keepUntil', entry: 'blank' },
  ],
  notes: [{ key: 'doc.records.notes.exemption' }, { key: 'doc.records.notes.pseudonymized', when: 'pseudonymized' }, { key: 'doc.records.notes.retention' }],
};

/**
 * The recipient's record of one receipt: Art. 30's confirmation (who provided, how they obtained it) and record.
 * citations.ts has no Art. 30 entry, so even its statutory lead cites Art. 29 with our inference.
 */
const RECEIPT: RecordSpec = {
  title: 'doc.records.receiptTitle',
  heading: 'doc.records.receiptHeading',
  statutory: 'doc.records.receiptStatutory',
  statutoryCite: PRACTICE,
  practice: 'doc.records.receiptPractice',
  paragraphs: [{ key: 'doc.records.receiptPseudonymized', cite: ['appi_42_recipient', 'appi_41_7_8_identification_contact'], when: 'pseudonymized' }],
  rows: [
    { label: 'doc.records.row.receivedDate', entry: 'blank' },
    { label: 'doc.records.row.recipient', entry: 'blank' },
    { label: 'doc.records.row.provider', entry: 'self' },
    { label: 'doc.records.row.origin', entry: 'origin' },
    { label: 'doc.records.row.basis', entry: 'route' },
    { label: 'doc.records.row.consent', entry: 'blank', when: 'statutory' },
    { label: 'doc.records.row.persons', entry: 'blank', when: 'statutory' },
    { label: 'doc.records.row.receivedItems', entry: 'items' },
    { label: 'doc.records.row.dataset', entry: 'blank' },
    { label: 'doc.records.row.receivedNoKey', entry: 'blank', when: 'pseudonymized' },
    { label: 'doc.records.row.storedAt', entry: 'blank' },
    { label: 'doc.records.row.staff', entry: 'blank' },
    { label: 'doc.records.row.keepUntil', entry: 'blank' },
  ],
  notes: [{ key: 'doc.records.notes.article30' }, { key: 'doc.records.notes.exemption' }, { key: 'doc.records.notes.retention' }],
};

const buildRecord =
  (spec: RecordSpec): DraftBuilder =>
  (answers, result, t, context) => {
    const blanks = createBlanks(t);
    const self = selfTerms(answers, t, blanks, context);
    const basis = result.recommendedBasis;
    const pseudonymized = PSEUDONYMIZED.includes(basis);
    const legal = statutory(basis);
    const holds: Readonly<Record<When, boolean>> = {
      always: true,
      statutory: legal,
      pseudonymized,
      foreign: answers.foreignRecipient !== undefined && answers.foreignRecipient !== 'no',
    };
    const applies = ({ when = 'always' }: { readonly when?: When }) => holds[when];
    // Blanks are numbered in the order they are asked for, so the route's and items' blanks come first, as always.
    const route = basis === null ? blanks.named(t('doc.records.blank.basis')) : t(`doc.basisShort.${basis}`);
    const items = (pseudonymized ? pseudonymizedItems(answers, t, blanks) : dataTypeNames(answers, t, blanks)).join(t('doc.records.itemSeparator'));
    const e = blanks.empty();
    const entries: Readonly<Record<Entry, string>> = {
      blank: e,
      self: t('doc.records.withAddress', { name: self.name, value: e }),
      route,
      items,
      origin: answers.dataOrigin === 'clinical_care' ? t('doc.records.originClinical') : e,
    };
    const cite = legal ? spec.statutoryCite : PRACTICE;

    const body: DocBlock[] = [
      heading(1, t(spec.heading)),
      legal ? paragraph(t(spec.statutory), cite) : paragraph(t(spec.practice, { route }), cite),
      ...(legal ? [paragraph(t('doc.records.itemsOpen'), ['appi_29_records', 'inference_records'])] : []),
      ...spec.paragraphs.filter(applies).map((p) => paragraph(t(p.key), p.cite)),
      paragraph(t('doc.records.howToUse'), ['inference_records']),
      table(
        [t('doc.records.tableItem'), t('doc.records.tableEntry')],
        spec.rows.filter(applies).map((row) => [t(row.label), entries[row.entry]]),
        cite,
      ),
    ];
    const notes = spec.notes.filter(applies).map((note) => t(note.key));
    return { title: t(spec.title), meta: draftMeta(t, result), blocks: [...notesSection(t, notes, blanks), ...body] };
  };

export const buildProvisionRecord: DraftBuilder = buildRecord(PROVISION);

export const buildReceiptRecord: DraftBuilder = buildRecord(RECEIPT);
