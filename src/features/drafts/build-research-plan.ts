import type { DocBlock } from '../../lib/export/doc-model';
import type { AssessmentInput, BasisId } from '../../rules';
import {
  academicCite,
  academicVariant,
  basisCite,
  createBlanks,
  dataTypeNames,
  draftMeta,
  heading,
  leavesProvider,
  list,
  noteItems,
  notesSection,
  paragraph,
  pseudonymizedItems,
  purposeLines,
  recipientBlank,
  routeCite,
  selfTerms,
  type DraftBuilder,
  type DraftsT,
} from './build-common';

const PSEUDONYMIZED: readonly (BasisId | null)[] = ['pseudonymized_joint_use', 'pseudonymized_internal_use'];

/** The legal basis, and why it fits these answers (the ethics committee asks for both). */
function basisSection(answers: AssessmentInput, basis: BasisId | null, t: DraftsT, blanksName: (name: string) => string): DocBlock[] {
  if (basis === null) {
    return answers.dataSubjects === 'deceased_only'
      ? [paragraph(t('doc.plan.basis.deceased'), ['appi_2_1_living_individuals', 'inference_ethics_deceased'])]
      : [paragraph(t('doc.plan.basis.none'), ['gl_2_6_basis_table'])];
  }
  const blocks: DocBlock[] = [paragraph(t(`doc.plan.basis.${basis}`), basisCite[basis])];
  switch (basis) {
    case 'academic_exception': {
      const variant = academicVariant(answers);
      blocks.push(paragraph(t(`doc.plan.why.academic.${variant}`), academicCite[variant]));
      if (answers.purpose === 'academic_and_product') blocks.push(paragraph(t('doc.plan.why.academicAndProduct'), ['ppc_q11_6_academic_partners', 'gl_2_4_academic_exception']));
      blocks.push(paragraph(t('doc.plan.why.noUnjustInfringement'), ['appi_27_1_vi_joint_research', 'appi_18_3_v_vi_academic']));
      break;
    }
    case 'public_health_exception':
      blocks.push(
        paragraph(t('doc.plan.why.publicHealth', { value: blanksName(t('doc.plan.blank.publicHealthNeed')) }), ['appi_27_1_iii_public_health', 'ppc_q7_24_case_research']),
        paragraph(t('doc.plan.why.consentDifficult', { value: blanksName(t('doc.plan.blank.consentDifficulty')) }), ['appi_27_1_iii_public_health', 'ppc_faq3_q4_1_public_health']),
      );
      break;
    case 'pseudonymized_joint_use':
      blocks.push(paragraph(t('doc.plan.why.pseudonymizedJointUse'), ['gl_ch6_stage_model', 'gl_2_6_basis_table', 'appi_41_9_exclusions']));
      break;
    case 'pseudonymized_internal_use':
      blocks.push(paragraph(t('doc.plan.why.pseudonymizedInternal'), ['appi_41_3_4_purpose', 'appi_41_9_exclusions']));
      break;
    case 'consent':
      blocks.push(paragraph(t('doc.plan.why.consent'), ['appi_27_1_consent', 'appi_20_2_consent_sensitive', 'ethics_guideline']));
      break;
    case 'entrustment':
      blocks.push(paragraph(t('doc.plan.why.entrustment'), ['appi_27_5_i_entrustment', 'ppc_q5_26_2_entrustment', 'ppc_q7_42_43_entrustment_merge']));
      break;
    case 'personal_data_joint_use':
    case 'statutory_cooperation':
    case 'anonymized_provision':
    case 'opt_out':
      blocks.push(paragraph(t('doc.plan.why.otherRoute'), ['ethics_guideline']));
      break;
  }
  return blocks;
}

/** How the people whose data is used learn of it: consent, an opt-out notice, or the 仮名加工情報 publications. */
function informedSection(basis: BasisId | null, t: DraftsT): DocBlock[] {
  switch (basis) {
    case 'consent':
      return [paragraph(t('doc.plan.informed.consent'), ['appi_27_1_consent', 'ethics_guideline'])];
    case 'academic_exception':
    case 'public_health_exception':
      return [paragraph(t('doc.plan.informed.optOut'), ['ethics_guideline'])];
    case 'pseudonymized_joint_use':
      return [
        paragraph(t('doc.plan.informed.jointUse'), ['appi_41_3_4_purpose', 'ppc_q14_15_purpose_publication', 'ppc_q14_18_joint_use_items']),
        paragraph(t('doc.plan.informed.ethicsToo'), ['ethics_guideline']),
      ];
    case 'pseudonymized_internal_use':
      return [
        paragraph(t('doc.plan.informed.internal'), ['appi_41_3_4_purpose', 'ppc_q14_15_purpose_publication']),
        paragraph(t('doc.plan.informed.ethicsToo'), ['ethics_guideline']),
      ];
    case 'entrustment':
      return [paragraph(t('doc.plan.informed.entrustment'), ['appi_27_5_i_entrustment', 'ethics_guideline'])];
    case 'personal_data_joint_use':
    case 'statutory_cooperation':
    case 'anonymized_provision':
    case 'opt_out':
    case null:
      return [paragraph(t('doc.plan.informed.other'), ['ethics_guideline'])];
  }
}

/**
 * The personal-information section of a research plan for the ethics application, per route: the legal basis and
 * why, the data and its processing, who receives what, safety management, how individuals are informed, retention
 * and deletion. The ethics guideline asks for these matters (reference §7); the route's provisions come from the
 * rules' recommended basis (reference §2, §3, §10).
 */
