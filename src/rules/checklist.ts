import type { Fit } from './bases';
import { isExternalProvision, isToRegulator, stagePhase } from './facts';
import type { BasisId, ChecklistId, CitationId, DataTypeId, NonEmpty, Owner, StageId } from './schema';
import type { Situation } from './situation';

/** What checklist and warning predicates may read: the answers and the outcome at the assessed stage. */
export interface Outcome {
  readonly situation: Situation;
  readonly recommended: BasisId | null;
  readonly fits: Readonly<Record<BasisId, Fit>>;
  readonly timeline: readonly { readonly stage: StageId; readonly recommendedBasis: BasisId | null }[];
}

export type ChecklistGroup = 'before_provision' | 'processing' | 'publication_agreements' | 'after_provision';

export interface ChecklistItem {
  readonly id: ChecklistId;
  readonly group: ChecklistGroup;
  /** Who does it: the provider, the recipient, both, or the research lead (the principal investigator). */
  readonly owner: Owner;
  readonly citations: NonEmpty<CitationId>;
  readonly applies: (o: Outcome) => boolean;
  /** Also for data outside APPI (deceased patients only): items of the ethics guideline, not of the Act. */
  readonly beyondAppi?: true;
}

const recommends = (o: Outcome, ...bases: BasisId[]): boolean => o.recommended !== null && bases.includes(o.recommended);
/** The data will be (or already was) turned into 仮名加工情報 under the chosen basis. */
const pseudonymizing = (o: Outcome): boolean => recommends(o, 'pseudonymized_joint_use', 'pseudonymized_internal_use');
const processes = (o: Outcome, type: DataTypeId): boolean => pseudonymizing(o) && o.situation.dataTypes.has(type);

/**
 * The checklist, grouped as the result page shows it. Processing items follow the data types selected;
 * their legal floor is Rule 31, the rest is practice (the guideline's ch.4–5 procedures could not be read).
 */
