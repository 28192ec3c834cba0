import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/rules';
import type { Assessment, AssessmentInput, BasisId, Remedy } from '../../src/rules';

/**
 * Five reference cases with everything the result says written out by hand from the sources
 * (shared/domain/guideline-reference.md, cited per line), never copied from `evaluate`: the recommendation and the
 * timeline, every basis's verdict and reasons, the exact checklist with each item's owner, the exact warnings, and
 * the remedies. "Exact" is the point: an item or warning that must NOT appear fails here as surely as a missing one.
 */

type Verdicts = Readonly<Record<BasisId, readonly [verdict: string, ...reasons: string[]]>>;

interface ReferenceCase {
  readonly name: string;
  readonly input: AssessmentInput;
  readonly recommendedBasis: BasisId | null;
  /** The recommendation at each of the seven stages, in the order of ch.6. */
  readonly timeline: readonly (BasisId | null)[];
  readonly bases: Verdicts;
  /** The recommended basis's citations, as a set. */
  readonly recommendedCitations?: readonly string[];
  /** Checklist item → owner. */
  readonly checklist: Readonly<Record<string, string>>;
  readonly warnings: readonly string[];
  readonly remedies: readonly Pick<Remedy, 'changes' | 'assumes' | 'kind' | 'basis' | 'conditional'>[];
}

const byBasis = (result: Assessment) =>
  Object.fromEntries(result.bases.map((entry) => [entry.basis, [entry.verdict, ...entry.reasons]]));
const sorted = (ids: readonly string[]) => [...ids].sort();

