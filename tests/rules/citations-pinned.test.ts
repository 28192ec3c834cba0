import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ChecklistId, CitationId, EvidenceLevel, Owner, ReasonId, WarningId, checklistItems, citationIds, citations } from '../../src/rules';
import type { Citation, CitationSource } from '../../src/rules';
import { reasonCitations } from '../../src/rules/reasons';
import { warningRules } from '../../src/rules/warnings';

/**
 * Which source backs which reason, checklist item and warning, and what the registry says of each source: pinned
 * here from shared/domain/guideline-reference.md (cited per entry), so that a citation that is dropped, emptied or
 * pointed at the wrong kind of source fails a test. docs/citations.md prints the whole table for legal reviewers
 * (its staleness test is in tests/scripts/docs.test.ts); this file states what the sources require of it.
 */

const registered = new Set<string>(CitationId.options);

// ------------------------------------------------------------------------------------------ the registry itself

/** §0 of the reference: the source tags. [R21-n], [PPC-Qx] and the "Other tags" row stand for families. */
const referenceTags = new Set([
  'SEED', 'SD', 'BS', 'MN18', 'BL1462', 'KONISHI', 'UKE', 'IURIS35', 'WIC1909', 'ETH', 'GRANTS', 'IPSJ', 'JFMDA', 'EGOV-R3',
  'JIRA', 'CT-FACE', 'IIJ690', 'SHOBI', 'IURIS-42', 'IURIS-PO9', 'COMP21-58', 'RULE2', 'WIC9851', 'GL-JU', 'MIYAKE-Q9-11',
  'WIC4054-19', 'WIC2786-18', 'R8', 'R8-PLAN', 'WIC2329-22', 'WIC2329-25', 'WIC4054-6', 'legalcommons', 'torikai', 'eiko',
  'miyake', 'Legal500',
]);
const tagFamilies = [/^R21-\d+$/u, /^R21S-\d+$/u, /^PPC-Q\d+(-\d+)+$/u, /^PPC-FAQ3-Q\d+-\d+$/u];
/** Sections of the reference a "reference §…" pointer may name. */
const referenceSections = new Set(['1', '2', '3', '4', '5', '6', '7', '8', '8.1', '8.2', '8.3', '9', ...Array.from({ length: 10 }, (_, i) => `10.${String(i + 1)}`)]);
/**
 * Tags in citations.ts that are neither a §0 tag nor a pointer into the reference (reported to the rules' owner:
 * give them a §0 row or a "reference §…" pointer). Listed so that no other stray tag can slip in.
 */
const strayTags = new Set(['general APPI structure', 'WIC13735', 'BL1300']);

const tagOf = (basis: string): string => basis.replace(/ \(.*\)$/u, '');
const validBasis = (basis: string): boolean => {
  const pointer = /^reference §(\d+(?:\.\d+)?)(?: |$)/u.exec(basis);
  if (pointer !== null) return referenceSections.has(pointer[1] ?? '');
  const tag = tagOf(basis);
  return referenceTags.has(tag) || tagFamilies.some((family) => family.test(tag)) || strayTags.has(basis);
};

const levelOfSource: Readonly<Record<CitationSource, string>> = {
  guideline: 'guideline',
  appi: 'statute',
  cabinet_order: 'statute',
  enforcement_rules: 'statute',
  other_act: 'statute',
  ppc_guideline: 'regulator_guidance',
  ppc_faq: 'regulator_guidance',
  mhlw_material: 'regulator_guidance',
  ethics_guideline: 'regulator_guidance',
  dicom_standard: 'standard',
  our_reading: 'inference',
};

