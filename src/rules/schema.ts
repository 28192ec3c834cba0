import { z } from 'zod/mini';

// Ids come from shared/domain/model.md. Saved files, the command line and outside checks depend on them:
// never rename one without a migration.

export const DataOrigin = z.enum(['clinical_care', 'other']);
export const DataSubjects = z.enum(['includes_living', 'deceased_only']);
export const ProviderSector = z.enum(['private', 'public_body']);
export const ProductKind = z.enum(['diagnostic_ai_software', 'other_medical_device', 'not_medical_device']);
export const OperatorType = z.enum(['academic_medical', 'non_academic_medical', 'academic_non_medical', 'company']);
export const RecipientType = z.enum([...OperatorType.options, 'same_institution', 'regulator']);
export const Purpose = z.enum(['academic_only', 'academic_and_product', 'product_only']);
export const YesNo = z.enum(['yes', 'no']);
export const RecipientOwnUse = z.enum(['no', 'partly', 'yes']);
export const ForeignRecipient = z.enum(['no', 'adequate_country', 'conforming_system', 'other_country']);
export const Stage = z.enum([
  'basic_research',
  'exploration',
  'development',
  'performance_evaluation',
  'application_preparation',
  'regulatory_review',
  'post_market',
]);
export const DataState = z.enum(['identifiable', 'pseudonymized', 'anonymized']);
export const DataType = z.enum([
  'ehr_structured',
  'free_text',
  'dicom_images',
  'burned_in_text',
  'pathology_wsi',
  'head_scan_face',
  'video_audio',
  'genome',
  'rare_disease',
]);
export const Consent = z.enum(['obtained', 'obtainable', 'difficult']);
export const PublicHealthNeed = z.enum(['yes', 'no', 'unsure']);
export const KeyHolder = z.enum(['provider_only', 'recipient_too']);
export const ProvisionStatus = z.enum(['not_yet', 'provided_after_publication', 'provided_without_publication']);
export const LaterNeed = z.enum(['relink_outcomes', 'contact_patients', 'share_further', 'regulator_source_check']);
export const EthicsReview = z.enum(['approved', 'planned', 'none', 'unsure']);

/** Multi-select answers: a set, so duplicates are rejected rather than silently merged. */
export const uniqueList = <T extends z.ZodMiniType<string>>(item: T) =>
  z.array(item).check(z.refine((list) => new Set(list).size === list.length, { error: 'duplicate_ids' }));

export const assessmentInputSchema = z.partial(
  z.strictObject({
    dataOrigin: DataOrigin,
    dataSubjects: DataSubjects,
    productKind: ProductKind,
    providerType: OperatorType,
    providerSector: ProviderSector,
    recipientType: RecipientType,
    purpose: Purpose,
    jointResearch: YesNo,
    stage: Stage,
    dataState: DataState,
    dataTypes: uniqueList(DataType),
    consent: Consent,
    publicHealthNeed: PublicHealthNeed,
    recipientOwnUse: RecipientOwnUse,
    keyHolder: KeyHolder,
    foreignRecipient: ForeignRecipient,
    foreignStorage: YesNo,
    provisionStatus: ProvisionStatus,
    laterNeeds: uniqueList(LaterNeed),
    ethicsReview: EthicsReview,
  }),
);

export type AssessmentInput = z.infer<typeof assessmentInputSchema>;
export type QuestionId = keyof AssessmentInput;
export type StageId = z.infer<typeof Stage>;
export type DataTypeId = z.infer<typeof DataType>;
export type LaterNeedId = z.infer<typeof LaterNeed>;

export const BasisId = z.enum([
  'consent',
  'academic_exception',
  'public_health_exception',
  'entrustment',
  'personal_data_joint_use',
  'pseudonymized_joint_use',
  'pseudonymized_internal_use',
  'statutory_cooperation',
  'anonymized_provision',
  'opt_out',
]);
export type BasisId = z.infer<typeof BasisId>;

