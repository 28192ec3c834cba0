import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment, AssessmentInput } from '../../src/rules';
import { withAnswers } from './fixtures';

/**
 * One named test for each branch of the rules that no other test isolated: the anonymized route, academic
 * internal use, a company as provider, an inconclusive basis stopping the search, and 仮名加工情報 under the
 * academic exception. Each starts from the central case (tests/rules/fixtures.ts) and changes what it examines;
 * expectations come from guideline-reference.md, cited per test.
 *
 * The rules are imported in a hook rather than at the top: if a module of src/rules cannot even load (a fault that
 * throws while the module is evaluated), the other files fail to load, which a mutation run does not count as a
 * failing test (nor a failing hook: its tests are skipped); here the first test fails instead.
 */
let rules: typeof import('../../src/rules');
let loadError: unknown;
beforeAll(async () => {
  try {
    rules = await import('../../src/rules');
  } catch (error) {
    loadError = error;
  }
});

it('every module of the rules loads', () => {
  expect(loadError).toBeUndefined();
});
const evaluate = (input: AssessmentInput): Assessment => rules.evaluate(input);
const applicableQuestions = (input: AssessmentInput) => rules.applicableQuestions(input);

const assess = (overrides: AssessmentInput): Assessment => evaluate(withAnswers(overrides));
const basis = (result: Assessment, id: string) => {
  const entry = result.bases.find((b) => b.basis === id);
  return entry === undefined ? undefined : [entry.verdict, ...entry.reasons];
};
const checklistIds = (result: Assessment) => result.checklist.map((item) => item.id);
const warningIds = (result: Assessment) => result.warnings.map((warning) => warning.id);

/** An input with the answers that do not apply to it dropped, so a branch's own path can be checked. */
const without = (input: AssessmentInput, ...ids: (keyof AssessmentInput)[]): AssessmentInput =>
  Object.fromEntries(Object.entries(input).filter(([id]) => !ids.includes(id as keyof AssessmentInput)));

describe('the anonymized route (R9: Arts 43–44)', () => {
  const anonymized = without(withAnswers({ providerType: 'non_academic_medical', dataState: 'anonymized' }), 'consent', 'publicHealthNeed', 'keyHolder', 'jointResearch');

  it('is the one route for 匿名加工情報 given to a company: lawful on its conditions, not the guideline model', () => {
    for (const id of ['consent', 'publicHealthNeed', 'keyHolder'] as const) expect(applicableQuestions(anonymized)).not.toContain(id);
    const result = evaluate(anonymized);
    expect(result.recommendedBasis).toBe('anonymized_provision');
    expect(basis(result, 'anonymized_provision')).toEqual(['recommended', 'anonymized_statutory_route']);
    expect(result.bases.find((b) => b.basis === 'anonymized_provision')?.citations).toEqual(expect.arrayContaining(['appi_43_44_anonymized']));
    // No other basis concerns data that is no longer personal information.
    expect(basis(result, 'consent')).toEqual(['not_applicable', 'consent_not_needed_for_anonymized']);
    expect(basis(result, 'academic_exception')).toEqual(['not_applicable', 'academic_not_for_anonymized']);
    expect(basis(result, 'public_health_exception')).toEqual(['not_applicable', 'public_health_not_for_pseudonymized']);
    expect(basis(result, 'entrustment')).toEqual(['not_applicable', 'anonymized_statutory_route']);
    expect(basis(result, 'personal_data_joint_use')).toEqual(['not_applicable', 'personal_joint_use_not_for_processed_data']);
    expect(basis(result, 'pseudonymized_joint_use')).toEqual(['not_applicable', 'pseudonymized_not_for_anonymized']);
    expect(basis(result, 'opt_out')).toEqual(['not_applicable', 'opt_out_not_relevant']);
    // Publish the item categories and the method (Art. 43(3), 44); none of the 仮名加工情報 steps.
    expect(checklistIds(result)).toEqual(['ethics_review', 'publish_anonymized_items', 'record_provision']);
    expect(warningIds(result)).toEqual(expect.arrayContaining(['anonymized_not_guideline_model', 'law_change_pending']));
    expect(warningIds(result)).not.toContain('no_basis_fits');
    expect(result.timeline.every((entry) => entry.recommendedBasis === 'anonymized_provision')).toBe(true);
  });

  it('is closed to a public body, which follows the public-sector procedure instead (§10.4)', () => {
    const result = evaluate({ ...anonymized, providerSector: 'public_body' });
    expect(result.recommendedBasis).toBeNull();
    expect(basis(result, 'anonymized_provision')).toEqual(['not_appropriate', 'anonymized_public_body_procedure']);
    expect(warningIds(result)).toEqual(expect.arrayContaining(['public_body_anonymized_procedure', 'no_basis_fits']));
    expect(warningIds(result)).not.toContain('guideline_silent');
    expect(checklistIds(result)).toEqual(expect.arrayContaining(['public_body_rules']));
    expect(checklistIds(result)).not.toContain('publish_anonymized_items');
    expect(checklistIds(result)).not.toContain('record_provision');
  });

  it('needs no basis when the institution uses its own 匿名加工情報 inside (no provision)', () => {
    const inside = without({ ...anonymized, recipientType: 'same_institution' }, 'recipientOwnUse', 'foreignRecipient', 'provisionStatus');
    const result = evaluate(inside);
    expect(result.recommendedBasis).toBeNull();
    expect(basis(result, 'anonymized_provision')).toEqual(['not_applicable', 'anonymized_not_for_internal_or_regulator']);
    expect(warningIds(result)).toContain('anonymized_internal_use');
    expect(warningIds(result)).not.toContain('no_basis_fits');
    expect(result.remedies).toEqual([]);
  });
});

