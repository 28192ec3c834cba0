import type { CitationId, EvidenceLevel } from './schema';

export type CitationSource =
  | 'guideline'
  | 'appi'
  | 'cabinet_order'
  | 'enforcement_rules'
  | 'ppc_guideline'
  | 'ppc_faq'
  | 'mhlw_material'
  | 'ethics_guideline'
  | 'dicom_standard'
  | 'other_act'
  | 'our_reading';

export interface Citation {
  readonly source: CitationSource;
  readonly level: EvidenceLevel;
  /** Tags of guideline-reference.md §0, so a reviewer can trace each entry to the material we read. */
  readonly basis: readonly string[];
  /** Public address of the material, where one exists. */
  readonly url?: string;
}

const APPI_URL = 'https://laws.e-gov.go.jp/law/415AC0000000057';
const GUIDELINE_URL = 'https://www.mhlw.go.jp/content/001310044.pdf';

const guideline = (basis: readonly string[]): Citation => ({ source: 'guideline', level: 'guideline', basis, url: GUIDELINE_URL });
const appi = (basis: readonly string[]): Citation => ({ source: 'appi', level: 'statute', basis, url: APPI_URL });
const ppcFaq = (basis: readonly string[], url: string): Citation => ({ source: 'ppc_faq', level: 'regulator_guidance', basis, url });
const ourReading = (basis: readonly string[]): Citation => ({ source: 'our_reading', level: 'inference', basis });

/**
 * The citation registry. Words (document name, article, summary) live in locales/<lng>/citations.json;
 * this holds what the rules need to stay honest: which kind of source it is and how strong the evidence is.
 */