/** The kind of source each citation id names, by its prefix, with the exceptions the reference explains. */
const sourceByPrefix = (id: string): CitationSource => {
  // §3.4's content could not be read (UNCONFIRMED): what it is taken to say is our reading.
  if (id === 'gl_3_4_not_recommended') return 'our_reading';
  if (id === 'appi_20_2_viii_order_9' || id.startsWith('order_')) return 'cabinet_order'; // Cabinet Order Art. 9, Art. 1
  if (id === 'appi_41_1_rule_31' || id === 'appi_41_2_rule_32' || id.startsWith('rule_')) return 'enforcement_rules';
  if (id.startsWith('gl_')) return 'guideline';
  if (id.startsWith('appi_')) return 'appi';
  if (id.startsWith('ppc_gl_')) return 'ppc_guideline';
  if (id.startsWith('ppc_')) return 'ppc_faq';
  if (id.startsWith('mhlw_')) return 'mhlw_material';
  if (id.startsWith('inference_')) return 'our_reading';
  if (id === 'ethics_guideline') return 'ethics_guideline';
  if (id === 'dicom_ps3_15') return 'dicom_standard';
  if (id === 'next_gen_medical_act_2023') return 'other_act';
  throw new Error(`no source kind known for ${id}`);
};

const APPI = 'https://laws.e-gov.go.jp/law/415AC0000000057';
const GUIDELINE = 'https://www.mhlw.go.jp/content/001310044.pdf';
const FAQ = 'https://www.ppc.go.jp/all_faq_index/';
/** Addresses given in the reference (§0, §10) for the sources that have one; every other citation has none. */
const urls: Readonly<Partial<Record<CitationId, string>>> = {
  ppc_q5_26_2_entrustment: `${FAQ}faq1-q5-26-2/`,
  ppc_q7_42_43_entrustment_merge: `${FAQ}faq1-q7-42/`,
  ppc_q7_51_joint_use_purpose: `${FAQ}faq1-q7-51/`,
  ppc_q11_6_academic_partners: `${FAQ}faq1-q11-6`,
  ppc_q14_5_already_pseudonymized: `${FAQ}faq1-q14-5/`,
  ppc_q14_15_purpose_publication: `${FAQ}faq1-q14-15/`,
  ppc_q14_18_joint_use_items: `${FAQ}faq1-q14-18`,
  ppc_faq3_q2_3_identifiers: `${FAQ}faq3-q2-3`,
  ppc_faq3_q4_1_public_health: `${FAQ}faq3-q4-1`,
  ppc_q7_24_case_research: `${FAQ}faq1-q7-24/`, // §10.7
  ppc_q12_1_foreign_entrustment: `${FAQ}faq1-q12-1`, // §10.2
  ppc_q14_17_pseudonymized_ban: `${FAQ}faq1-q14-17/`, // §10.1
  ppc_faq3_q1_3_public_bodies: `${FAQ}faq3-q1-3`, // §10.4
  ppc_faq4_q005_deceased: `${FAQ}faq4-q005`, // §10.5
  ppc_my_number_q16_4_foreign_cloud: `${FAQ}faq5-q16-4/`, // §10.3
  ppc_q10_24_foreign_entrustment_environment: `${FAQ}faq1-q10-24`, // read by the rules' owner, beyond §10.3
  mhlw_2022_public_health_rarely: 'https://wic-net.com/material/document/1909/15', // [WIC1909] p.15
  mhlw_2023_face_and_genome: 'https://www.wic-net.com/material/document/9851/17', // [WIC9851]
  mhlw_2022_pseudonymized_regulatory_gap: 'https://wic-net.com/material/document/1909/20', // §10.1
  mhlw_medical_guidance_public_bodies: 'https://wic-net.com/material/document/10904/20', // §10.4
  next_gen_medical_act_2023: 'https://www.wic-net.com/material/document/13735/118', // §10.9
  appi_amendment_2026: 'https://www.ppc.go.jp/personalinfo/legal/r8kaiseihogohou/', // [R8]
  dicom_ps3_15: 'https://dicom.nema.org/medical/dicom/current/output/html/part15.html',
};
const expectedUrl = (id: CitationId, citation: Citation): string | undefined => {
  if (citation.source === 'appi' && id !== 'appi_amendment_2026') return APPI;
  if (citation.source === 'guideline') return GUIDELINE;
  return urls[id];
};