describe('academic internal use (Art. 18(3)(v))', () => {
  const internal = (overrides: AssessmentInput) =>
    evaluate(without(withAnswers({ recipientType: 'same_institution', ...overrides }), 'jointResearch', 'recipientOwnUse', 'keyHolder', 'foreignRecipient', 'provisionStatus'));

  it('an academic hospital may use its own data for its own academic research, without joint research or records', () => {
    const result = internal({ purpose: 'academic_only', stage: 'exploration' });
    expect(result.recommendedBasis).toBe('academic_exception');
    expect(basis(result, 'academic_exception')).toEqual(['recommended', 'academic_internal_use']);
    expect(result.bases.find((b) => b.basis === 'academic_exception')?.citations).toEqual(['appi_18_3_v_vi_academic', 'appi_16_8_academic_body']);
    expect(checklistIds(result)).toEqual(expect.arrayContaining(['confirm_academic_body_status', 'assess_unjust_infringement']));
    for (const id of ['joint_research_agreement', 'record_provision', 'confirm_genuine_academic_aim']) expect(checklistIds(result)).not.toContain(id);
    for (const id of ['entrustment', 'personal_data_joint_use', 'pseudonymized_joint_use', 'opt_out']) {
      expect(basis(result, id)).toEqual(['not_applicable', 'no_provision_internal']);
    }
  });

  it('an academic body that is not a hospital may do the same (type C is an academic body, §2.2)', () => {
    const result = internal({ providerType: 'academic_non_medical', purpose: 'academic_only', stage: 'basic_research' });
    expect(basis(result, 'academic_exception')).toEqual(['recommended', 'academic_internal_use']);
  });

  it('with a coexisting product purpose it is conditional on a genuine academic aim (§10.6)', () => {
    const result = internal({ purpose: 'academic_and_product', stage: 'exploration' });
    expect(basis(result, 'academic_exception')).toEqual(['recommended', 'academic_internal_use', 'academic_genuine_aim_required']);
    expect(checklistIds(result)).toContain('confirm_genuine_academic_aim');
  });

  it('from 開発 on, a hospital developing a product alone changes the purpose of 仮名加工情報 instead (Art. 41(9); ch.6)', () => {
    const result = internal({ purpose: 'product_only', stage: 'development' });
    expect(result.recommendedBasis).toBe('pseudonymized_internal_use');
    expect(basis(result, 'academic_exception')).toEqual(['not_appropriate', 'product_only_not_academic']);
    expect(checklistIds(result)).toEqual(expect.arrayContaining(['process_per_rule_31', 'secure_deletion_info', 'publish_pseudonymized_purpose']));
    for (const id of ['keep_key_at_provider', 'publish_joint_use_items', 'joint_use_agreement', 'record_provision']) expect(checklistIds(result)).not.toContain(id);
  });

  it('is not open to a hospital that is no academic body (§2.2), nor for a product-only purpose at the same time', () => {
    expect(basis(internal({ providerType: 'non_academic_medical', purpose: 'academic_only' }), 'academic_exception')).toEqual(['not_appropriate', 'provider_not_academic']);
    expect(basis(internal({ providerType: 'non_academic_medical', purpose: 'product_only' }), 'academic_exception')).toEqual([
      'not_appropriate',
      'product_only_not_academic',
      'provider_not_academic',
    ]);
  });
});

