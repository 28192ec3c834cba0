import type { DocBlock } from '../../lib/export/doc-model';
import {
  citing,
  createBlanks,
  draftMeta,
  hasWarning,
  heading,
  list,
  notesSection,
  paragraph,
  selfTerms,
  type DraftBuilder,
  type DraftsKey,
} from './build-common';

const EXTERNAL_RECIPIENTS = new Set(['academic_medical', 'non_academic_medical', 'academic_non_medical', 'company']);

/**
 * (c) Internal rules for 削除情報等 under APPI Art. 41(2) and Enforcement Rules Art. 32, one chapter per measure of
 * Rule 32. Rule 32's own wording was not re-read; its three items are taken to parallel Rule 35 (guideline-reference
 * §3.8), and the notes say so. The practical provisions (key at the provider only, separate storage, access control
 * and logs, never to the recipient) are the reading in §3.8.
 */
export const buildDeletionInfoRules: DraftBuilder = (answers, result, t, context) => {
  const blanks = createBlanks(t);
  const self = selfTerms(answers, t, blanks, context);
  const short = self.short;
  const types = answers.dataTypes ?? [];
  const external = answers.recipientType !== undefined && EXTERNAL_RECIPIENTS.has(answers.recipientType);
  const article = (key: DraftsKey, ...paragraphs: string[]): DocBlock[] => [
    heading(2, t(key)),
    ...paragraphs.map((text) => paragraph(text)),
  ];

  const body: DocBlock[] = citing(['appi_41_2_rule_32'], [
    heading(1, t('doc.deletion.ch1')),
    ...article('doc.deletion.art.purpose', t('doc.deletion.text.purpose', { self: t('doc.selfDefinedPlain', { name: self.name, short }) })),
    ...article('doc.deletion.art.definition', t('doc.deletion.text.definition')),
    list([
      t('doc.deletion.text.defMap'),
      t('doc.deletion.text.defKey'),
      t('doc.deletion.text.defRemoved'),
      ...(types.includes('dicom_images') ? [t('doc.deletion.text.defUid')] : []),
      ...(types.includes('pathology_wsi') ? [t('doc.deletion.text.defSpecimen')] : []),
      t('doc.deletion.text.defDates'),
    ]),
    ...article('doc.deletion.art.scope', t('doc.deletion.text.scope', { short })),

    heading(1, t('doc.deletion.ch2')),
    ...article(
      'doc.deletion.art.manager',
      t('doc.deletion.text.manager1', { short, value: blanks.named(t('doc.deletion.text.managerBlank')) }),
      t('doc.deletion.text.manager2'),
    ),
    ...article(
      'doc.deletion.art.handlers',
      t('doc.deletion.text.handlers1', { value: blanks.named(t('doc.deletion.text.handlersBlank')) }),
      t('doc.deletion.text.handlers2'),
    ),
    ...article('doc.deletion.art.report', t('doc.deletion.text.report')),

    heading(1, t('doc.deletion.ch3')),
    ...article(
      'doc.deletion.art.storage',
      t('doc.deletion.text.storage1', { short, value: blanks.named(t('doc.deletion.text.storageBlank')) }),
      t('doc.deletion.text.storage2'),
    ),
    ...citing(['appi_41_2_rule_32', 'appi_42_recipient', 'gl_3_4_not_recommended'], article(
      'doc.deletion.art.noProvision',
      ...(external
        ? [t('doc.deletion.text.noProvisionJoint', { value: blanks.named(t(`doc.recipient.${answers.recipientType ?? 'company'}`)) })]
        : []),
      t('doc.deletion.text.noProvisionInternal', { short }),
      t('doc.deletion.text.noProvisionLaw'),
    )),
    ...article('doc.deletion.art.useLimit', t('doc.deletion.text.useLimit')),
    ...article('doc.deletion.art.records', t('doc.deletion.text.records', { value: blanks.named(t('doc.deletion.text.recordsBlank')) })),
    ...article('doc.deletion.art.training', t('doc.deletion.text.training', { value: blanks.named(t('doc.deletion.text.trainingBlank')) })),
    ...article('doc.deletion.art.review', t('doc.deletion.text.review', { value: blanks.named(t('doc.deletion.text.reviewBlank')) })),
    ...article('doc.deletion.art.disposal', t('doc.deletion.text.disposal')),

    heading(1, t('doc.deletion.ch4')),
    ...article('doc.deletion.art.access', t('doc.deletion.text.access', { value: blanks.named(t('doc.deletion.text.accessBlank')) })),
    ...article('doc.deletion.art.accessLog', t('doc.deletion.text.accessLog', { value: blanks.named(t('doc.deletion.text.accessLogBlank')) })),
    ...article('doc.deletion.art.takeout', t('doc.deletion.text.takeout', { short })),
    ...article('doc.deletion.art.incident', t('doc.deletion.text.incident')),

    heading(1, t('doc.deletion.supplementary')),
    paragraph(t('doc.deletion.text.effective', { value: blanks.named(t('doc.deletion.text.effectiveBlank')) })),
  ]);

  const notes = [
    t('doc.deletion.notes.structure'),
    t('doc.deletion.notes.rule32'),
    ...(hasWarning(result, 'recipient_holds_key') ? [t('doc.deletion.notes.keyAtRecipient')] : []),
    t('doc.deletion.notes.template'),
  ];

  return {
    title: t('doc.deletion.title'),
    meta: draftMeta(t, result),
    blocks: [...notesSection(t, notes, blanks), ...body],
  };
};