describe('the citation registry', () => {
  it('registers exactly the citation ids of the schema', () => {
    expect(Object.keys(citations).sort()).toEqual([...CitationId.options].sort());
    expect(citationIds).toEqual(Object.keys(citations));
  });

  it.each(CitationId.options)('%s: source kind, evidence level, reference tags and address as the reference gives them', (id) => {
    const citation = citations[id];
    expect(citation.source).toBe(sourceByPrefix(id));
    // §10: CONFIRMED statute or PPC text → statute / regulator_guidance; LIKELY or UNCONFIRMED readings → inference.
    expect(citation.level).toBe(levelOfSource[citation.source]);
    expect(EvidenceLevel.options).toContain(citation.level);
    expect(citation.basis.length).toBeGreaterThan(0);
    for (const basis of citation.basis) {
      expect(validBasis(basis), `${id}: "${basis}" is neither a §0 tag nor a reference § pointer`).toBe(true);
      if (/\b(LIKELY|UNCONFIRMED)\b/u.test(basis)) expect(citation.level, `${id} rests on "${basis}"`).toBe('inference');
    }
    expect(citation.url).toBe(expectedUrl(id, citation));
    if (citation.url !== undefined) expect(new URL(citation.url).protocol).toBe('https:');
  });

  it.runIf(existsSync(fileURLToPath(new URL('../../../shared/domain/guideline-reference.md', import.meta.url))))(
    'knows every source tag of the reference (§0)',
    () => {
      const reference = readFileSync(fileURLToPath(new URL('../../../shared/domain/guideline-reference.md', import.meta.url)), 'utf8');
      const sourceTable = reference.slice(reference.indexOf('| Tag | Source |'), reference.indexOf('**Overall completeness.**'));
      const tags = [...sourceTable.matchAll(/\[([A-Za-z0-9-]+)\]/gu)].map((match) => match[1] ?? '');
      for (const tag of tags) {
        if (tag === 'R21-n' || tag === 'PPC-Qx') continue;
        expect(referenceTags.has(tag) || tagFamilies.some((family) => family.test(tag)), tag).toBe(true);
      }
    },
  );
});

// ------------------------------------------------------------------------------------------ reasons

/**
 * For each reason, the sources it must cite (it may cite more): the provision or guidance that decides it, per the
 * reference. The first line of each group names the section.
 */