const cases: readonly ReferenceCase[] = [
  {
    // The guideline's central case (§2.6, ch.6 [SEED]): a private university hospital (type A, §2.2 [IIJ690])
    // gives identifiable CT images from care to a company in Japan, which develops its own diagnostic AI
    // (product development only); consent from past patients is impractical; no special public-health need.
    name: 'a university hospital provides CT images to a company for product development at 開発',
    input: {
      dataOrigin: 'clinical_care',
      dataSubjects: 'includes_living',
      productKind: 'diagnostic_ai_software',
      providerType: 'academic_medical',
      providerSector: 'private',
      recipientType: 'company',
      purpose: 'product_only',
      jointResearch: 'no',
      stage: 'development',
      dataState: 'identifiable',
      dataTypes: ['dicom_images'],
      consent: 'difficult',
      publicHealthNeed: 'no',
      recipientOwnUse: 'yes',
      keyHolder: 'provider_only',
      foreignRecipient: 'no',
      foreignStorage: 'no',
      provisionStatus: 'not_yet',
      laterNeeds: [],
      ethicsReview: 'approved',
    },
    // ch.6 [SEED]: from 開発 to 承認申請書類作成 the model is pseudonymized joint use.
    recommendedBasis: 'pseudonymized_joint_use',
    // The academic exception is closed for a product-only purpose at every stage (§2.6 [SD]), so even the early
    // stages fall to pseudonymized joint use (R6); the review and post-market stages are not confirmed (§5 table,
    // UNCONFIRMED), so nothing is recommended there.
    timeline: ['pseudonymized_joint_use', 'pseudonymized_joint_use', 'pseudonymized_joint_use', 'pseudonymized_joint_use', 'pseudonymized_joint_use', null, null],
    bases: {
      consent: ['not_appropriate', 'consent_impractical'], // §2.6 table; [SEED] background
      academic_exception: ['not_appropriate', 'product_only_not_academic'], // §2.6 [SD]; PPC GL 通則編 2-19
      public_health_exception: ['not_appropriate', 'public_health_need_absent'], // §2.5: both conditions needed
      entrustment: ['not_appropriate', 'entrustment_fails_own_use'], // §2.6 [SD]; PPC Q5-26-2
      personal_data_joint_use: ['not_appropriate', 'personal_joint_use_outside_acquisition_purpose'], // §2.6; PPC Q7-51
      pseudonymized_joint_use: ['recommended', 'pseudonymized_joint_use_model_route', 'pseudonymized_joint_use_purpose_free'], // ch.6; [R21-5]
      pseudonymized_internal_use: ['not_applicable', 'internal_use_only'],
      statutory_cooperation: ['not_applicable', 'statutory_only_for_regulator'], // Art. 27(1)(iv) is for the regulator
      anonymized_provision: ['conditional', 'anonymized_alternative_loses_traceability'], // R9
      opt_out: ['not_appropriate', 'opt_out_barred_for_sensitive'], // Art. 27(2) proviso
    },
    // §3.2: Art. 41(6) reading 27(5)(iii), Art. 42 for the recipient, PPC Q14-18 items; Art. 41(9) frees the
    // purpose [UKE]; Order 9(ii): the recipient needs no 20(2) consent [IURIS-PO9]; ch.6 model [SEED].
    recommendedCitations: [
      'gl_ch6_stage_model',
      'gl_2_6_basis_table',
      'appi_41_6_provision_ban',
      'appi_27_5_iii_joint_use',
      'appi_42_recipient',
      'appi_20_2_viii_order_9',
      'ppc_q14_18_joint_use_items',
      'gl_3_2_joint_use',
      'appi_41_9_exclusions',
    ],
    // R6 preconditions (a)–(f) and §6 items 1–5, 7, 9; DICOM headers (ch.4 table).
    checklist: {
      ethics_review: 'researcher',
      process_per_rule_31: 'provider',
      secure_deletion_info: 'provider',
      keep_key_at_provider: 'provider',
      clean_dicom_headers: 'provider',
      publish_pseudonymized_purpose: 'provider',
      publish_joint_use_items: 'provider',
      joint_use_agreement: 'both',
      no_reidentification_no_contact: 'recipient',
      record_provision: 'both',
    },
    // §2.7: the 2026 amendment is flagged for product-only purposes. 開発 is a confirmed stage name.
    warnings: ['law_change_pending'],
    remedies: [],
  },
  {
    // A municipal hospital that is no academic body (type B by default, §2.2; a public body under Art. 58,
    // §10.4) explores with a company for both purposes (ch.6 [SEED] variation: type B explores on pseudonymized
    // joint use). The company's servers are in the EU (Rule 15, §10.2) and the data is also kept on a cloud abroad
    // (§10.3); the company will want to share the data with another company later.
    name: 'a municipal hospital explores with a company in the EU, data kept abroad',
    input: {
      dataOrigin: 'clinical_care',
      dataSubjects: 'includes_living',
      productKind: 'diagnostic_ai_software',
      providerType: 'non_academic_medical',
      providerSector: 'public_body',
      recipientType: 'company',
      purpose: 'academic_and_product',
      stage: 'exploration',
      dataState: 'identifiable',
      dataTypes: ['ehr_structured', 'free_text'],
      consent: 'difficult',
      publicHealthNeed: 'yes',
      recipientOwnUse: 'yes',
      keyHolder: 'provider_only',
      foreignRecipient: 'adequate_country',
      foreignStorage: 'yes',
      provisionStatus: 'not_yet',
      laterNeeds: ['share_further'],
      ethicsReview: 'planned',
    },
    recommendedBasis: 'pseudonymized_joint_use',
    // Nothing academic is open to a type-B provider at any stage (§2.2); review and post-market stay open.
    timeline: ['pseudonymized_joint_use', 'pseudonymized_joint_use', 'pseudonymized_joint_use', 'pseudonymized_joint_use', 'pseudonymized_joint_use', null, null],
    bases: {
      consent: ['not_appropriate', 'consent_impractical'],
      academic_exception: ['not_appropriate', 'provider_not_academic'], // §2.2 [SEED][BL1462]; a company is no academic recipient
      public_health_exception: ['conditional', 'public_health_possible_case_by_case'], // §2.5, §2.6 [SD]: possible, never recommended for a product purpose
      entrustment: ['not_appropriate', 'entrustment_fails_own_use'],
      personal_data_joint_use: ['not_appropriate', 'personal_joint_use_outside_acquisition_purpose'],
      // EEA/UK: both readings of Art. 41(6) with Art. 28 agree joint use works as at home (§10.2).
      pseudonymized_joint_use: ['recommended', 'pseudonymized_joint_use_model_route', 'pseudonymized_joint_use_purpose_free'],
      pseudonymized_internal_use: ['not_applicable', 'internal_use_only'],
      statutory_cooperation: ['not_applicable', 'statutory_only_for_regulator'],
      anonymized_provision: ['not_appropriate', 'anonymized_public_body_procedure'], // Art. 58, 125(2) (§10.4)
      opt_out: ['not_appropriate', 'opt_out_barred_for_sensitive'],
    },
    checklist: {
      document_public_health_necessity: 'provider', // R3: case-by-case justification and documentation
      document_consent_difficulty: 'provider',
      ethics_review: 'researcher',
      foreign_transfer_check: 'provider', // Art. 28: confirm the Rule 15 country (PPC Q12-1)
      foreign_environment_check: 'both', // §10.3: the country's regime, its name disclosed
      public_body_rules: 'provider', // §10.4: disclosure requests and anonymization under the public-sector rules
      process_per_rule_31: 'provider',
      secure_deletion_info: 'provider',
      keep_key_at_provider: 'provider',
      remove_ehr_identifiers: 'provider', // insurance numbers are 個人識別符号 ([EGOV-R3])
      scrub_free_text: 'provider',
      publish_pseudonymized_purpose: 'provider',
      publish_joint_use_items: 'provider',
      joint_use_agreement: 'both',
      no_reidentification_no_contact: 'recipient',
      record_provision: 'both',
    },
    // R11: onward sharing needs a joint use published first; §2.7: type-B provider. Art. 28 is settled for an
    // EEA recipient, so nothing "unsettled" (model.md rule set 2). Review planned: not flagged.
    warnings: ['onward_sharing_needs_joint_use', 'law_change_pending'],
    remedies: [],
  },
  {
    // A university hospital analyses its own images for academic research only (Art. 18(3)(v): the academic body's
    // own use; §2.4), at the basic-research stage; nothing leaves the institution.
    name: 'a university hospital uses its own data for academic research (internal use)',
    input: {
      dataOrigin: 'clinical_care',
      dataSubjects: 'includes_living',
      productKind: 'diagnostic_ai_software',
      providerType: 'academic_medical',
      providerSector: 'private',
      recipientType: 'same_institution',
      purpose: 'academic_only',
      stage: 'basic_research',
      dataState: 'identifiable',
      dataTypes: ['dicom_images', 'pathology_wsi'],
      consent: 'difficult',
      publicHealthNeed: 'no',
      foreignStorage: 'no',
      laterNeeds: [],
      ethicsReview: 'approved',
    },
    recommendedBasis: 'academic_exception',
    // The academic body's own academic use does not depend on the stage (Art. 18(3)(v)).
    timeline: ['academic_exception', 'academic_exception', 'academic_exception', 'academic_exception', 'academic_exception', 'academic_exception', 'academic_exception'],
    bases: {
      consent: ['not_appropriate', 'consent_impractical'],
      academic_exception: ['recommended', 'academic_internal_use'],
      public_health_exception: ['not_appropriate', 'public_health_need_absent'],
      entrustment: ['not_applicable', 'no_provision_internal'],
      personal_data_joint_use: ['not_applicable', 'no_provision_internal'],
      pseudonymized_joint_use: ['not_applicable', 'no_provision_internal'],
      // Creating 仮名加工情報 and changing its purpose is also lawful here (Art. 41(9)), just not the first choice.
      pseudonymized_internal_use: ['acceptable', 'internal_purpose_change_allowed'],
      statutory_cooperation: ['not_applicable', 'statutory_only_for_regulator'],
      anonymized_provision: ['not_applicable', 'anonymized_not_for_internal_or_regulator'],
      opt_out: ['not_applicable', 'no_provision_internal'],
    },
    recommendedCitations: ['appi_18_3_v_vi_academic', 'appi_16_8_academic_body'],
    // §2.4 conditions 1 and 4 (no joint research: nothing is provided); no provision, so no records or
    // publication; nothing to process, since the data is not turned into 仮名加工情報.
    checklist: {
      confirm_academic_body_status: 'both',
      assess_unjust_infringement: 'both',
      ethics_review: 'researcher',
    },
    // 基礎研究 is a reconstructed stage name (model.md Stages); no type-B provider, no product purpose.
    warnings: ['stage_basis_unconfirmed'],
    remedies: [],
  },
  {
    // A company (type D) holds care data (e.g. received earlier) and gives it to a university department (type C)
    // for joint work with a coexisting product purpose at 開発: the recipient-side academic exception, Art. 27(1)(vii),
    // is open to any provider (PPC Q11-6), on condition that the research is genuinely academic (§10.6); the
    // guideline itself is silent on this chain (§2.4 note). A company is not the 仮名加工情報 creator of the
    // guideline's model (§2.6), so pseudonymized joint use stays open.
    name: 'a company provides data to a university department for joint work with a product purpose',
    input: {
      dataOrigin: 'clinical_care',
      dataSubjects: 'includes_living',
      productKind: 'diagnostic_ai_software',
      providerType: 'company',
      recipientType: 'academic_non_medical',
      purpose: 'academic_and_product',
      stage: 'development',
      dataState: 'identifiable',
      dataTypes: ['ehr_structured'],
      consent: 'difficult',
      publicHealthNeed: 'no',
      recipientOwnUse: 'yes',
      keyHolder: 'provider_only',
      foreignRecipient: 'no',
      foreignStorage: 'no',
      provisionStatus: 'not_yet',
      laterNeeds: [],
      ethicsReview: 'approved',
    },
    recommendedBasis: 'academic_exception',
    timeline: ['academic_exception', 'academic_exception', 'academic_exception', 'academic_exception', 'academic_exception', 'academic_exception', 'academic_exception'],
    bases: {
      consent: ['not_appropriate', 'consent_impractical'],
      academic_exception: ['recommended', 'academic_recipient_side_route', 'academic_genuine_aim_required'],
      public_health_exception: ['not_appropriate', 'public_health_need_absent'],
      entrustment: ['not_appropriate', 'entrustment_fails_own_use'],
      personal_data_joint_use: ['not_appropriate', 'personal_joint_use_outside_acquisition_purpose'],
      pseudonymized_joint_use: ['inconclusive', 'pseudonymized_joint_use_needs_medical_creator'],
      pseudonymized_internal_use: ['not_applicable', 'internal_use_only'],
      statutory_cooperation: ['not_applicable', 'statutory_only_for_regulator'],
      anonymized_provision: ['conditional', 'anonymized_alternative_loses_traceability'], // a company is no public body
      opt_out: ['not_appropriate', 'opt_out_barred_for_sensitive'],
    },
    recommendedCitations: [
      'appi_27_1_vii_academic_recipient',
      'appi_18_3_v_vi_academic',
      'appi_20_2_v_vi_academic',
      'ppc_q11_6_academic_partners',
      'gl_2_6_basis_table',
      'ppc_gl_2_19_academic_purpose',
    ],
    // §2.4 conditions; §10.6 genuine academic aim (the research lead's judgement, PPC Q11-6); records of the provision.
    checklist: {
      confirm_academic_body_status: 'both',
      assess_unjust_infringement: 'both',
      ethics_review: 'researcher',
      confirm_genuine_academic_aim: 'researcher',
      record_provision: 'both',
    },
    // The chain from a non-academic provider and the open pseudonymized route are both guideline-silent (§2.4, §2.6).
    warnings: ['guideline_silent'],
    // Restructure (model.md, Remedies): the hospital, not the company, creates 仮名加工情報 (§2.6, ch.6), assuming
    // the least for the questions that opens (a private body, no joint research); or the university works only
    // for the company (entrustment, R4).
    remedies: [
      {
        changes: [{ question: 'providerType', answer: 'academic_medical' }],
        assumes: [
          { question: 'providerSector', answer: 'private' },
          { question: 'jointResearch', answer: 'no' },
        ],
        kind: 'restructure',
        basis: 'pseudonymized_joint_use',
        conditional: false,
      },
      {
        changes: [{ question: 'providerType', answer: 'non_academic_medical' }],
        assumes: [{ question: 'providerSector', answer: 'private' }],
        kind: 'restructure',
        basis: 'pseudonymized_joint_use',
        conditional: false,
      },
      {
        changes: [{ question: 'recipientOwnUse', answer: 'no' }],
        assumes: [],
        kind: 'action',
        basis: 'entrustment',
        conditional: false,
      },
    ],
  },
  {
    // A private clinic (type B) already holds pseudonymized data (Rule 31, PPC Q14-5) and gave it, before
    // publishing the joint use, to a company outside the EEA/UK without a Rule 16 system, with genome sequences among
    // it; the company wants to re-link outcomes and expects the regulator's source check; no ethics review.
    name: 'a clinic gave pseudonymized data with genome sequences to a company abroad before publication',
    input: {
      dataOrigin: 'clinical_care',
      dataSubjects: 'includes_living',
      productKind: 'diagnostic_ai_software',
      providerType: 'non_academic_medical',
      providerSector: 'private',
      recipientType: 'company',
      purpose: 'product_only',
      stage: 'performance_evaluation',
      dataState: 'pseudonymized',
      dataTypes: ['dicom_images', 'genome'],
      recipientOwnUse: 'yes',
      keyHolder: 'provider_only',
      foreignRecipient: 'other_country',
      foreignStorage: 'no',
      provisionStatus: 'provided_without_publication',
      laterNeeds: ['relink_outcomes', 'regulator_source_check'],
      ethicsReview: 'none',
    },
    // §10.2: 仮名加工情報 to a joint user "elsewhere without" a Rule 16 system is UNCONFIRMED; an open point ahead
    // of every other route stops the search (README step 3).
    recommendedBasis: null,
    timeline: [null, null, null, null, null, null, null],
    bases: {
      consent: ['not_applicable', 'consent_not_route_for_pseudonymized'], // Art. 41(6) sets Art. 27(1) aside
      academic_exception: ['not_appropriate', 'product_only_not_academic', 'academic_exceptions_closed_for_pseudonymized'],
      public_health_exception: ['not_applicable', 'public_health_not_for_pseudonymized'],
      // Both failures at once: own use (PPC Q5-26-2) and Art. 28 abroad (PPC Q12-1).
      entrustment: ['not_appropriate', 'entrustment_fails_own_use', 'entrustment_foreign_needs_art_28'],
      personal_data_joint_use: ['not_applicable', 'personal_joint_use_not_for_processed_data'],
      pseudonymized_joint_use: ['inconclusive', 'pseudonymized_joint_use_foreign_unsettled'],
      pseudonymized_internal_use: ['not_applicable', 'internal_use_only'],
      statutory_cooperation: ['not_applicable', 'statutory_source_documents_later'], // R7: the hospital's originals, later
      anonymized_provision: ['conditional', 'anonymized_alternative_loses_traceability'],
      opt_out: ['not_applicable', 'opt_out_not_relevant'],
    },
    // Nothing is recommended, so no basis's items; the facts still call for these.
    checklist: {
      ethics_review: 'researcher',
      foreign_transfer_check: 'provider',
      remediate_prior_provision: 'provider', // PPC Q14-18: publish before provision; the provision already made had no basis
      no_reidentification_no_contact: 'recipient', // the data is 仮名加工情報 already (Art. 42(3))
      regulator_source_documents: 'provider', // ch.6: source documents under Art. 27(1)(iv)
    },
    warnings: [
      'provided_before_publication',
      'relink_request_prohibited', // Art. 41(7), 42(3)
      'foreign_recipient_unsettled', // §10.2 UNCONFIRMED
      'foreign_provision_needs_basis', // Art. 28: settled statute for entrustment and consent (PPC Q12-1)
      'next_gen_medical_act_route', // §10.9: the regulator will check against originals
      'guideline_silent',
      'law_change_pending', // §2.7: type B, product only
      'genome_sequence_excluded', // §3.1 CORRECTED
      'stage_basis_unconfirmed', // 性能評価 is a reconstructed stage name
      'ethics_review_not_arranged',
    ],
    // A recipient in the EEA/UK or with a Rule 16 system makes the joint use work as at home (§10.2); it stays
    // conditional because of the prior provision and the genome carve-out.
    remedies: [
      {
        changes: [{ question: 'foreignRecipient', answer: 'adequate_country' }],
        assumes: [],
        kind: 'action',
        basis: 'pseudonymized_joint_use',
        conditional: true,
      },
      {
        changes: [{ question: 'foreignRecipient', answer: 'conforming_system' }],
        assumes: [],
        kind: 'action',
        basis: 'pseudonymized_joint_use',
        conditional: true,
      },
    ],
  },
];