export const citations: Readonly<Record<CitationId, Citation>> = {
  gl_1_scope: guideline(['SEED', 'IPSJ']),
  gl_2_1_purposes: guideline(['SEED']),
  gl_2_2_operator_types: guideline(['SEED', 'BL1462']),
  gl_2_4_academic_exception: guideline(['SEED', 'SD']),
  gl_2_5_public_health: guideline(['SD']),
  gl_2_6_basis_table: guideline(['SD', 'SEED']),
  gl_3_2_joint_use: guideline(['SEED', 'R21-4', 'R21-5']),
  gl_3_4_not_recommended: ourReading(['SEED (title only)', 'R21-7']),
  gl_ch4_5_processing: guideline(['SEED (chapter summary only)']),
  gl_ch6_stage_model: guideline(['SEED']),
  gl_ch6_reliability_inspection: guideline(['SEED']),

  appi_2_3_sensitive: appi(['BL1462', 'miyake']),
  appi_16_8_academic_body: appi(['IIJ690']),
  appi_17_18_purpose: appi(['MN18']),
  appi_18_3_iii_public_health: appi(['SD', 'PPC-FAQ3-Q4-1']),
  appi_18_3_v_vi_academic: appi(['MN18', 'IIJ690']),
  appi_20_2_consent_sensitive: appi(['SEED']),
  appi_20_2_v_vi_academic: appi(['SHOBI', 'IIJ690']),
  appi_20_2_viii_order_9: { source: 'cabinet_order', level: 'statute', basis: ['IURIS-PO9'] },
  appi_25_supervision: appi(['PPC-Q5-26-2']),
  appi_27_1_consent: appi(['SEED']),
  appi_27_1_iii_public_health: appi(['SD', 'PPC-Q11-6']),
  appi_27_1_iv_statutory: appi(['SEED']),
  appi_27_1_vi_joint_research: appi(['BS', 'PPC-Q11-6']),
  appi_27_1_vii_academic_recipient: appi(['BS', 'PPC-Q11-6']),
  appi_27_2_opt_out: appi(['SEED', 'Legal500']),
  appi_27_5_i_entrustment: appi(['SD']),
  appi_27_5_iii_joint_use: appi(['SD', 'PPC-Q7-51']),
  appi_28_foreign: appi(['MIYAKE-Q9-11']),
  appi_29_records: appi(['general APPI structure']),
  appi_41_1_rule_31: { source: 'enforcement_rules', level: 'statute', basis: ['KONISHI', 'WIC2329-22'] },
  appi_41_2_rule_32: { source: 'enforcement_rules', level: 'statute', basis: ['IURIS35 (Rule 35 parallel)'] },
  appi_41_3_4_purpose: appi(['PPC-Q14-15']),
  appi_41_6_provision_ban: appi(['UKE', 'PPC-Q14-18']),
  appi_41_7_8_identification_contact: appi(['IURIS-42', 'R21-7']),
  appi_41_9_exclusions: appi(['UKE', 'PPC-Q14-5']),
  appi_42_recipient: appi(['IURIS-42']),
  appi_43_44_anonymized: appi(['reference §8.2 R9']),
  order_1_genome: { source: 'cabinet_order', level: 'statute', basis: ['RULE2', 'PPC-FAQ3-Q2-3'] },
  rule_3_insurance_numbers: { source: 'enforcement_rules', level: 'statute', basis: ['EGOV-R3'] },
  appi_amendment_2026: { source: 'appi', level: 'statute', basis: ['R8', 'R8-PLAN'], url: 'https://www.ppc.go.jp/personalinfo/legal/r8kaiseihogohou/' },
  appi_2_1_living_individuals: appi(['reference §10.5 (Art. 2(1))']),
  appi_23_safety_foreign: appi(['reference §10.3 (Art. 23; 通則編 10-7)']),
  appi_32_foreign_country_disclosure: appi(['reference §10.3 (Art. 32(1)(iv); Cabinet Order Art. 10(i))']),
  appi_58_125_public_bodies: appi(['reference §10.4 (Arts 58, 125(2))', 'PPC-FAQ3-Q1-3']),
  rule_17_foreign_consent_information: { source: 'enforcement_rules', level: 'statute', basis: ['reference §10.2 (Rule 17)', 'PPC-Q12-14'] },
  next_gen_medical_act_2023: {
    source: 'other_act',
    level: 'statute',
    basis: ['reference §10.9', 'WIC13735', 'BL1300'],
    url: 'https://www.wic-net.com/material/document/13735/118',
  },

  ppc_gl_2_19_academic_purpose: { source: 'ppc_guideline', level: 'regulator_guidance', basis: ['SEED'] },
  ppc_gl_joint_use_change: { source: 'ppc_guideline', level: 'regulator_guidance', basis: ['GL-JU'] },
  ppc_q5_26_2_entrustment: ppcFaq(['PPC-Q5-26-2'], 'https://www.ppc.go.jp/all_faq_index/faq1-q5-26-2/'),
  ppc_q7_42_43_entrustment_merge: ppcFaq(['PPC-Q7-42', 'PPC-Q7-43'], 'https://www.ppc.go.jp/all_faq_index/faq1-q7-42/'),
  ppc_q7_51_joint_use_purpose: ppcFaq(['PPC-Q7-51'], 'https://www.ppc.go.jp/all_faq_index/faq1-q7-51/'),
  ppc_q11_6_academic_partners: ppcFaq(['PPC-Q11-6'], 'https://www.ppc.go.jp/all_faq_index/faq1-q11-6'),
  ppc_q14_5_already_pseudonymized: ppcFaq(['PPC-Q14-5'], 'https://www.ppc.go.jp/all_faq_index/faq1-q14-5/'),
  ppc_q14_15_purpose_publication: ppcFaq(['PPC-Q14-15'], 'https://www.ppc.go.jp/all_faq_index/faq1-q14-15/'),
  ppc_q14_18_joint_use_items: ppcFaq(['PPC-Q14-18'], 'https://www.ppc.go.jp/all_faq_index/faq1-q14-18'),
  ppc_faq3_q2_3_identifiers: ppcFaq(['PPC-FAQ3-Q2-3'], 'https://www.ppc.go.jp/all_faq_index/faq3-q2-3'),
  ppc_faq3_q4_1_public_health: ppcFaq(['PPC-FAQ3-Q4-1'], 'https://www.ppc.go.jp/all_faq_index/faq3-q4-1'),
  // Known only through a law firm's newsletter quoting the old Q&A; its current number is unconfirmed, so no link.
  ppc_q9_11_foreign_non_personal: { source: 'ppc_faq', level: 'regulator_guidance', basis: ['MIYAKE-Q9-11'] },
  mhlw_2022_public_health_rarely: { source: 'mhlw_material', level: 'regulator_guidance', basis: ['WIC1909'], url: 'https://wic-net.com/material/document/1909/15' },
  mhlw_2023_face_and_genome: { source: 'mhlw_material', level: 'regulator_guidance', basis: ['WIC9851'], url: 'https://www.wic-net.com/material/document/9851/17' },
  ethics_guideline: { source: 'ethics_guideline', level: 'regulator_guidance', basis: ['ETH'] },
  // Q2-15 is known through the reference's reading of the PPC Q&A; its page address was not seen, so no link.
  ppc_q2_15_inhouse_research: { source: 'ppc_faq', level: 'regulator_guidance', basis: ['reference §10.7 (PPC Q2-15)'] },
  ppc_q7_24_case_research: ppcFaq(['reference §10.7 (PPC Q7-24)'], 'https://www.ppc.go.jp/all_faq_index/faq1-q7-24/'),
  ppc_q12_1_foreign_entrustment: ppcFaq(['reference §10.2 (PPC Q12-1)'], 'https://www.ppc.go.jp/all_faq_index/faq1-q12-1'),
  ppc_q12_14_foreign_consent: { source: 'ppc_faq', level: 'regulator_guidance', basis: ['reference §10.2 (PPC Q12-14)'] },
  ppc_q14_17_pseudonymized_ban: ppcFaq(['reference §10.1 (PPC Q14-17)'], 'https://www.ppc.go.jp/all_faq_index/faq1-q14-17/'),
  ppc_faq3_q1_3_public_bodies: ppcFaq(['reference §10.4 (医療・介護 Q&A Q1-3)'], 'https://www.ppc.go.jp/all_faq_index/faq3-q1-3'),
  ppc_faq4_q005_deceased: ppcFaq(['reference §10.5'], 'https://www.ppc.go.jp/all_faq_index/faq4-q005'),
  // Not in the reference: PPC FAQ Q10-24 extends 外的環境の把握 to entrusting the handling to a party abroad.
  ppc_q10_24_foreign_entrustment_environment: ppcFaq(['PPC-Q10-24 (read 2026-12-05)'], 'https://www.ppc.go.jp/all_faq_index/faq1-q10-24'),
  ppc_my_number_q16_4_foreign_cloud: ppcFaq(['reference §10.3 (My Number FAQ Q16-4)'], 'https://www.ppc.go.jp/all_faq_index/faq5-q16-4/'),
  mhlw_2022_pseudonymized_regulatory_gap: {
    source: 'mhlw_material',
    level: 'regulator_guidance',
    basis: ['reference §10.1 (wic-net 1909/20)'],
    url: 'https://wic-net.com/material/document/1909/20',
  },
  mhlw_medical_guidance_public_bodies: {
    source: 'mhlw_material',
    level: 'regulator_guidance',
    basis: ['reference §10.4 (医療・介護ガイダンス p.20, wic-net 10904/20)'],
    url: 'https://wic-net.com/material/document/10904/20',
  },

  dicom_ps3_15: { source: 'dicom_standard', level: 'standard', basis: ['JIRA'], url: 'https://dicom.nema.org/medical/dicom/current/output/html/part15.html' },

  inference_stage_reconstruction: ourReading(['reference §5 (reconstructed stage table)']),
  inference_records: ourReading(['reference §4 records', 'R21S-17']),
  inference_unlawful_prior_provision: ourReading(['reference §8.3']),
  inference_processing_practice: ourReading(['reference §4 table', 'JIRA', 'CT-FACE']),
  // Rule set 2: readings the reference marks LIKELY or UNCONFIRMED (§10) are ours, and labelled as such.
  inference_rule_15_eea_uk: ourReading(['reference §10.2 (Rule 15 countries: LIKELY)']),
  inference_foreign_joint_use: ourReading(['reference §10.2 (joint use under Art. 28: LIKELY)']),
  inference_art_28_3_monitoring: ourReading(['reference §10.2 (Art. 28(3), Rule 18: LIKELY)']),
  inference_pseudonymized_abroad_open: ourReading(['reference §10.2 (仮名加工情報 abroad: UNCONFIRMED)']),
  inference_cloud_storage_not_provision: ourReading(['reference §10.3 (APPI Q&A Q7-53 via secondary quotes: LIKELY)']),
  inference_pseudonymized_to_regulator: ourReading(['reference §10.1 (PMDA inspection as 法令に基づく場合: UNCONFIRMED)']),
  inference_public_body_anonymized_procedure: ourReading(['reference §10.4 (行政機関等匿名加工情報 procedure: LIKELY)']),
  inference_deceased_genome: ourReading(['reference §10.5 (genome of the deceased and relatives: UNCONFIRMED)']),
  inference_ethics_deceased: ourReading(['reference §10.5 (ethics guideline and the deceased: LIKELY)']),
  inference_vendor_model_improvement: ourReading(['reference §10.10 (improving the vendor\'s own models: UNCONFIRMED)']),
  inference_amendment_2026_contents: ourReading(['reference §10.8 (contents of 令和8年法律第56号: LIKELY)']),
  inference_public_health_hospital_research: ourReading(['reference §10.7 (scope of the guideline\'s §2.6 view)']),
};

export const citationIds = Object.keys(citations) as CitationId[];