const reasonMustCite: Readonly<Record<string, readonly CitationId[]>> = {
  // consent: Art. 18(1), 20(2), 27(1) (model.md bases); §2.6; Art. 41(6); Arts 43–44; Art. 28 and Rule 17 (§10.2)
  consent_obtained_covers_use: ['appi_17_18_purpose', 'appi_20_2_consent_sensitive', 'appi_27_1_consent'],
  consent_obtainable: ['appi_17_18_purpose', 'appi_20_2_consent_sensitive', 'appi_27_1_consent'],
  consent_impractical: ['gl_2_6_basis_table'],
  consent_not_route_for_pseudonymized: ['appi_41_6_provision_ban'],
  consent_not_needed_for_anonymized: ['appi_43_44_anonymized'],
  consent_foreign_third_party: ['appi_28_foreign', 'rule_17_foreign_consent_information', 'ppc_q12_1_foreign_entrustment', 'ppc_q12_14_foreign_consent'],
  // academic exception: §2.4 table, §2.6 [SD], PPC Q11-6, PPC GL 2-19, Art. 16(8), §10.6
  academic_joint_research_provision: ['appi_27_1_vi_joint_research', 'appi_20_2_v_vi_academic', 'ppc_q11_6_academic_partners', 'gl_2_6_basis_table'],
  academic_recipient_side_route: ['appi_27_1_vii_academic_recipient', 'appi_18_3_v_vi_academic', 'ppc_q11_6_academic_partners'],
  academic_internal_use: ['appi_18_3_v_vi_academic', 'appi_16_8_academic_body'],
  product_only_not_academic: ['gl_2_6_basis_table', 'ppc_gl_2_19_academic_purpose'],
  provider_not_academic: ['gl_2_2_operator_types', 'appi_16_8_academic_body'],
  no_joint_research: ['appi_27_1_vi_joint_research', 'appi_27_1_vii_academic_recipient'],
  academic_exceptions_closed_for_pseudonymized: ['appi_41_6_provision_ban', 'appi_42_recipient'],
  academic_not_for_anonymized: ['appi_43_44_anonymized'],
  academic_genuine_aim_required: ['ppc_q11_6_academic_partners', 'gl_2_6_basis_table'],
  // public health: §2.5, §2.6 [SD], PPC FAQ3 Q4-1, [WIC1909]; §10.7 PPC Q7-24, Q2-15
  public_health_possible_case_by_case: ['gl_2_6_basis_table', 'appi_18_3_iii_public_health', 'appi_27_1_iii_public_health', 'mhlw_2022_public_health_rarely'],
  public_health_need_unsure: ['appi_27_1_iii_public_health', 'gl_2_5_public_health'],
  public_health_need_absent: ['appi_27_1_iii_public_health'],
  public_health_requires_consent_difficulty: ['appi_27_1_iii_public_health'],
  public_health_not_for_pseudonymized: ['appi_41_6_provision_ban'],
  public_health_hospital_case_research: ['ppc_q7_24_case_research', 'ppc_q2_15_inhouse_research', 'appi_27_1_iii_public_health', 'inference_public_health_hospital_research'],
  // entrustment: Art. 27(5)(i), Art. 25, PPC Q5-26-2, Q7-42/43; §10.10; Art. 28 (PPC Q12-1)
  entrustment_for_provider_work_only: ['appi_27_5_i_entrustment', 'appi_25_supervision'],
  entrustment_fails_own_use: ['appi_27_5_i_entrustment', 'ppc_q5_26_2_entrustment', 'gl_2_6_basis_table'],
  entrustment_fails_partly_own_use: ['ppc_q5_26_2_entrustment', 'inference_vendor_model_improvement'],
  entrustment_foreign_needs_art_28: ['appi_28_foreign', 'ppc_q12_1_foreign_entrustment'],
  // personal-data joint use: Art. 27(5)(iii), PPC Q7-51; §10.2 (LIKELY for joint use)
  personal_joint_use_outside_acquisition_purpose: ['appi_27_5_iii_joint_use', 'ppc_q7_51_joint_use_purpose', 'gl_2_6_basis_table'],
  personal_joint_use_not_for_processed_data: ['appi_27_5_iii_joint_use'],
  personal_joint_use_foreign_needs_art_28: ['appi_28_foreign', 'inference_foreign_joint_use'],
  // pseudonymized joint use: Art. 41(6) reading 27(5)(iii), Art. 42, PPC Q14-18, ch.6; Art. 41(9); §3.4; §10.2; §3.1
  pseudonymized_joint_use_model_route: ['appi_41_6_provision_ban', 'appi_27_5_iii_joint_use', 'appi_42_recipient', 'ppc_q14_18_joint_use_items', 'gl_ch6_stage_model', 'appi_20_2_viii_order_9'],
  pseudonymized_joint_use_purpose_free: ['appi_41_9_exclusions', 'gl_3_2_joint_use'],
  pseudonymized_joint_use_needs_medical_creator: ['gl_2_6_basis_table'],
  pseudonymized_joint_use_key_at_recipient: ['appi_41_7_8_identification_contact', 'appi_42_recipient'],
  pseudonymized_joint_use_foreign_unsettled: ['appi_28_foreign', 'appi_41_6_provision_ban', 'inference_pseudonymized_abroad_open'],
  pseudonymized_joint_use_stage_unconfirmed: ['gl_ch6_stage_model', 'inference_stage_reconstruction'],
  pseudonymized_not_for_anonymized: ['appi_43_44_anonymized'],
  pseudonymized_joint_use_publish_first: ['ppc_q14_18_joint_use_items', 'inference_unlawful_prior_provision'],
  pseudonymized_joint_use_excludes_genome_sequences: ['order_1_genome', 'ppc_faq3_q2_3_identifiers', 'appi_41_1_rule_31'],
  // pseudonymized internal use: Art. 41(3)(4)(9), PPC Q14-15
  internal_purpose_change_allowed: ['appi_41_3_4_purpose', 'appi_41_9_exclusions', 'ppc_q14_15_purpose_publication'],
  internal_use_only: ['appi_41_3_4_purpose'],
  // statutory cooperation: Art. 27(1)(iv), ch.6 [SEED]; §10.1
  statutory_reliability_inspection: ['appi_27_1_iv_statutory', 'gl_ch6_reliability_inspection'],
  statutory_other_stage_unconfirmed: ['appi_27_1_iv_statutory', 'inference_stage_reconstruction'],
  statutory_source_documents_later: ['gl_ch6_reliability_inspection', 'appi_27_1_iv_statutory'],
  statutory_only_for_regulator: ['appi_27_1_iv_statutory'],
  statutory_pseudonymized_to_regulator_open: ['appi_41_6_provision_ban', 'ppc_q14_17_pseudonymized_ban', 'mhlw_2022_pseudonymized_regulatory_gap', 'inference_pseudonymized_to_regulator'],
  // anonymized provision: Arts 43–44 (R9); §10.4
  anonymized_statutory_route: ['appi_43_44_anonymized'],
  anonymized_alternative_loses_traceability: ['appi_43_44_anonymized'],
  anonymized_not_for_internal_or_regulator: ['appi_43_44_anonymized'],
  anonymized_public_body_procedure: ['appi_58_125_public_bodies', 'ppc_faq3_q1_3_public_bodies', 'inference_public_body_anonymized_procedure'],
  // opt-out: Art. 27(2) proviso, Art. 2(3)
  opt_out_barred_for_sensitive: ['appi_27_2_opt_out', 'appi_2_3_sensitive'],
  opt_out_not_relevant: ['appi_27_2_opt_out'],
  // shared
  no_provision_internal: ['appi_27_1_consent'],
  provision_to_regulator_only: ['appi_27_1_iv_statutory'],
  deceased_not_personal_information: ['appi_2_1_living_individuals', 'ppc_faq4_q005_deceased'], // §10.5
};

