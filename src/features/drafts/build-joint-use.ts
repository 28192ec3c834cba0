import type { Cite, DocBlock } from '../../lib/export/doc-model';
import {
  citing,
  createBlanks,
  draftMeta,
  hasWarning,
  heading,
  list,
  notesSection,
  paragraph,
  purposeLines,
  pseudonymizedItems,
  selectedTypes,
  selfTerms,
  type DraftBuilder,
} from './build-common';

const PURPOSE: Cite = ['appi_41_3_4_purpose', 'ppc_q14_15_purpose_publication'];

/**
 * (a) What the provider publishes before the first provision: the changed purpose of the 仮名加工情報 (APPI Art. 41(4),
 * stating that it concerns 仮名加工情報: PPC Q14-15) and the five joint-use items of Art. 27(5)(iii) as read by
 * Art. 41(6) (PPC Q14-18). The guideline's own model text could not be read, and the notes say so.
 */
export const buildJointUsePublication: DraftBuilder = (answers, result, t, context) => {
  const blanks = createBlanks(t);
  const self = selfTerms(answers, t, blanks, context);
  const target = blanks.named(t('doc.target'));
  const product = t(`doc.product.${answers.productKind ?? 'diagnostic_ai_software'}`);
  const purposes = purposeLines(result, t);
  const selected = selectedTypes(answers);
  const items = pseudonymizedItems(answers, t, blanks);

  const body: DocBlock[] = citing(['appi_41_6_provision_ban', 'ppc_q14_18_joint_use_items'], [
    heading(1, t('doc.jointUse.heading')),
    paragraph(
      t('doc.jointUse.intro', {
        self: t('doc.selfDefinedPolite', { name: self.name, short: self.short }),
        source: answers.dataOrigin === 'other' ? t('doc.jointUse.sourceOther') : t('doc.jointUse.sourceClinical'),
      }),
    ),

    heading(2, t('doc.jointUse.purposeHeading')),
    ...citing(PURPOSE, [
      paragraph(t('doc.jointUse.purposeIntro', { short: self.short, target, product })),
      list(purposes),
      ...(answers.purpose === 'academic_and_product' ? [paragraph(t('doc.jointUse.purposeAcademicToo'))] : []),
      paragraph(t('doc.jointUse.purposeConcerns', { short: self.short })),
    ]),

    heading(1, t('doc.jointUse.jointHeading')),
    heading(2, t('doc.jointUse.item1Heading')),
    paragraph(t('doc.jointUse.item1Body', { short: self.short })),

    heading(2, t('doc.jointUse.item2Heading')),
    paragraph(t('doc.jointUse.item2Intro')),
    list(items),

    heading(2, t('doc.jointUse.item3Heading')),
    paragraph(t('doc.jointUse.item3Intro', { short: self.short })),
    list(
      context?.otherJointUsers !== undefined && context.otherJointUsers.length > 0
        ? context.otherJointUsers.map((name) => t('doc.jointUse.item3Entry', { name, address: blanks.named(t('doc.recipientAddress')) }))
        : [
            t('doc.jointUse.item3Entry', {
              name: blanks.named(t(`doc.recipient.${answers.recipientType ?? 'company'}`)),
              address: blanks.named(t('doc.recipientAddress')),
            }),
          ],
    ),
    paragraph(t('doc.jointUse.item3Closing')),

    heading(2, t('doc.jointUse.item4Heading')),
    paragraph(t('doc.jointUse.item4Intro', { target, product })),
    list(purposes),
    paragraph(t('doc.jointUse.item4Safeguards'), ['appi_41_7_8_identification_contact', 'appi_42_recipient']),

    heading(2, t('doc.jointUse.item5Heading')),
    list([
      t('doc.jointUse.item5Name', { value: self.name }),
      t('doc.jointUse.item5Address', { value: blanks.named(t('doc.jointUse.addressBlank')) }),
      t('doc.jointUse.item5Representative', { value: blanks.named(t('doc.jointUse.representativeBlank')) }),
    ]),
    paragraph(t('doc.jointUse.contact', { value: blanks.named(t('doc.jointUse.contactBlank')) })),

    heading(1, t('doc.jointUse.datesHeading')),
    list([
      t('doc.jointUse.published', { value: blanks.named(t('doc.jointUse.publishedBlank')) }),
      t('doc.jointUse.start', { value: blanks.named(t('doc.jointUse.startBlank')) }),
    ]),
  ]);

  const notes = [
    t('doc.jointUse.notes.beforeProvision'),
    t('doc.jointUse.notes.template'),
    ...(hasWarning(result, 'provided_before_publication') ? [t('doc.jointUse.notes.providedBefore')] : []),
    ...(hasWarning(result, 'recipient_holds_key') ? [t('doc.jointUse.notes.keyAtRecipient')] : []),
    ...(hasWarning(result, 'foreign_recipient_unsettled') ? [t('doc.jointUse.notes.foreign')] : []),
    ...(selected.includes('genome') ? [t('doc.jointUse.notes.genome')] : []),
    t('doc.jointUse.notes.noChange'),
    t('doc.jointUse.notes.method'),
    t('doc.jointUse.notes.ethics'),
  ];

  return {
    title: t('doc.jointUse.title'),
    meta: draftMeta(t, result),
    blocks: [...notesSection(t, notes, blanks), ...body],
  };
};