export const buildResearchPlanSection: DraftBuilder = (answers, result, t, context = {}) => {
  const blanks = createBlanks(t);
  const self = selfTerms(answers, t, blanks, context);
  const basis = result.recommendedBasis;
  const pseudonymized = PSEUDONYMIZED.includes(basis);
  const leaves = leavesProvider(answers);
  const target = blanks.named(t('doc.target'));
  const product = t(`doc.product.${answers.productKind ?? 'diagnostic_ai_software'}`);
  const cited = routeCite(basis, answers);
  const notes = noteItems(context, ['providerType', 'jointResearch', 'purpose', 'consent', 'publicHealthNeed', 'ethicsReview'], t);

  const body: DocBlock[] = [
    heading(1, t('doc.plan.heading')),
    paragraph(t('doc.plan.intro', { self: t('doc.selfDefinedPlain', { name: self.name, short: self.short }), target, product }), ['ethics_guideline']),
    list(purposeLines(result, t), false, ['ethics_guideline', 'gl_2_1_purposes']),

    heading(2, t('doc.plan.basisHeading')),
    ...basisSection(answers, basis, t, (name) => blanks.named(name)),
    ...(notes.length > 0 ? [paragraph(t('doc.plan.notesIntro'), ['ethics_guideline']), list(notes, false, ['ethics_guideline'])] : []),

    heading(2, t('doc.plan.dataHeading')),
    paragraph(t(pseudonymized ? 'doc.plan.data.pseudonymized' : 'doc.plan.data.identifiable'), pseudonymized ? ['appi_41_1_rule_31'] : ['appi_2_3_sensitive']),
    list(pseudonymized ? pseudonymizedItems(answers, t, blanks) : dataTypeNames(answers, t, blanks), false, pseudonymized ? ['appi_41_1_rule_31'] : ['appi_2_3_sensitive']),
    pseudonymized
      ? paragraph(t('doc.plan.data.processingPseudonymized', { short: self.short }), ['appi_41_1_rule_31', 'gl_ch4_5_processing'])
      : paragraph(t('doc.plan.data.processingIdentifiable', { short: self.short }), ['ethics_guideline', 'inference_processing_practice']),
    paragraph(t('doc.plan.data.period', { value: blanks.named(t('doc.plan.blank.period')) }), ['ethics_guideline']),

    heading(2, t('doc.plan.recipientHeading')),
    ...(leaves
      ? [
          paragraph(
            t(pseudonymized ? 'doc.plan.recipient.pseudonymized' : basis === 'entrustment' ? 'doc.plan.recipient.entrusted' : 'doc.plan.recipient.identifiable', {
              short: self.short,
              recipient: recipientBlank(answers, t, blanks, pseudonymized),
            }),
            cited,
          ),
          ...(answers.foreignRecipient !== undefined && answers.foreignRecipient !== 'no'
            ? [paragraph(t(`doc.plan.recipient.foreign.${answers.foreignRecipient}`, { value: blanks.named(t('doc.plan.blank.country')) }), ['appi_28_foreign', 'rule_17_foreign_consent_information'])]
            : []),
        ]
      : [paragraph(t('doc.plan.recipient.none', { short: self.short }), cited)]),
    ...(answers.foreignStorage === 'yes'
      ? [paragraph(t('doc.plan.recipient.foreignStorage', { value: blanks.named(t('doc.plan.blank.country')) }), ['appi_23_safety_foreign', 'appi_32_foreign_country_disclosure'])]
      : []),

    heading(2, t('doc.plan.safetyHeading')),
    list(
      [
        t('doc.plan.safety.manager', { value: blanks.named(t('doc.plan.blank.manager')) }),
        t('doc.plan.safety.place', { value: blanks.named(t('doc.plan.blank.place')) }),
        t('doc.plan.safety.access'),
        t(pseudonymized ? 'doc.plan.safety.keyPseudonymized' : 'doc.plan.safety.keyIdentifiable', { short: self.short }),
      ],
      false,
      pseudonymized ? ['appi_41_2_rule_32', 'ethics_guideline'] : ['ethics_guideline', 'inference_processing_practice'],
    ),
    ...(basis === 'entrustment' ? [paragraph(t('doc.plan.safety.supervision'), ['appi_25_supervision', 'ppc_q7_42_43_entrustment_merge'])] : []),

    heading(2, t('doc.plan.informedHeading')),
    ...informedSection(basis, t),

    heading(2, t('doc.plan.retentionHeading')),
    paragraph(t('doc.plan.retention.period', { value: blanks.named(t('doc.plan.blank.retention')) }), ['ethics_guideline', 'inference_records']),
    paragraph(t('doc.plan.retention.records'), ['inference_records']),
  ];

  const noteTexts = [
    t('doc.plan.notes.template'),
    t('doc.plan.notes.ethicsOpen'),
    ...(basis === 'academic_exception' && answers.purpose === 'academic_and_product' ? [t('doc.plan.notes.commercial')] : []),
    ...(basis === 'public_health_exception' ? [t('doc.plan.notes.publicHealth')] : []),
  ];

  return {
    title: t('doc.plan.title'),
    meta: draftMeta(t, result),
    blocks: [...notesSection(t, noteTexts, blanks), ...body],
  };
};
