import { reasonCitations } from './reasons';
import type { Outcome } from './checklist';
import { isAcademicBody, isExternalProvision, isInternalUse, isToRegulator, stageNameCertainty, stagePhase } from './facts';
import type { BasisId, CitationId, NonEmpty, WarningId } from './schema';
import { isOutsideAppi } from './situation';

export interface WarningRule {
  readonly id: WarningId;
  /** Citations, or a function when they depend on which open point triggered the warning. */
  readonly citations: NonEmpty<CitationId> | ((o: Outcome) => NonEmpty<CitationId>);
  readonly applies: (o: Outcome) => boolean;
  /** Also for data outside APPI (deceased patients only); every other warning is about an APPI duty. */
  readonly beyondAppi?: true;
}

const basisIds = (o: Outcome): BasisId[] => Object.keys(o.fits) as BasisId[];
const inconclusiveBases = (o: Outcome): BasisId[] => basisIds(o).filter((b) => o.fits[b].verdict === 'inconclusive');

/** 仮名加工情報 is in play: the data already is, or the chosen basis creates it. */
const pseudonymizedContext = (o: Outcome): boolean =>
  o.situation.dataState === 'pseudonymized' ||
  o.recommended === 'pseudonymized_joint_use' ||
  o.recommended === 'pseudonymized_internal_use';

/** The institution uses its own 匿名加工情報 internally: nothing is provided, so no basis is needed. */
const anonymizedInternalUse = (o: Outcome): boolean => isInternalUse(o.situation.recipient) && o.situation.dataState === 'anonymized';

/** Art. 27(1)(vii) from a provider that is not itself academic: statute-confirmed, guideline silent (§2.4). */
const recipientSideRouteFromNonAcademic = (o: Outcome): boolean =>
  o.recommended === 'academic_exception' &&
  !isAcademicBody(o.situation.provider) &&
  o.fits.academic_exception.reasons.includes('academic_recipient_side_route');

