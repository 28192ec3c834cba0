import type { CitationId, NonEmpty, ReasonId } from './schema';

/** What each reason rests on. A verdict's citations are the union of its reasons' citations. */
export const reasonCitations: Readonly<Record<ReasonId, NonEmpty<CitationId>>> = {
  consent_obtained_covers_use: ['appi_17_18_purpose', 'appi_20_2_consent_sensitive', 'appi_27_1_consent', 'gl_2_6_basis_table'],
  consent_obtainable: ['appi_17_18_purpose', 'appi_20_2_consent_sensitive', 'appi_27_1_consent'],
  consent_impractical: ['gl_2_6_basis_table', 'gl_1_scope'],
  consent_not_route_for_pseudonymized: ['appi_41_6_provision_ban', 'appi_41_3_4_purpose'],
  consent_not_needed_for_anonymized: ['appi_43_44_anonymized'],
  consent_foreign_third_party: ['appi_28_foreign', 'rule_17_foreign_consent_information', 'ppc_q12_1_foreign_entrustment', 'ppc_q12_14_foreign_consent'],

  academic_joint_research_provision: [
    'gl_2_6_basis_table',
    'appi_27_1_vi_joint_research',
    'appi_20_2_v_vi_academic',
    'appi_18_3_v_vi_academic',
    'ppc_q11_6_academic_partners',
  ],
  academic_recipient_side_route: [
    'appi_27_1_vii_academic_recipient',
    'appi_18_3_v_vi_academic',
    'appi_20_2_v_vi_academic',
    'ppc_q11_6_academic_partners',
  ],
  academic_internal_use: ['appi_18_3_v_vi_academic', 'appi_16_8_academic_body'],
  product_only_not_academic: ['gl_2_6_basis_table', 'gl_2_1_purposes', 'ppc_gl_2_19_academic_purpose'],
  provider_not_academic: ['gl_2_2_operator_types', 'appi_16_8_academic_body', 'appi_18_3_v_vi_academic'],
  no_joint_research: ['appi_27_1_vi_joint_research', 'appi_27_1_vii_academic_recipient', 'ppc_q11_6_academic_partners'],
  academic_exceptions_closed_for_pseudonymized: ['appi_41_6_provision_ban', 'appi_42_recipient'],
  academic_not_for_anonymized: ['appi_43_44_anonymized'],
  academic_genuine_aim_required: ['ppc_q11_6_academic_partners', 'gl_2_6_basis_table', 'ppc_gl_2_19_academic_purpose'],

  public_health_possible_case_by_case: [
    'gl_2_6_basis_table',
    'gl_2_5_public_health',
    'appi_18_3_iii_public_health',
    'appi_27_1_iii_public_health',
    'ppc_faq3_q4_1_public_health',
    'mhlw_2022_public_health_rarely',
  ],
  public_health_need_unsure: ['gl_2_5_public_health', 'appi_27_1_iii_public_health', 'ppc_faq3_q4_1_public_health'],
  public_health_need_absent: ['appi_18_3_iii_public_health', 'appi_27_1_iii_public_health'],
  public_health_requires_consent_difficulty: ['gl_2_6_basis_table', 'appi_27_1_iii_public_health'],
  public_health_not_for_pseudonymized: ['appi_41_6_provision_ban', 'appi_43_44_anonymized'],
  public_health_hospital_case_research: [
    'ppc_q7_24_case_research',
    'ppc_q2_15_inhouse_research',
    'appi_18_3_iii_public_health',
    'appi_27_1_iii_public_health',
    'ppc_faq3_q4_1_public_health',
    'inference_public_health_hospital_research',
  ],

  entrustment_for_provider_work_only: ['appi_27_5_i_entrustment', 'appi_25_supervision', 'ppc_q5_26_2_entrustment'],
  entrustment_fails_partly_own_use: ['ppc_q5_26_2_entrustment', 'ppc_q7_42_43_entrustment_merge', 'inference_vendor_model_improvement'],
  entrustment_foreign_needs_art_28: ['appi_28_foreign', 'ppc_q12_1_foreign_entrustment', 'inference_rule_15_eea_uk'],
  entrustment_fails_own_use: [
    'gl_2_6_basis_table',
    'appi_27_5_i_entrustment',
    'ppc_q5_26_2_entrustment',
    'ppc_q7_42_43_entrustment_merge',
  ],

  personal_joint_use_outside_acquisition_purpose: ['gl_2_6_basis_table', 'appi_27_5_iii_joint_use', 'ppc_q7_51_joint_use_purpose'],
  personal_joint_use_not_for_processed_data: ['appi_27_5_iii_joint_use', 'appi_41_6_provision_ban'],
  personal_joint_use_foreign_needs_art_28: ['appi_28_foreign', 'ppc_q12_1_foreign_entrustment', 'inference_foreign_joint_use'],

  pseudonymized_joint_use_model_route: [
    'gl_ch6_stage_model',
    'gl_2_6_basis_table',
    'appi_41_6_provision_ban',
    'appi_27_5_iii_joint_use',
    'appi_42_recipient',
    'appi_20_2_viii_order_9',
    'ppc_q14_18_joint_use_items',
  ],
  pseudonymized_joint_use_purpose_free: ['gl_3_2_joint_use', 'appi_41_9_exclusions', 'ppc_q14_18_joint_use_items'],
  pseudonymized_joint_use_needs_medical_creator: ['gl_2_6_basis_table', 'gl_3_4_not_recommended'],
  pseudonymized_joint_use_key_at_recipient: ['gl_3_4_not_recommended', 'appi_41_7_8_identification_contact', 'appi_42_recipient'],
  pseudonymized_joint_use_foreign_unsettled: [
    'appi_28_foreign',
    'appi_41_6_provision_ban',
    'ppc_q14_17_pseudonymized_ban',
    'inference_pseudonymized_abroad_open',
  ],
  pseudonymized_joint_use_stage_unconfirmed: ['gl_ch6_stage_model', 'inference_stage_reconstruction'],
  pseudonymized_not_for_anonymized: ['appi_43_44_anonymized'],
  pseudonymized_joint_use_publish_first: ['ppc_q14_18_joint_use_items', 'appi_41_6_provision_ban', 'inference_unlawful_prior_provision'],
  pseudonymized_joint_use_excludes_genome_sequences: ['order_1_genome', 'ppc_faq3_q2_3_identifiers', 'appi_41_1_rule_31'],

  internal_purpose_change_allowed: [
    'appi_41_1_rule_31',
    'appi_41_3_4_purpose',
    'appi_41_9_exclusions',
    'ppc_q14_15_purpose_publication',
  ],
  internal_use_only: ['appi_41_3_4_purpose', 'appi_41_6_provision_ban'],

  statutory_reliability_inspection: ['gl_ch6_reliability_inspection', 'appi_27_1_iv_statutory'],
  statutory_other_stage_unconfirmed: ['appi_27_1_iv_statutory', 'inference_stage_reconstruction'],
  statutory_source_documents_later: ['gl_ch6_reliability_inspection', 'appi_27_1_iv_statutory', 'appi_41_7_8_identification_contact'],
  statutory_only_for_regulator: ['appi_27_1_iv_statutory'],
  statutory_pseudonymized_to_regulator_open: [
    'appi_41_6_provision_ban',
    'ppc_q14_17_pseudonymized_ban',
    'mhlw_2022_pseudonymized_regulatory_gap',
    'inference_pseudonymized_to_regulator',
  ],

  anonymized_statutory_route: ['appi_43_44_anonymized', 'gl_1_scope'],
  anonymized_alternative_loses_traceability: ['appi_43_44_anonymized', 'gl_ch6_reliability_inspection'],
  anonymized_not_for_internal_or_regulator: ['appi_43_44_anonymized'],
  anonymized_public_body_procedure: [
    'appi_58_125_public_bodies',
    'mhlw_medical_guidance_public_bodies',
    'ppc_faq3_q1_3_public_bodies',
    'inference_public_body_anonymized_procedure',
  ],

  opt_out_barred_for_sensitive: ['appi_27_2_opt_out', 'appi_2_3_sensitive'],
  opt_out_not_relevant: ['appi_27_2_opt_out'],

  no_provision_internal: ['appi_27_1_consent'],
  provision_to_regulator_only: ['appi_27_1_iv_statutory'],
  deceased_not_personal_information: ['appi_2_1_living_individuals', 'ppc_faq4_q005_deceased'],
};