describe('a company as provider (type D)', () => {
  const company = without(withAnswers({ providerType: 'company' }), 'providerSector', 'jointResearch');

  it('is never asked for a public-body sector or for joint research (Art. 58 and 27(1)(vi) concern other bodies)', () => {
    const path = applicableQuestions(company);
    expect(path).not.toContain('providerSector');
    expect(path).not.toContain('jointResearch');
    expect(() => evaluate(company)).not.toThrow();
  });

  it('is not the creator of 仮名加工情報 in the guideline model: joint use stays open, so nothing is recommended (§2.6)', () => {
    const result = evaluate(company);
    expect(basis(result, 'pseudonymized_joint_use')).toEqual(['inconclusive', 'pseudonymized_joint_use_needs_medical_creator']);
    expect(basis(result, 'academic_exception')).toEqual(['not_appropriate', 'product_only_not_academic']);
    expect(result.recommendedBasis).toBeNull();
    expect(warningIds(result)).toContain('guideline_silent');
    expect(warningIds(result)).not.toContain('no_basis_fits');
    // A company is never a public body: anonymized provision keeps its statutory route.
    expect(basis(result, 'anonymized_provision')).toEqual(['conditional', 'anonymized_alternative_loses_traceability']);
    expect(checklistIds(result)).not.toContain('public_body_rules');
    // The restructure the guideline's model needs: a hospital provides instead.
    expect(result.remedies.map((remedy) => [remedy.kind, remedy.changes, remedy.basis])).toEqual(
      expect.arrayContaining([['restructure', [{ question: 'providerType', answer: 'non_academic_medical' }], 'pseudonymized_joint_use']]),
    );
  });

  it('cannot use the provider-side academic exception even for academic work with another company (§2.2)', () => {
    const result = evaluate({ ...company, purpose: 'academic_and_product' });
    expect(basis(result, 'academic_exception')).toEqual(['not_appropriate', 'provider_not_academic']);
    expect(warningIds(result)).not.toContain('law_change_pending');
  });
});

describe('an inconclusive basis stops the search (README step 3)', () => {
  it('an open foreign joint use hides the conditional academic exception behind it instead of recommending it (§10.2)', () => {
    const abroad = assess({ purpose: 'academic_and_product', jointResearch: 'yes', foreignRecipient: 'other_country' });
    expect(basis(abroad, 'pseudonymized_joint_use')?.[0]).toBe('inconclusive');
    expect(basis(abroad, 'academic_exception')).toEqual(['conditional', 'academic_joint_research_provision', 'academic_genuine_aim_required']);
    expect(abroad.recommendedBasis).toBeNull();
    expect(warningIds(abroad)).toContain('guideline_silent');
    // The same project with an EU recipient: joint use is settled and recommended.
    expect(assess({ purpose: 'academic_and_product', jointResearch: 'yes', foreignRecipient: 'adequate_country' }).recommendedBasis).toBe('pseudonymized_joint_use');
  });

  it('an unsure public-health need between hospitals stops before pseudonymized joint use (§10.7)', () => {
    const caseResearch = (publicHealthNeed: 'yes' | 'no' | 'unsure') =>
      evaluate(without(withAnswers({ providerType: 'non_academic_medical', recipientType: 'non_academic_medical', purpose: 'academic_only', stage: 'exploration', publicHealthNeed }), 'jointResearch'));
    const unsure = caseResearch('unsure');
    expect(basis(unsure, 'public_health_exception')).toEqual(['inconclusive', 'public_health_need_unsure']);
    expect(basis(unsure, 'pseudonymized_joint_use')?.[0]).toBe('acceptable');
    expect(unsure.recommendedBasis).toBeNull();
    expect(warningIds(unsure)).toContain('guideline_silent');
    expect(checklistIds(unsure)).toEqual(expect.arrayContaining(['document_public_health_necessity', 'document_consent_difficulty']));
    expect(caseResearch('yes').recommendedBasis).toBe('public_health_exception');
    expect(basis(caseResearch('yes'), 'public_health_exception')).toEqual(['recommended', 'public_health_hospital_case_research']);
    expect(caseResearch('no').recommendedBasis).toBe('pseudonymized_joint_use');
  });

  it('the regulator outside the review stage: statutory cooperation is open and consent behind it is not recommended (R7)', () => {
    const result = evaluate(without(withAnswers({ recipientType: 'regulator', stage: 'development', consent: 'obtained' }), 'publicHealthNeed', 'jointResearch', 'recipientOwnUse', 'keyHolder', 'foreignRecipient', 'provisionStatus'));
    expect(basis(result, 'statutory_cooperation')).toEqual(['inconclusive', 'statutory_other_stage_unconfirmed']);
    expect(basis(result, 'consent')).toEqual(['acceptable', 'consent_obtained_covers_use']);
    expect(result.recommendedBasis).toBeNull();
    expect(warningIds(result)).toEqual(expect.arrayContaining(['guideline_silent', 'regulator_outside_review']));
  });

  it('an inconclusive basis after the recommended one does not stop it', () => {
    // A non-medical academic provider in joint research: the academic exception comes before the open joint use.
    const result = assess({ providerType: 'academic_non_medical', purpose: 'academic_and_product', jointResearch: 'yes' });
    expect(result.recommendedBasis).toBe('academic_exception');
    expect(basis(result, 'pseudonymized_joint_use')?.[0]).toBe('inconclusive');
  });
});