export const warningRules: readonly WarningRule[] = [
  {
    id: 'out_of_scope_data_origin',
    citations: ['gl_1_scope'],
    applies: (o) => o.situation.dataOrigin !== 'clinical_care',
    beyondAppi: true,
  },
  {
    id: 'out_of_scope_product',
    citations: ['gl_1_scope'],
    applies: (o) => o.situation.productKind !== 'diagnostic_ai_software',
    beyondAppi: true,
  },
  {
    id: 'provided_before_publication',
    citations: ['ppc_q14_18_joint_use_items', 'appi_41_6_provision_ban', 'inference_unlawful_prior_provision'],
    applies: (o) => o.situation.provisionStatus === 'provided_without_publication',
  },
  {
    id: 'recipient_holds_key',
    citations: ['gl_3_4_not_recommended', 'appi_41_7_8_identification_contact', 'appi_42_recipient'],
    applies: (o) => o.situation.keyHolder === 'recipient_too',
  },
  {
    id: 'academic_label_for_product_only',
    citations: ['ppc_gl_2_19_academic_purpose', 'gl_2_6_basis_table', 'ppc_q11_6_academic_partners'],
    applies: (o) => o.situation.purpose === 'product_only' && o.situation.jointResearch === true,
  },
  {
    id: 'relink_request_prohibited',
    citations: ['appi_41_7_8_identification_contact', 'appi_42_recipient'],
    // Also when the recipient would hold the key: taking it in order to re-link is the banned act (Art. 42(3)).
    applies: (o) =>
      o.situation.laterNeeds.has('relink_outcomes') && (pseudonymizedContext(o) || o.situation.keyHolder === 'recipient_too'),
  },
  {
    id: 'contact_prohibited',
    citations: ['appi_41_7_8_identification_contact', 'appi_42_recipient'],
    applies: (o) => o.situation.laterNeeds.has('contact_patients') && pseudonymizedContext(o),
  },
  {
    id: 'onward_sharing_needs_joint_use',
    citations: ['appi_41_6_provision_ban', 'appi_42_recipient', 'ppc_gl_joint_use_change'],
    applies: (o) => o.situation.laterNeeds.has('share_further'),
  },
  {
    // Only 仮名加工情報 to a joint user outside the EEA/UK without a Rule 16 system is open (§10.2); the rest of
    // Art. 28 is settled and handled by the verdicts and the checklist.
    id: 'foreign_recipient_unsettled',
    citations: ['appi_28_foreign', 'appi_41_6_provision_ban', 'inference_pseudonymized_abroad_open', 'ppc_q9_11_foreign_non_personal'],
    applies: (o) => o.fits.pseudonymized_joint_use.reasons.includes('pseudonymized_joint_use_foreign_unsettled'),
  },
  {
    // Settled statute: entrustment and joint use do not reach a recipient outside the EEA/UK without a Rule 16
    // system; consent to foreign provision or an Art. 27(1) item is needed (PPC Q12-1).
    id: 'foreign_provision_needs_basis',
    citations: ['appi_28_foreign', 'ppc_q12_1_foreign_entrustment'],
    applies: (o) => o.situation.foreignRecipient === 'other_country',
  },
  {
    id: 'deceased_outside_appi',
    citations: ['appi_2_1_living_individuals', 'ppc_faq4_q005_deceased', 'ethics_guideline', 'inference_ethics_deceased'],
    applies: (o) => isOutsideAppi(o.situation),
    beyondAppi: true,
  },
  {
    id: 'deceased_genome_relatives',
    citations: ['ppc_faq4_q005_deceased', 'order_1_genome', 'inference_deceased_genome'],
    applies: (o) => o.situation.dataSubjects === 'deceased_only' && o.situation.dataTypes.has('genome'),
  },
  {
    // The regulator will want to check results against the original records, which 仮名加工情報 cannot give it
    // (§10.1); the Next-Generation Medical Infrastructure Act's 仮名加工医療情報 was made for that (§10.9).
    id: 'next_gen_medical_act_route',
    citations: ['next_gen_medical_act_2023', 'mhlw_2022_pseudonymized_regulatory_gap', 'appi_41_6_provision_ban'],
    applies: (o) =>
      (isToRegulator(o.situation.recipient) && o.situation.dataState === 'pseudonymized') ||
      (o.situation.laterNeeds.has('regulator_source_check') && pseudonymizedContext(o)),
  },
  {
    id: 'vendor_own_improvement_open',
    citations: ['ppc_q5_26_2_entrustment', 'ppc_q7_42_43_entrustment_merge', 'inference_vendor_model_improvement'],
    applies: (o) => o.situation.recipientOwnUse === 'partly',
  },
  {
    // A public body's anonymized information runs through the public-sector procedure, not Arts 43–44 (§10.4).
    id: 'public_body_anonymized_procedure',
    citations: ['appi_58_125_public_bodies', 'mhlw_medical_guidance_public_bodies', 'inference_public_body_anonymized_procedure'],
    applies: (o) => o.fits.anonymized_provision.reasons.includes('anonymized_public_body_procedure') && o.situation.dataState === 'anonymized',
  },
  {
    id: 'guideline_silent',
    citations: (o) => {
      const cited = new Set<CitationId>();
      for (const basis of inconclusiveBases(o)) for (const reason of o.fits[basis].reasons) for (const c of reasonCitations[reason]) cited.add(c);
      if (recipientSideRouteFromNonAcademic(o)) {
        cited.add('gl_2_4_academic_exception');
        cited.add('ppc_q11_6_academic_partners');
      }
      const [first, ...rest] = [...cited];
      return first === undefined ? ['inference_stage_reconstruction'] : [first, ...rest];
    },
    applies: (o) => inconclusiveBases(o).length > 0 || recipientSideRouteFromNonAcademic(o),
  },
  {
    // No basis fits and nothing is open either: the answers rule every route out (for example a recipient that
    // would hold the key). Saying "the guideline is silent" here would be wrong.
    id: 'no_basis_fits',
    citations: ['gl_2_6_basis_table', 'gl_3_4_not_recommended'],
    applies: (o) => o.recommended === null && inconclusiveBases(o).length === 0 && !anonymizedInternalUse(o),
  },
  {
    // Using one's own 匿名加工情報 inside the institution is not a provision: no basis is needed, but the duties
    // of Art. 43 (processing standard, safety, publication of the items, no re-identification) apply.
    id: 'anonymized_internal_use',
    citations: ['appi_43_44_anonymized'],
    applies: anonymizedInternalUse,
  },
  {
    // Art. 27(1)(iv) is anchored at the review stage (reliability inspection); for the regulator at any other
    // stage the sources name no basis, so the user should ask the regulator what it requests and under which law.
    id: 'regulator_outside_review',
    citations: ['gl_ch6_reliability_inspection', 'appi_27_1_iv_statutory', 'inference_stage_reconstruction'],
    applies: (o) => o.fits.statutory_cooperation.reasons.includes('statutory_other_stage_unconfirmed'),
  },
  {
    id: 'anonymized_not_guideline_model',
    citations: ['appi_43_44_anonymized', 'gl_1_scope'],
    applies: (o) => o.situation.dataState === 'anonymized',
  },
  {
    // The 2026 amendment may change these cases most (reference §2.7); it is not applied before it is in force.
    id: 'law_change_pending',
    citations: ['appi_amendment_2026', 'inference_amendment_2026_contents'],
    applies: (o) =>
      !isToRegulator(o.situation.recipient) &&
      (o.situation.provider === 'non_academic_medical' || o.situation.purpose === 'product_only'),
  },
  {
    id: 'genome_sequence_excluded',
    citations: ['order_1_genome', 'ppc_faq3_q2_3_identifiers', 'appi_41_1_rule_31'],
    applies: (o) => o.situation.dataTypes.has('genome') && pseudonymizedContext(o),
  },
  {
    id: 'face_and_video_processing_unsettled',
    citations: ['gl_ch4_5_processing', 'mhlw_2023_face_and_genome'],
    applies: (o) =>
      (o.situation.dataTypes.has('head_scan_face') || o.situation.dataTypes.has('video_audio')) && pseudonymizedContext(o),
  },
  {
    id: 'stage_basis_unconfirmed',
    citations: ['gl_ch6_stage_model', 'inference_stage_reconstruction'],
    applies: (o) => stageNameCertainty[o.situation.stage] === 'reconstructed',
    beyondAppi: true,
  },
  {
    // From 開発 on the guideline expects product development to dominate (ch.6); an academic-only answer there
    // is worth a second look, since the academic exception then carries the recommendation (§8.3).
    id: 'academic_purpose_at_product_stage',
    citations: ['gl_ch6_stage_model', 'ppc_gl_2_19_academic_purpose', 'inference_stage_reconstruction'],
    applies: (o) =>
      o.situation.purpose === 'academic_only' &&
      isExternalProvision(o.situation.recipient) &&
      stagePhase(o.situation.stage) !== 'academic_dominant' &&
      o.recommended === 'academic_exception',
  },
  {
    id: 'ethics_review_not_arranged',
    citations: ['ethics_guideline'],
    applies: (o) => o.situation.ethicsReview === 'none' || o.situation.ethicsReview === 'unsure',
    beyondAppi: true,
  },
];