describe('reasons and the sources behind them', () => {
  it('every reason of the schema has its citations, and nothing else does', () => {
    expect(Object.keys(reasonCitations).sort()).toEqual([...ReasonId.options].sort());
    expect(Object.keys(reasonMustCite).sort()).toEqual([...ReasonId.options].sort());
  });

  it.each(ReasonId.options)('%s cites registered sources, among them the ones that decide it', (reason) => {
    const cited = reasonCitations[reason];
    expect(cited.length).toBeGreaterThan(0);
    expect(new Set(cited).size).toBe(cited.length);
    for (const id of cited) expect(registered.has(id), id).toBe(true);
    expect(cited).toEqual(expect.arrayContaining([...(reasonMustCite[reason] ?? ['(none pinned)'])]));
  });
});

// ------------------------------------------------------------------------------------------ checklist

/** Item → [group, owner, sources it must cite]. Owners: who does it under the provision cited. */
const checklistPins: Readonly<Record<string, readonly [group: string, owner: string, mustCite: readonly CitationId[]]>> = {
  obtain_valid_consent: ['before_provision', 'provider', ['appi_27_1_consent', 'appi_20_2_consent_sensitive']], // the provider asks
  confirm_academic_body_status: ['before_provision', 'both', ['appi_16_8_academic_body']], // either party may be the academic body (§2.4)
  joint_research_agreement: ['before_provision', 'both', ['appi_27_1_vi_joint_research']], // a contract between them
  assess_unjust_infringement: ['before_provision', 'both', ['appi_18_3_v_vi_academic']],
  document_public_health_necessity: ['before_provision', 'provider', ['appi_27_1_iii_public_health']], // R3
  document_consent_difficulty: ['before_provision', 'provider', ['appi_27_1_iii_public_health']],
  ethics_review: ['before_provision', 'researcher', ['ethics_guideline']], // the principal investigator applies (§7)
  entrustment_contract_supervision: ['before_provision', 'provider', ['appi_27_5_i_entrustment', 'appi_25_supervision']], // Art. 25
  foreign_transfer_check: ['before_provision', 'provider', ['appi_28_foreign']], // Art. 28 binds the provider
  foreign_consent_information: ['before_provision', 'provider', ['rule_17_foreign_consent_information', 'appi_28_foreign']],
  conforming_system_monitoring: ['after_provision', 'provider', ['appi_28_foreign', 'inference_art_28_3_monitoring']], // Art. 28(3), Rule 18
  foreign_environment_check: ['before_provision', 'both', ['appi_23_safety_foreign', 'appi_32_foreign_country_disclosure', 'ppc_my_number_q16_4_foreign_cloud']], // §10.3
  confirm_genuine_academic_aim: ['before_provision', 'researcher', ['ppc_q11_6_academic_partners']], // §10.6: the academic body's judgement
  public_body_rules: ['before_provision', 'provider', ['appi_58_125_public_bodies', 'ppc_faq3_q1_3_public_bodies']], // §10.4
  plan_stage_transition: ['before_provision', 'researcher', ['gl_ch6_stage_model']],
  remediate_prior_provision: ['before_provision', 'provider', ['ppc_q14_18_joint_use_items', 'inference_unlawful_prior_provision']],
  process_per_rule_31: ['processing', 'provider', ['appi_41_1_rule_31']], // R6 (a): the hospital or its vendor
  verify_existing_pseudonymization: ['processing', 'provider', ['ppc_q14_5_already_pseudonymized']],
  secure_deletion_info: ['processing', 'provider', ['appi_41_2_rule_32']], // R6 (b)
  keep_key_at_provider: ['processing', 'provider', ['appi_41_2_rule_32', 'gl_3_4_not_recommended']],
  remove_ehr_identifiers: ['processing', 'provider', ['appi_41_1_rule_31', 'rule_3_insurance_numbers']], // [EGOV-R3]
  scrub_free_text: ['processing', 'provider', ['appi_41_1_rule_31']],
  clean_dicom_headers: ['processing', 'provider', ['appi_41_1_rule_31', 'dicom_ps3_15']],
  remove_burned_in_text: ['processing', 'provider', ['appi_41_1_rule_31']],
  mask_wsi_labels: ['processing', 'provider', ['appi_41_1_rule_31']],
  deface_head_scans: ['processing', 'provider', ['mhlw_2023_face_and_genome']], // [WIC9851]
  strip_video_audio_overlays: ['processing', 'provider', ['mhlw_2023_face_and_genome']],
  assess_genome_identifiers: ['processing', 'provider', ['order_1_genome', 'ppc_faq3_q2_3_identifiers']], // §3.1
  review_rare_disease_uniqueness: ['processing', 'provider', ['appi_41_1_rule_31']],
  publish_pseudonymized_purpose: ['publication_agreements', 'provider', ['appi_41_3_4_purpose', 'ppc_q14_15_purpose_publication']], // R6 (c)
  publish_joint_use_items: ['publication_agreements', 'provider', ['ppc_q14_18_joint_use_items', 'appi_27_5_iii_joint_use']], // R6 (d)
  joint_use_agreement: ['publication_agreements', 'both', ['gl_3_2_joint_use', 'appi_42_recipient']], // R6 (e)
  publish_anonymized_items: ['publication_agreements', 'provider', ['appi_43_44_anonymized']], // R9
  no_reidentification_no_contact: ['after_provision', 'recipient', ['appi_41_7_8_identification_contact', 'appi_42_recipient']], // Art. 42(3)
  record_provision: ['after_provision', 'both', ['appi_29_records']], // §6 item 9
  regulator_source_documents: ['after_provision', 'provider', ['gl_ch6_reliability_inspection', 'appi_27_1_iv_statutory']], // ch.6 [SEED]
};