export const checklistItems: readonly ChecklistItem[] = [
  // before provision
  {
    id: 'obtain_valid_consent',
    group: 'before_provision',
    owner: 'provider',
    citations: ['appi_27_1_consent', 'appi_20_2_consent_sensitive', 'ethics_guideline'],
    applies: (o) => recommends(o, 'consent'),
  },
  {
    id: 'confirm_academic_body_status',
    group: 'before_provision',
    owner: 'both',
    citations: ['appi_16_8_academic_body', 'gl_2_2_operator_types'],
    applies: (o) => recommends(o, 'academic_exception'),
  },
  {
    id: 'joint_research_agreement',
    group: 'before_provision',
    owner: 'both',
    citations: ['appi_27_1_vi_joint_research', 'ppc_q11_6_academic_partners'],
    applies: (o) => recommends(o, 'academic_exception') && o.fits.academic_exception.reasons.includes('academic_joint_research_provision'),
  },
  {
    id: 'assess_unjust_infringement',
    group: 'before_provision',
    owner: 'both',
    citations: ['appi_18_3_v_vi_academic', 'appi_27_1_vi_joint_research', 'appi_27_1_vii_academic_recipient'],
    applies: (o) => recommends(o, 'academic_exception'),
  },
  {
    id: 'document_public_health_necessity',
    group: 'before_provision',
    owner: 'provider',
    citations: ['appi_27_1_iii_public_health', 'ppc_faq3_q4_1_public_health', 'gl_2_5_public_health'],
    applies: (o) => ['conditional', 'inconclusive'].includes(o.fits.public_health_exception.verdict),
  },
  {
    id: 'document_consent_difficulty',
    group: 'before_provision',
    owner: 'provider',
    citations: ['appi_27_1_iii_public_health', 'gl_2_6_basis_table'],
    applies: (o) => ['conditional', 'inconclusive'].includes(o.fits.public_health_exception.verdict),
  },
  {
    id: 'ethics_review',
    group: 'before_provision',
    owner: 'researcher',
    citations: ['ethics_guideline'],
    applies: () => true,
    beyondAppi: true,
  },
  {
    id: 'entrustment_contract_supervision',
    group: 'before_provision',
    owner: 'provider',
    citations: ['appi_27_5_i_entrustment', 'appi_25_supervision', 'ppc_q7_42_43_entrustment_merge'],
    applies: (o) => recommends(o, 'entrustment'),
  },
  {
    id: 'foreign_transfer_check',
    group: 'before_provision',
    owner: 'provider',
    citations: ['appi_28_foreign', 'ppc_q12_1_foreign_entrustment', 'inference_rule_15_eea_uk'],
    applies: (o) => o.situation.foreignRecipient !== undefined && o.situation.foreignRecipient !== 'no',
  },
  {
    // Consent to a recipient abroad that is neither in the EEA/UK nor bound by a Rule 16 system (Art. 28(1)(2)).
    id: 'foreign_consent_information',
    group: 'before_provision',
    owner: 'provider',
    citations: ['rule_17_foreign_consent_information', 'appi_28_foreign', 'ppc_q12_14_foreign_consent'],
    applies: (o) => o.fits.consent.reasons.includes('consent_foreign_third_party') && o.fits.consent.verdict !== 'not_appropriate',
  },
  {
    id: 'conforming_system_monitoring',
    group: 'after_provision',
    owner: 'provider',
    citations: ['appi_28_foreign', 'inference_art_28_3_monitoring'],
    applies: (o) => o.situation.foreignRecipient === 'conforming_system' && o.recommended !== null,
  },
  {
    // Kept or processed on servers abroad: understand the country's regime and name it (§10.3).
    id: 'foreign_environment_check',
    group: 'before_provision',
    owner: 'both',
    citations: [
      'appi_23_safety_foreign',
      'appi_32_foreign_country_disclosure',
      'ppc_my_number_q16_4_foreign_cloud',
      'inference_cloud_storage_not_provision',
      'ppc_q10_24_foreign_entrustment_environment',
    ],
    // Also when the handling is entrusted to a party abroad: the provider then handles the data in that country
    // through it, and must know the regime there and name the country (PPC FAQ Q10-24).
    applies: (o) =>
      o.situation.foreignStorage ||
      (recommends(o, 'entrustment') && o.situation.foreignRecipient !== undefined && o.situation.foreignRecipient !== 'no'),
  },
  {
    id: 'confirm_genuine_academic_aim',
    group: 'before_provision',
    owner: 'researcher',
    citations: ['ppc_q11_6_academic_partners', 'gl_2_6_basis_table'],
    applies: (o) => o.fits.academic_exception.reasons.includes('academic_genuine_aim_required') && recommends(o, 'academic_exception'),
  },
  {
    // Every public body treated as a private operator (Art. 58): disclosure requests and anonymization stay under
    // the public-sector rules (§10.4).
    id: 'public_body_rules',
    group: 'before_provision',
    owner: 'provider',
    citations: ['appi_58_125_public_bodies', 'ppc_faq3_q1_3_public_bodies', 'mhlw_medical_guidance_public_bodies'],
    applies: (o) => o.situation.providerSector === 'public_body',
  },
  {
    // A later stage where the guideline's model names another basis; stages it leaves open show on the timeline.
    id: 'plan_stage_transition',
    group: 'before_provision',
    owner: 'researcher',
    citations: ['gl_ch6_stage_model'],
    applies: (o) => {
      if (isToRegulator(o.situation.recipient)) return false;
      const at = o.timeline.findIndex((entry) => entry.stage === o.situation.stage);
      return o.timeline
        .slice(at + 1)
        .some((entry) => entry.recommendedBasis !== null && entry.recommendedBasis !== o.recommended);
    },
  },
  {
    id: 'remediate_prior_provision',
    group: 'before_provision',
    owner: 'provider',
    citations: ['ppc_q14_18_joint_use_items', 'appi_41_6_provision_ban', 'inference_unlawful_prior_provision'],
    applies: (o) => o.situation.provisionStatus === 'provided_without_publication',
  },
  // processing the data
  {
    id: 'process_per_rule_31',
    group: 'processing',
    owner: 'provider',
    citations: ['appi_41_1_rule_31'],
    applies: (o) => pseudonymizing(o) && o.situation.dataState === 'identifiable',
  },
  {
    id: 'verify_existing_pseudonymization',
    group: 'processing',
    owner: 'provider',
    citations: ['ppc_q14_5_already_pseudonymized', 'appi_41_1_rule_31'],
    applies: (o) => pseudonymizing(o) && o.situation.dataState === 'pseudonymized',
  },
  {
    id: 'secure_deletion_info',
    group: 'processing',
    owner: 'provider',
    citations: ['appi_41_2_rule_32'],
    applies: pseudonymizing,
  },
  {
    id: 'keep_key_at_provider',
    group: 'processing',
    owner: 'provider',
    citations: ['appi_41_2_rule_32', 'gl_3_4_not_recommended', 'appi_42_recipient'],
    applies: (o) => recommends(o, 'pseudonymized_joint_use'),
  },
  {
    id: 'remove_ehr_identifiers',
    group: 'processing',
    owner: 'provider',
    citations: ['appi_41_1_rule_31', 'rule_3_insurance_numbers', 'ppc_faq3_q2_3_identifiers'],
    applies: (o) => processes(o, 'ehr_structured'),
  },
  {
    id: 'scrub_free_text',
    group: 'processing',
    owner: 'provider',
    citations: ['appi_41_1_rule_31', 'inference_processing_practice'],
    applies: (o) => processes(o, 'free_text'),
  },
  {
    id: 'clean_dicom_headers',
    group: 'processing',
    owner: 'provider',
    citations: ['appi_41_1_rule_31', 'dicom_ps3_15', 'inference_processing_practice'],
    applies: (o) => processes(o, 'dicom_images'),
  },
  {
    id: 'remove_burned_in_text',
    group: 'processing',
    owner: 'provider',
    citations: ['appi_41_1_rule_31', 'dicom_ps3_15', 'inference_processing_practice'],
    applies: (o) => processes(o, 'burned_in_text'),
  },
  {
    id: 'mask_wsi_labels',
    group: 'processing',
    owner: 'provider',
    citations: ['appi_41_1_rule_31', 'inference_processing_practice'],
    applies: (o) => processes(o, 'pathology_wsi'),
  },
  {
    id: 'deface_head_scans',
    group: 'processing',
    owner: 'provider',
    citations: ['mhlw_2023_face_and_genome', 'gl_ch4_5_processing', 'inference_processing_practice'],
    applies: (o) => processes(o, 'head_scan_face'),
  },
  {
    id: 'strip_video_audio_overlays',
    group: 'processing',
    owner: 'provider',
    citations: ['appi_41_1_rule_31', 'mhlw_2023_face_and_genome', 'inference_processing_practice'],
    applies: (o) => processes(o, 'video_audio'),
  },
  {
    id: 'assess_genome_identifiers',
    group: 'processing',
    owner: 'provider',
    citations: ['order_1_genome', 'ppc_faq3_q2_3_identifiers', 'appi_41_1_rule_31'],
    applies: (o) => processes(o, 'genome'),
  },
  {
    id: 'review_rare_disease_uniqueness',
    group: 'processing',
    owner: 'provider',
    citations: ['appi_41_1_rule_31', 'inference_processing_practice'],
    applies: (o) => processes(o, 'rare_disease'),
  },
  // publication and agreements
  {
    id: 'publish_pseudonymized_purpose',
    group: 'publication_agreements',
    owner: 'provider',
    citations: ['appi_41_3_4_purpose', 'ppc_q14_15_purpose_publication'],
    applies: pseudonymizing,
  },
  {
    id: 'publish_joint_use_items',
    group: 'publication_agreements',
    owner: 'provider',
    citations: ['ppc_q14_18_joint_use_items', 'appi_41_6_provision_ban', 'appi_27_5_iii_joint_use'],
    applies: (o) => recommends(o, 'pseudonymized_joint_use'),
  },
  {
    id: 'joint_use_agreement',
    group: 'publication_agreements',
    owner: 'both',
    citations: ['gl_3_2_joint_use', 'ppc_q14_18_joint_use_items', 'appi_42_recipient'],
    applies: (o) => recommends(o, 'pseudonymized_joint_use'),
  },
  {
    id: 'publish_anonymized_items',
    group: 'publication_agreements',
    owner: 'provider',
    citations: ['appi_43_44_anonymized'],
    applies: (o) => recommends(o, 'anonymized_provision'),
  },
  // after provision
  {
    id: 'no_reidentification_no_contact',
    group: 'after_provision',
    owner: 'recipient',
    citations: ['appi_41_7_8_identification_contact', 'appi_42_recipient'],
    applies: (o) => pseudonymizing(o) || o.situation.dataState === 'pseudonymized',
  },
  {
    id: 'record_provision',
    group: 'after_provision',
    owner: 'both',
    citations: ['appi_29_records', 'inference_records'],
    applies: (o) => o.recommended !== null && isExternalProvision(o.situation.recipient),
  },
  {
    id: 'regulator_source_documents',
    group: 'after_provision',
    owner: 'provider',
    citations: ['gl_ch6_reliability_inspection', 'appi_27_1_iv_statutory'],
    applies: (o) =>
      o.situation.laterNeeds.has('regulator_source_check') ||
      isToRegulator(o.situation.recipient) ||
      stagePhase(o.situation.stage) === 'regulatory_review',
  },
];