export const Verdict = z.enum([
  'recommended',
  'acceptable',
  'conditional',
  'not_appropriate',
  'inconclusive',
  'not_applicable',
]);
export type Verdict = z.infer<typeof Verdict>;

export const EvidenceLevel = z.enum(['guideline', 'statute', 'regulator_guidance', 'standard', 'inference']);
export type EvidenceLevel = z.infer<typeof EvidenceLevel>;

export const ChecklistId = z.enum([
  // from model.md
  'obtain_valid_consent',
  'confirm_academic_body_status',
  'joint_research_agreement',
  'assess_unjust_infringement',
  'document_public_health_necessity',
  'document_consent_difficulty',
  'ethics_review',
  'process_per_rule_31',
  'secure_deletion_info',
  'keep_key_at_provider',
  'publish_pseudonymized_purpose',
  'publish_joint_use_items',
  'joint_use_agreement',
  'no_reidentification_no_contact',
  'entrustment_contract_supervision',
  'clean_dicom_headers',
  'remove_burned_in_text',
  'mask_wsi_labels',
  'deface_head_scans',
  'strip_video_audio_overlays',
  'scrub_free_text',
  'assess_genome_identifiers',
  'review_rare_disease_uniqueness',
  'foreign_transfer_check',
  'record_provision',
  'plan_stage_transition',
  'regulator_source_documents',
  // added from guideline-reference.md
  'remove_ehr_identifiers',
  'verify_existing_pseudonymization',
  'publish_anonymized_items',
  'remediate_prior_provision',
  // rule set 2 (model.md "Rule set 2"; guideline-reference.md §10)
  'foreign_environment_check',
  'foreign_consent_information',
  'conforming_system_monitoring',
  'confirm_genuine_academic_aim',
  'public_body_rules',
]);
export type ChecklistId = z.infer<typeof ChecklistId>;

export const WarningId = z.enum([
  // from model.md
  'out_of_scope_data_origin',
  'out_of_scope_product',
  'provided_before_publication',
  'recipient_holds_key',
  'academic_label_for_product_only',
  'relink_request_prohibited',
  'contact_prohibited',
  'onward_sharing_needs_joint_use',
  'foreign_recipient_unsettled',
  'guideline_silent',
  'anonymized_not_guideline_model',
  'law_change_pending',
  // added from guideline-reference.md
  'genome_sequence_excluded',
  'face_and_video_processing_unsettled',
  'stage_basis_unconfirmed',
  'ethics_review_not_arranged',
  'academic_purpose_at_product_stage',
  'no_basis_fits',
  // rule set 2
  'deceased_outside_appi',
  'deceased_genome_relatives',
  'next_gen_medical_act_route',
  'vendor_own_improvement_open',
  'public_body_anonymized_procedure',
  'foreign_provision_needs_basis',
  'anonymized_internal_use',
  'regulator_outside_review',
]);
export type WarningId = z.infer<typeof WarningId>;

