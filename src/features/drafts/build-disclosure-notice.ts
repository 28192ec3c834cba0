import type { Cite, DocBlock } from '../../lib/export/doc-model';
import {
  createBlanks,
  dataTypeNames,
  draftMeta,
  heading,
  leavesProvider,
  list,
  notesSection,
  paragraph,
  purposeLines,
  recipientBlank,
  routeCite,
  selfTerms,
  type DraftBuilder,
} from './build-common';

const ETHICS: Cite = ['ethics_guideline'];

/**
 * The information-disclosure notice (情報公開文書) for research in which people are informed and may refuse under the
 * ethics guideline instead of being asked for consent: the academic and public-health exceptions. The APPI needs no
 * consent on these routes; the ethics guideline asks for notice or publication with a chance to refuse (reference
 * §7). Which clause of the ethics guideline applies, and its exact items, were not confirmed, so the notes leave
 * that open for the ethics office. The purposes and data words are the ones the joint-use publication uses.
 */
export const buildDisclosureNotice: DraftBuilder = (answers, result, t, context = {}) => {
  const blanks = createBlanks(t);
  const self = selfTerms(answers, t, blanks, context);
  const basis = result.recommendedBasis;
  const target = blanks.named(t('doc.target'));
  const product = t(`doc.product.${answers.productKind ?? 'diagnostic_ai_software'}`);
  const cited = routeCite(basis, answers);
  const office = context.contactOffice?.trim() ?? '';
  const details = context.contactDetails?.trim() ?? '';
  const foreign = answers.foreignRecipient !== undefined && answers.foreignRecipient !== 'no';

  const body: DocBlock[] = [
    heading(1, t('doc.notice.heading')),
    paragraph(t('doc.notice.intro', { self: t('doc.selfDefinedPolite', { name: self.name, short: self.short }) }), ETHICS),

    heading(2, t('doc.notice.titleHeading')),
    paragraph(blanks.named(t('doc.notice.blank.studyTitle')), ETHICS),

    heading(2, t('doc.notice.purposeHeading')),
    paragraph(t('doc.notice.purpose', { target, product }), ['ethics_guideline', 'gl_2_1_purposes']),
    list(purposeLines(result, t), false, ['ethics_guideline', 'gl_2_1_purposes']),
    ...(answers.purpose === 'academic_and_product' ? [paragraph(t('doc.notice.purposeProduct'), ['gl_2_4_academic_exception', 'ppc_q11_6_academic_partners'])] : []),

    heading(2, t('doc.notice.whoHeading')),
    paragraph(t('doc.notice.who', { short: self.short, period: blanks.named(t('doc.notice.blank.period')), target }), ETHICS),

    heading(2, t('doc.notice.dataHeading')),
    paragraph(t('doc.notice.data'), ['ethics_guideline', 'appi_2_3_sensitive']),
    list(dataTypeNames(answers, t, blanks), false, ['ethics_guideline', 'appi_2_3_sensitive']),
    paragraph(t('doc.notice.processing', { short: self.short }), ['ethics_guideline', 'inference_processing_practice']),

    heading(2, t('doc.notice.recipientHeading')),
    leavesProvider(answers)
      ? paragraph(t('doc.notice.recipient', { recipient: recipientBlank(answers, t, blanks), address: blanks.named(t('doc.notice.blank.address')) }), cited)
      : paragraph(t('doc.notice.recipientNone', { short: self.short }), cited),
    ...(foreign ? [paragraph(t('doc.notice.foreign', { value: blanks.named(t('doc.plan.blank.country')) }), ['appi_28_foreign', 'ppc_q12_1_foreign_entrustment'])] : []),

    heading(2, t('doc.notice.basisHeading')),
    paragraph(t(basis === 'public_health_exception' ? 'doc.notice.basisPublicHealth' : 'doc.notice.basisAcademic'), cited),

    heading(2, t('doc.notice.refuseHeading')),
    paragraph(t('doc.notice.refuse', { deadline: blanks.named(t('doc.notice.blank.deadline')) }), ETHICS),
    paragraph(t('doc.notice.refuseLimits'), ETHICS),

    heading(2, t('doc.notice.contactHeading')),
    list(
      [
        t('doc.notice.contactOffice', { value: office === '' ? blanks.named(t('doc.notice.blank.office')) : office }),
        t('doc.notice.contactDetails', { value: details === '' ? blanks.named(t('doc.notice.blank.details')) : details }),
        t('doc.notice.contactInvestigator', { value: blanks.named(t('doc.notice.blank.investigator')) }),
      ],
      false,
      ETHICS,
    ),
  ];

  const notes = [
    t('doc.notice.notes.template'),
    t('doc.notice.notes.clauseOpen'),
    ...(basis === 'public_health_exception' ? [t('doc.notice.notes.publicHealth')] : []),
    t('doc.notice.notes.inStep'),
  ];

  return {
    title: t('doc.notice.title'),
    meta: draftMeta(t, result),
    blocks: [...notesSection(t, notes, blanks), ...body],
  };
};