describe('仮名加工情報 under the academic exception (Art. 41(6): the Art. 27(1) items are closed)', () => {
  const pseudonymized = (overrides: AssessmentInput) =>
    evaluate(without(withAnswers({ dataState: 'pseudonymized', ...overrides }), 'consent', 'publicHealthNeed'));

  it('an academic hospital in joint research cannot provide 仮名加工情報 under the academic exception; joint use is the route', () => {
    const result = pseudonymized({ purpose: 'academic_only', jointResearch: 'yes', stage: 'exploration' });
    expect(basis(result, 'academic_exception')).toEqual(['not_appropriate', 'academic_exceptions_closed_for_pseudonymized']);
    expect(basis(result, 'consent')).toEqual(['not_applicable', 'consent_not_route_for_pseudonymized']);
    expect(basis(result, 'public_health_exception')).toEqual(['not_applicable', 'public_health_not_for_pseudonymized']);
    expect(result.recommendedBasis).toBe('pseudonymized_joint_use');
    // Already processed: checked against Rule 31, not processed again (PPC Q14-5).
    expect(checklistIds(result)).toContain('verify_existing_pseudonymization');
    expect(checklistIds(result)).not.toContain('process_per_rule_31');
    for (const id of ['confirm_academic_body_status', 'joint_research_agreement', 'assess_unjust_infringement']) expect(checklistIds(result)).not.toContain(id);
  });

  it('names both failures for a product-only purpose, the purpose first', () => {
    expect(basis(pseudonymized({ purpose: 'product_only', jointResearch: 'yes' }), 'academic_exception')).toEqual([
      'not_appropriate',
      'product_only_not_academic',
      'academic_exceptions_closed_for_pseudonymized',
    ]);
  });

  it('to an academic recipient as well: the recipient-side route is closed too', () => {
    const result = pseudonymized({ recipientType: 'academic_non_medical', purpose: 'academic_only', jointResearch: 'no', stage: 'exploration' });
    expect(basis(result, 'academic_exception')).toEqual(['not_appropriate', 'academic_exceptions_closed_for_pseudonymized']);
    expect(result.recommendedBasis).toBe('pseudonymized_joint_use');
  });

  it('inside the institution too: its 仮名加工情報 is used after a purpose change (Art. 41(9))', () => {
    const result = evaluate(
      without(withAnswers({ dataState: 'pseudonymized', recipientType: 'same_institution', purpose: 'academic_only', stage: 'exploration' }), 'consent', 'publicHealthNeed', 'jointResearch', 'recipientOwnUse', 'keyHolder', 'foreignRecipient', 'provisionStatus'),
    );
    expect(basis(result, 'academic_exception')).toEqual(['not_appropriate', 'academic_exceptions_closed_for_pseudonymized']);
    expect(result.recommendedBasis).toBe('pseudonymized_internal_use');
    expect(checklistIds(result)).toEqual(expect.arrayContaining(['verify_existing_pseudonymization', 'secure_deletion_info', 'publish_pseudonymized_purpose', 'no_reidentification_no_contact']));
  });
});