export const ReasonId = z.enum([
  // consent
  'consent_obtained_covers_use',
  'consent_obtainable',
  'consent_impractical',
  'consent_not_route_for_pseudonymized',
  'consent_not_needed_for_anonymized',
  'consent_foreign_third_party',
  // academic exception
  'academic_joint_research_provision',
  'academic_recipient_side_route',
  'academic_internal_use',
  'product_only_not_academic',
  'provider_not_academic',
  'no_joint_research',
  'academic_exceptions_closed_for_pseudonymized',
  'academic_not_for_anonymized',
  'academic_genuine_aim_required',
  // public health
  'public_health_possible_case_by_case',
  'public_health_need_unsure',
  'public_health_need_absent',
  'public_health_requires_consent_difficulty',
  'public_health_not_for_pseudonymized',
  'public_health_hospital_case_research',
  // entrustment
  'entrustment_for_provider_work_only',
  'entrustment_fails_own_use',
  'entrustment_fails_partly_own_use',
  'entrustment_foreign_needs_art_28',
  // personal-data joint use
  'personal_joint_use_outside_acquisition_purpose',
  'personal_joint_use_not_for_processed_data',
  'personal_joint_use_foreign_needs_art_28',
  // pseudonymized joint use
  'pseudonymized_joint_use_model_route',
  'pseudonymized_joint_use_purpose_free',
  'pseudonymized_joint_use_needs_medical_creator',
  'pseudonymized_joint_use_key_at_recipient',
  'pseudonymized_joint_use_foreign_unsettled',
  'pseudonymized_joint_use_stage_unconfirmed',
  'pseudonymized_not_for_anonymized',
  'pseudonymized_joint_use_publish_first',
  'pseudonymized_joint_use_excludes_genome_sequences',
  // pseudonymized internal use
  'internal_purpose_change_allowed',
  'internal_use_only',
  // statutory cooperation
  'statutory_reliability_inspection',
  'statutory_other_stage_unconfirmed',
  'statutory_source_documents_later',
  'statutory_only_for_regulator',
  'statutory_pseudonymized_to_regulator_open',
  // anonymized provision
  'anonymized_statutory_route',
  'anonymized_alternative_loses_traceability',
  'anonymized_not_for_internal_or_regulator',
  'anonymized_public_body_procedure',
  // opt-out
  'opt_out_barred_for_sensitive',
  'opt_out_not_relevant',
  // shared
  'no_provision_internal',
  'provision_to_regulator_only',
  'deceased_not_personal_information',
]);
export type ReasonId = z.infer<typeof ReasonId>;

export const CitationId = z.enum([
  // the guideline and its authors' material
  'gl_1_scope',
  'gl_2_1_purposes',
  'gl_2_2_operator_types',
  'gl_2_4_academic_exception',
  'gl_2_5_public_health',
  'gl_2_6_basis_table',
  'gl_3_2_joint_use',
  'gl_3_4_not_recommended',
  'gl_ch4_5_processing',
  'gl_ch6_stage_model',
  'gl_ch6_reliability_inspection',
  // statute
  'appi_2_3_sensitive',
  'appi_16_8_academic_body',
  'appi_17_18_purpose',
  'appi_18_3_iii_public_health',
  'appi_18_3_v_vi_academic',
  'appi_20_2_consent_sensitive',
  'appi_20_2_v_vi_academic',
  'appi_20_2_viii_order_9',
  'appi_25_supervision',
  'appi_27_1_consent',
  'appi_27_1_iii_public_health',
  'appi_27_1_iv_statutory',
  'appi_27_1_vi_joint_research',
  'appi_27_1_vii_academic_recipient',
  'appi_27_2_opt_out',
  'appi_27_5_i_entrustment',
  'appi_27_5_iii_joint_use',
  'appi_28_foreign',
  'appi_29_records',
  'appi_41_1_rule_31',
  'appi_41_2_rule_32',
  'appi_41_3_4_purpose',
  'appi_41_6_provision_ban',
  'appi_41_7_8_identification_contact',
  'appi_41_9_exclusions',
  'appi_42_recipient',
  'appi_43_44_anonymized',
  'order_1_genome',
  'rule_3_insurance_numbers',
  'appi_amendment_2026',
  'appi_2_1_living_individuals',
  'appi_23_safety_foreign',
  'appi_32_foreign_country_disclosure',
  'appi_58_125_public_bodies',
  'rule_17_foreign_consent_information',
  'next_gen_medical_act_2023',
  // regulator guidance
  'ppc_gl_2_19_academic_purpose',
  'ppc_gl_joint_use_change',
  'ppc_q5_26_2_entrustment',
  'ppc_q7_42_43_entrustment_merge',
  'ppc_q7_51_joint_use_purpose',
  'ppc_q11_6_academic_partners',
  'ppc_q14_5_already_pseudonymized',
  'ppc_q14_15_purpose_publication',
  'ppc_q14_18_joint_use_items',
  'ppc_faq3_q2_3_identifiers',
  'ppc_faq3_q4_1_public_health',
  'ppc_q9_11_foreign_non_personal',
  'mhlw_2022_public_health_rarely',
  'mhlw_2023_face_and_genome',
  'ethics_guideline',
  'ppc_q2_15_inhouse_research',
  'ppc_q7_24_case_research',
  'ppc_q12_1_foreign_entrustment',
  'ppc_q12_14_foreign_consent',
  'ppc_q14_17_pseudonymized_ban',
  'ppc_faq3_q1_3_public_bodies',
  'ppc_faq4_q005_deceased',
  'ppc_my_number_q16_4_foreign_cloud',
  'ppc_q10_24_foreign_entrustment_environment',
  'mhlw_2022_pseudonymized_regulatory_gap',
  'mhlw_medical_guidance_public_bodies',
  // technical standards
  'dicom_ps3_15',
  // our reading where the sources stop
  'inference_stage_reconstruction',
  'inference_records',
  'inference_unlawful_prior_provision',
  'inference_processing_practice',
  'inference_rule_15_eea_uk',
  'inference_foreign_joint_use',
  'inference_art_28_3_monitoring',
  'inference_pseudonymized_abroad_open',
  'inference_cloud_storage_not_provision',
  'inference_pseudonymized_to_regulator',
  'inference_public_body_anonymized_procedure',
  'inference_deceased_genome',
  'inference_ethics_deceased',
  'inference_vendor_model_improvement',
  'inference_amendment_2026_contents',
  'inference_public_health_hospital_research',
]);
export type CitationId = z.infer<typeof CitationId>;