describe('checklist items and the sources behind them', () => {
  it('has one entry per checklist id of the schema', () => {
    expect(checklistItems.map((item) => item.id).sort()).toEqual([...ChecklistId.options].sort());
    expect(Object.keys(checklistPins).sort()).toEqual([...ChecklistId.options].sort());
  });

  it.each(checklistItems.map((item) => [item.id, item] as const))('%s: group, owner and sources', (id, item) => {
    const [group, owner, mustCite] = checklistPins[id] ?? ['(unpinned)', '(unpinned)', []];
    expect(item.group).toBe(group);
    expect(item.owner).toBe(owner);
    expect(Owner.options).toContain(item.owner);
    expect(item.citations.length).toBeGreaterThan(0);
    for (const cited of item.citations) expect(registered.has(cited), cited).toBe(true);
    expect(item.citations).toEqual(expect.arrayContaining([...mustCite]));
  });
});

// ------------------------------------------------------------------------------------------ warnings

/** Warning → sources it must cite. guideline_silent cites the open points that raised it (checked per result). */
const warningMustCite: Readonly<Record<string, readonly CitationId[]>> = {
  out_of_scope_data_origin: ['gl_1_scope'],
  out_of_scope_product: ['gl_1_scope'],
  provided_before_publication: ['ppc_q14_18_joint_use_items', 'inference_unlawful_prior_provision'],
  recipient_holds_key: ['appi_41_7_8_identification_contact', 'appi_42_recipient'],
  academic_label_for_product_only: ['ppc_gl_2_19_academic_purpose', 'ppc_q11_6_academic_partners'],
  relink_request_prohibited: ['appi_41_7_8_identification_contact', 'appi_42_recipient'],
  contact_prohibited: ['appi_41_7_8_identification_contact', 'appi_42_recipient'],
  onward_sharing_needs_joint_use: ['appi_41_6_provision_ban', 'appi_42_recipient', 'ppc_gl_joint_use_change'], // R11 [GL-JU]
  foreign_recipient_unsettled: ['appi_28_foreign', 'inference_pseudonymized_abroad_open'], // §10.2 UNCONFIRMED only
  foreign_provision_needs_basis: ['appi_28_foreign', 'ppc_q12_1_foreign_entrustment'], // §10.2 CONFIRMED
  deceased_outside_appi: ['appi_2_1_living_individuals', 'ppc_faq4_q005_deceased', 'ethics_guideline'], // §10.5
  deceased_genome_relatives: ['ppc_faq4_q005_deceased', 'inference_deceased_genome'],
  next_gen_medical_act_route: ['next_gen_medical_act_2023', 'mhlw_2022_pseudonymized_regulatory_gap'], // §10.9
  vendor_own_improvement_open: ['ppc_q5_26_2_entrustment', 'inference_vendor_model_improvement'], // §10.10
  public_body_anonymized_procedure: ['appi_58_125_public_bodies', 'inference_public_body_anonymized_procedure'], // §10.4
  anonymized_internal_use: ['appi_43_44_anonymized'],
  regulator_outside_review: ['appi_27_1_iv_statutory', 'inference_stage_reconstruction'],
  no_basis_fits: ['gl_2_6_basis_table'],
  anonymized_not_guideline_model: ['appi_43_44_anonymized'], // R9
  law_change_pending: ['appi_amendment_2026', 'inference_amendment_2026_contents'], // §2.7, §10.8
  genome_sequence_excluded: ['order_1_genome', 'ppc_faq3_q2_3_identifiers'], // §3.1
  face_and_video_processing_unsettled: ['gl_ch4_5_processing', 'mhlw_2023_face_and_genome'],
  stage_basis_unconfirmed: ['gl_ch6_stage_model', 'inference_stage_reconstruction'],
  academic_purpose_at_product_stage: ['gl_ch6_stage_model', 'ppc_gl_2_19_academic_purpose'],
  ethics_review_not_arranged: ['ethics_guideline'],
};

describe('warnings and the sources behind them', () => {
  it('has one rule per warning id of the schema', () => {
    expect(warningRules.map((rule) => rule.id).sort()).toEqual([...WarningId.options].sort());
  });

  it.each(warningRules.filter((rule) => typeof rule.citations !== 'function').map((rule) => [rule.id, rule] as const))(
    '%s cites registered sources, among them the ones that decide it',
    (id, rule) => {
      const cited = rule.citations as readonly string[];
      expect(cited.length).toBeGreaterThan(0);
      for (const c of cited) expect(registered.has(c), c).toBe(true);
      expect(cited).toEqual(expect.arrayContaining([...(warningMustCite[id] ?? ['(none pinned)'])]));
    },
  );

  it('only guideline_silent chooses its citations from the outcome', () => {
    expect(warningRules.filter((rule) => typeof rule.citations === 'function').map((rule) => rule.id)).toEqual(['guideline_silent']);
  });
});