describe('reference cases, written out from the sources', () => {
  describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = evaluate(c.input);

    it('recommends what the sources name, at this stage and across the seven', () => {
      expect(result.recommendedBasis).toBe(c.recommendedBasis);
      expect(result.timeline.map((entry) => entry.recommendedBasis)).toEqual(c.timeline);
      expect(result.inScope).toBe(true);
      expect(result.stage).toBe(c.input.stage);
    });

    it('gives every basis its verdict and exactly its reasons', () => {
      expect(byBasis(result)).toEqual(c.bases);
    });

    it.runIf(c.recommendedCitations !== undefined)('cites exactly the sources of the recommended basis', () => {
      const recommended = result.bases.find((entry) => entry.verdict === 'recommended');
      expect(sorted(recommended?.citations ?? [])).toEqual(sorted(c.recommendedCitations ?? []));
    });

    it('lists exactly the checklist items the sources call for, each with its owner', () => {
      expect(Object.fromEntries(result.checklist.map((item) => [item.id, item.owner]))).toEqual(c.checklist);
      expect(result.checklist).toHaveLength(Object.keys(c.checklist).length);
    });

    it('raises exactly the warnings the sources call for', () => {
      expect(sorted(result.warnings.map((warning) => warning.id))).toEqual(sorted(c.warnings));
    });

    it('proposes exactly the remedies the sources allow', () => {
      expect(result.remedies.map(({ changes, assumes, kind, basis, conditional }) => ({ changes, assumes, kind, basis, conditional }))).toEqual(c.remedies);
      for (const remedy of result.remedies) expect(remedy.verdict).toBe('recommended');
    });
  });
});