/** A non-empty list, so "every verdict, checklist item and warning cites at least one" holds by type. */
export type NonEmpty<T> = readonly [T, ...T[]];

const nonEmptyList = <T extends z.ZodMiniType>(item: T) => z.tuple([item], item);
const citationList = nonEmptyList(CitationId);

export const basisVerdictSchema = z.object({
  basis: BasisId,
  verdict: Verdict,
  reasons: nonEmptyList(ReasonId),
  citations: citationList,
});
export type BasisVerdict = z.infer<typeof basisVerdictSchema>;

/** Who does a checklist item: the party that provides, the one that receives, both, or the research lead. */
export const Owner = z.enum(['provider', 'recipient', 'both', 'researcher']);
export type Owner = z.infer<typeof Owner>;

/** A remedy changes something the user can do (`action`) or who provides or receives the data (`restructure`). */
export const RemedyKind = z.enum(['action', 'restructure']);
export type RemedyKind = z.infer<typeof RemedyKind>;

const answerValue = z.union([z.string(), z.array(z.string())]);
const answerChange = z.object({ question: z.keyof(assessmentInputSchema), answer: answerValue });

export const remedySchema = z.object({
  /** One change, or two at most; never a fact about the project. */
  changes: z.array(answerChange),
  /** Answers the remedy assumes for questions that its changes open (they were not asked before). */
  assumes: z.array(answerChange),
  kind: RemedyKind,
  /** The basis that becomes recommended after the changes, and its verdict in the changed assessment. */
  basis: BasisId,
  verdict: Verdict,
  /** Whether that basis still comes with conditions (its fit is `conditional` rather than `acceptable`). */
  conditional: z.boolean(),
  citations: citationList,
});
export type Remedy = z.infer<typeof remedySchema>;

export const assessmentSchema = z.object({
  rulesVersion: z.string(),
  inScope: z.boolean(),
  stage: Stage,
  recommendedBasis: z.nullable(BasisId),
  bases: z.array(basisVerdictSchema),
  timeline: z.array(z.object({ stage: Stage, recommendedBasis: z.nullable(BasisId) })),
  checklist: z.array(z.object({ id: ChecklistId, citations: citationList, owner: Owner })),
  warnings: z.array(z.object({ id: WarningId, citations: citationList })),
  remedies: z.array(remedySchema),
});
export type Assessment = z.infer<typeof assessmentSchema>;