describe('data of deceased patients only, without genome data (§10.5)', () => {
  it('keeps the ethics and scope notes, and nothing that rests on an APPI duty', () => {
    const result = evaluate(
      withAnswers({ dataSubjects: 'deceased_only', dataOrigin: 'other', productKind: 'other_medical_device', stage: 'post_market', ethicsReview: 'none', foreignStorage: 'yes', providerSector: 'public_body', laterNeeds: ['share_further'] }),
    );
    expect(result.recommendedBasis).toBeNull();
    expect(result.checklist.map((item) => item.id)).toEqual(['ethics_review']);
    expect([...warningIds(result)].sort()).toEqual(
      ['deceased_outside_appi', 'ethics_review_not_arranged', 'out_of_scope_data_origin', 'out_of_scope_product', 'stage_basis_unconfirmed'].sort(),
    );
    expect(result.remedies).toEqual([]);
  });
});

describe('warnings that depend on the recommendation, not only on the answers', () => {
  it('pseudonymized internal use puts 仮名加工情報 in play: contact, re-linking and genome notes apply (Art. 41(7)(8); §3.1)', () => {
    const inside = without(
      withAnswers({ providerType: 'non_academic_medical', recipientType: 'same_institution', laterNeeds: ['contact_patients', 'relink_outcomes'], dataTypes: ['genome', 'video_audio'] }),
      'jointResearch',
      'recipientOwnUse',
      'keyHolder',
      'foreignRecipient',
      'provisionStatus',
    );
    const result = evaluate(inside);
    expect(result.recommendedBasis).toBe('pseudonymized_internal_use');
    expect(warningIds(result)).toEqual(
      expect.arrayContaining(['contact_prohibited', 'relink_request_prohibited', 'genome_sequence_excluded', 'face_and_video_processing_unsettled']),
    );
  });

  it('the academic-purpose note at 開発 is only for a recommended academic exception (§8.3)', () => {
    const clinic = without(withAnswers({ providerType: 'non_academic_medical', purpose: 'academic_only' }), 'jointResearch');
    const result = evaluate(clinic);
    expect(result.recommendedBasis).toBe('pseudonymized_joint_use');
    expect(warningIds(result)).not.toContain('academic_purpose_at_product_stage');
  });

  it('a clinic to a university is guideline-silent only when the academic exception carries it, not when consent does', () => {
    const withConsent = evaluate(
      without(withAnswers({ providerType: 'non_academic_medical', recipientType: 'academic_non_medical', purpose: 'academic_only', stage: 'exploration', consent: 'obtained' }), 'jointResearch', 'publicHealthNeed'),
    );
    expect(withConsent.recommendedBasis).toBe('consent');
    expect(basis(withConsent, 'academic_exception')).toEqual(['acceptable', 'academic_recipient_side_route']);
    expect(warningIds(withConsent)).not.toContain('guideline_silent');
  });

  it('joint research with a coexisting product purpose is not flagged as an academic label (§8.3 is about product-only work)', () => {
    const result = evaluate(withAnswers({ purpose: 'academic_and_product', jointResearch: 'yes', stage: 'exploration' }));
    expect(warningIds(result)).not.toContain('academic_label_for_product_only');
    expect(warningIds(evaluate(withAnswers({ purpose: 'product_only', jointResearch: 'yes' })))).toContain('academic_label_for_product_only');
    expect(warningIds(evaluate(withAnswers({ purpose: 'product_only', jointResearch: 'no' })))).not.toContain('academic_label_for_product_only');
  });
});

describe('the regulator as recipient (R7)', () => {
  it('only statutory cooperation and consent concern a provision to the regulator; the rest says why not', () => {
    const toRegulator = without(withAnswers({ recipientType: 'regulator', stage: 'regulatory_review' }), 'jointResearch', 'recipientOwnUse', 'keyHolder', 'foreignRecipient', 'provisionStatus');
    const result = evaluate(toRegulator);
    expect(Object.fromEntries(result.bases.map((entry) => [entry.basis, [entry.verdict, ...entry.reasons]]))).toEqual({
      consent: ['not_appropriate', 'consent_impractical'],
      academic_exception: ['not_applicable', 'provision_to_regulator_only'],
      public_health_exception: ['not_applicable', 'provision_to_regulator_only'],
      entrustment: ['not_applicable', 'provision_to_regulator_only'],
      personal_data_joint_use: ['not_applicable', 'provision_to_regulator_only'],
      pseudonymized_joint_use: ['not_applicable', 'provision_to_regulator_only'],
      pseudonymized_internal_use: ['not_applicable', 'internal_use_only'],
      statutory_cooperation: ['recommended', 'statutory_reliability_inspection'],
      anonymized_provision: ['not_applicable', 'anonymized_not_for_internal_or_regulator'],
      opt_out: ['not_appropriate', 'opt_out_barred_for_sensitive'],
    });
  });
});
