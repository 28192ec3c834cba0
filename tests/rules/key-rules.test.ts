import { describe, expect, it } from 'vitest';
import {
  IncompleteInputError,
  applicableQuestions,
  assessmentSchema,
  currentRuleSet,
  describeInputProblems,
  evaluate,
  getQuestion,
  previousQuestion,
  pruneAnswers,
  questionIds,
  ruleSetFor,
  ruleSets,
  stageNameCertainty,
  stages,
} from '../../src/rules';
import type { Assessment, AssessmentInput } from '../../src/rules';
import { centralCase, withAnswers } from './fixtures';

const verdictOf = (result: Assessment, basis: string) => result.bases.find((entry) => entry.basis === basis);
const assess = (overrides: AssessmentInput) => evaluate(withAnswers(overrides));
const warningIds = (result: Assessment) => result.warnings.map((warning) => warning.id);
const checklistIds = (result: Assessment) => result.checklist.map((item) => item.id);

// Each test names the source in guideline-reference.md it encodes.
describe('key rules of the guideline', () => {
  it('a non-academic hospital cannot rely on the academic exception as provider (guideline §2.2 [SEED]; [BL1462])', () => {
    const result = assess({ providerType: 'non_academic_medical', purpose: 'academic_and_product', stage: 'exploration' });
    expect(verdictOf(result, 'academic_exception')).toMatchObject({ verdict: 'not_appropriate', reasons: ['provider_not_academic'] });
  });

  it('an academic provider in joint research may use the academic exception, and it is the model at 探索 (§2.6 [SD]; ch.6 [SEED])', () => {
    const result = assess({ purpose: 'academic_and_product', jointResearch: 'yes', stage: 'exploration' });
    expect(result.recommendedBasis).toBe('academic_exception');
    expect(verdictOf(result, 'academic_exception')?.citations).toContain('appi_27_1_vi_joint_research');
  });

  it('a product-only purpose excludes the academic exception whatever the provider (§2.6 [SD]; PPC GL 通則編 2-19)', () => {
    for (const providerType of ['academic_medical', 'academic_non_medical'] as const) {
      const result = assess({ providerType, purpose: 'product_only', jointResearch: 'yes', stage: 'exploration' });
      expect(verdictOf(result, 'academic_exception')?.verdict).toBe('not_appropriate');
      expect(verdictOf(result, 'academic_exception')?.reasons).toContain('product_only_not_academic');
      expect(warningIds(result)).toContain('academic_label_for_product_only');
    }
  });

  it('entrustment fails when the recipient uses the data for itself (§2.6 [SD]; PPC Q5-26-2)', () => {
    expect(verdictOf(assess({ recipientOwnUse: 'yes' }), 'entrustment')?.verdict).toBe('not_appropriate');
    const vendor = assess({ recipientOwnUse: 'no' });
    expect(verdictOf(vendor, 'entrustment')?.verdict).toBe('recommended');
    expect(checklistIds(vendor)).toContain('entrustment_contract_supervision');
  });

  it('joint use of personal data fails for product development (§2.6 [SD]; PPC Q7-51)', () => {
    for (const purpose of ['product_only', 'academic_and_product'] as const) {
      expect(verdictOf(assess({ purpose }), 'personal_data_joint_use')?.verdict).toBe('not_appropriate');
    }
  });

  it('pseudonymized joint use is recommended from 開発 to 承認申請書類作成 for both hospital types (ch.6 [SEED])', () => {
    for (const providerType of ['academic_medical', 'non_academic_medical'] as const) {
      for (const stage of ['development', 'performance_evaluation', 'application_preparation'] as const) {
        const result = assess({ providerType, stage, purpose: 'academic_and_product', jointResearch: 'yes' });
        expect(result.recommendedBasis, `${providerType} ${stage}`).toBe('pseudonymized_joint_use');
        expect(checklistIds(result)).toEqual(
          expect.arrayContaining(['process_per_rule_31', 'secure_deletion_info', 'publish_pseudonymized_purpose', 'publish_joint_use_items']),
        );
      }
    }
  });

  it('a non-academic hospital explores on pseudonymized joint use as well (ch.6 [SEED] variation)', () => {
    const result = assess({ providerType: 'non_academic_medical', stage: 'exploration', purpose: 'academic_and_product' });
    expect(result.recommendedBasis).toBe('pseudonymized_joint_use');
  });

  it('source documents for the reliability inspection go to the regulator under Art. 27(1)(iv) (ch.6 [SEED])', () => {
    const review = assess({ recipientType: 'regulator', stage: 'regulatory_review' });
    expect(review.recommendedBasis).toBe('statutory_cooperation');
    expect(checklistIds(review)).toContain('regulator_source_documents');
    // Outside the review the guideline does not say: the model must not pretend it does.
    const consultation = assess({ recipientType: 'regulator', stage: 'development' });
    expect(verdictOf(consultation, 'statutory_cooperation')?.verdict).toBe('inconclusive');
    expect(consultation.recommendedBasis).toBeNull();
    expect(warningIds(consultation)).toContain('guideline_silent');
  });

  it('a company recipient planning for the inspection is told the source documents go from the hospital (R7)', () => {
    const result = assess({ stage: 'performance_evaluation', laterNeeds: ['regulator_source_check'] });
    expect(verdictOf(result, 'statutory_cooperation')).toMatchObject({ verdict: 'not_applicable', reasons: ['statutory_source_documents_later'] });
    expect(checklistIds(result)).toContain('regulator_source_documents');
  });

  it('opt-out is never available for 要配慮個人情報 (Art. 27(2) proviso)', () => {
    expect(verdictOf(assess({}), 'opt_out')?.verdict).toBe('not_appropriate');
  });

  it('the public-health exception is possible case by case but never the recommendation for product development (§2.6 [SD]; [WIC1909])', () => {
    const result = assess({ providerType: 'academic_non_medical', publicHealthNeed: 'yes' });
    expect(verdictOf(result, 'public_health_exception')).toMatchObject({ verdict: 'conditional', reasons: ['public_health_possible_case_by_case'] });
    expect(result.recommendedBasis).not.toBe('public_health_exception');
    expect(checklistIds(result)).toEqual(expect.arrayContaining(['document_public_health_necessity', 'document_consent_difficulty']));
    expect(verdictOf(assess({ publicHealthNeed: 'unsure' }), 'public_health_exception')?.verdict).toBe('inconclusive');
    expect(verdictOf(assess({ consent: 'obtainable' }), 'public_health_exception')).toMatchObject({
      verdict: 'not_appropriate',
      reasons: ['public_health_requires_consent_difficulty'],
    });
    // Where it is the ONLY basis that fits, it is still not recommended: nothing is, and the result says so.
    for (const purpose of ['product_only', 'academic_and_product'] as const) {
      const onlyPublicHealth = assess({ providerType: 'non_academic_medical', purpose, publicHealthNeed: 'yes', keyHolder: 'recipient_too' });
      expect(verdictOf(onlyPublicHealth, 'public_health_exception')?.verdict, purpose).toBe('conditional');
      expect(onlyPublicHealth.bases.filter((b) => b.verdict === 'acceptable' || b.verdict === 'conditional').map((b) => b.basis)).toEqual([
        'public_health_exception',
        'anonymized_provision',
      ]);
      expect(onlyPublicHealth.recommendedBasis, purpose).toBeNull();
      expect(onlyPublicHealth.timeline.map((t) => t.recommendedBasis)).not.toContain('public_health_exception');
      expect(warningIds(onlyPublicHealth)).toContain('no_basis_fits');
    }
  });

  it('a recipient that holds the key defeats pseudonymized joint use (§3.4, §3.5; Art. 42(3))', () => {
    const result = assess({ keyHolder: 'recipient_too', laterNeeds: ['relink_outcomes'] });
    expect(verdictOf(result, 'pseudonymized_joint_use')?.verdict).toBe('not_appropriate');
    expect(result.recommendedBasis).toBeNull();
    // Settled law, not an open point: nothing fits, and re-linking with the key is the banned act.
    expect(warningIds(result)).toEqual(expect.arrayContaining(['recipient_holds_key', 'no_basis_fits', 'relink_request_prohibited']));
    expect(warningIds(result)).not.toContain('guideline_silent');
  });

  it('a recipient outside the EEA/UK without a Rule 16 system leaves pseudonymized joint use open (§10.2: UNCONFIRMED)', () => {
    const result = assess({ foreignRecipient: 'other_country' });
    expect(verdictOf(result, 'pseudonymized_joint_use')?.verdict).toBe('inconclusive');
    expect(result.recommendedBasis).toBeNull();
    expect(warningIds(result)).toEqual(expect.arrayContaining(['foreign_recipient_unsettled', 'guideline_silent']));
    expect(checklistIds(result)).toContain('foreign_transfer_check');
  });

  it('valid consent is never rejected (R1; scenario S06)', () => {
    const result = assess({ consent: 'obtained' });
    expect(result.recommendedBasis).toBe('consent');
    expect(checklistIds(result)).toContain('obtain_valid_consent');
  });

  it('a clinic may give data to an academic body for its research (Art. 27(1)(vii); PPC Q11-6), flagged as guideline-silent', () => {
    const result = assess({
      providerType: 'non_academic_medical',
      recipientType: 'academic_non_medical',
      purpose: 'academic_only',
      stage: 'exploration',
    });
    expect(result.recommendedBasis).toBe('academic_exception');
    expect(verdictOf(result, 'academic_exception')?.reasons).toEqual(['academic_recipient_side_route']);
    expect(warningIds(result)).toContain('guideline_silent');
  });

  it('internal use after a purpose change is the route for a hospital developing alone (Art. 41(9); scenario S10)', () => {
    const result = assess({ providerType: 'non_academic_medical', recipientType: 'same_institution' });
    expect(result.recommendedBasis).toBe('pseudonymized_internal_use');
    expect(verdictOf(result, 'pseudonymized_joint_use')?.verdict).toBe('not_applicable');
  });

  it('already-pseudonymized data is checked against Rule 31 rather than processed again (PPC Q14-5)', () => {
    const result = assess({ dataState: 'pseudonymized' });
    expect(result.recommendedBasis).toBe('pseudonymized_joint_use');
    expect(verdictOf(result, 'consent')?.verdict).toBe('not_applicable');
    expect(checklistIds(result)).toContain('verify_existing_pseudonymization');
    expect(checklistIds(result)).not.toContain('process_per_rule_31');
  });

  it('genome sequence data cannot travel in 仮名加工情報 (Cabinet Order Art. 1(i)(a); PPC FAQ3 Q2-3)', () => {
    const result = assess({ dataTypes: ['genome'] });
    expect(warningIds(result)).toContain('genome_sequence_excluded');
    expect(checklistIds(result)).toContain('assess_genome_identifiers');
  });

  it('the guideline does not confirm a basis after approval: post-market is left open (ch.6, UNCONFIRMED)', () => {
    const result = assess({ stage: 'post_market' });
    expect(result.recommendedBasis).toBeNull();
    expect(warningIds(result)).toEqual(expect.arrayContaining(['guideline_silent', 'stage_basis_unconfirmed']));
  });

  it('a provider that is not a medical institution is not the guideline model for pseudonymized joint use (scenario S08)', () => {
    const result = assess({ providerType: 'academic_non_medical' });
    expect(verdictOf(result, 'pseudonymized_joint_use')?.verdict).toBe('inconclusive');
    expect(result.recommendedBasis).toBeNull();
  });

  it('the 2026 amendment is flagged, never applied, for type-B providers and product-only purposes (reference §2.7)', () => {
    expect(warningIds(assess({ providerType: 'non_academic_medical', purpose: 'academic_and_product' }))).toContain('law_change_pending');
    expect(warningIds(assess({ purpose: 'product_only' }))).toContain('law_change_pending');
    expect(warningIds(assess({ purpose: 'academic_and_product', jointResearch: 'yes' }))).not.toContain('law_change_pending');
  });

  it('data provided before publication is flagged and must be dealt with (PPC Q14-18: publish before provision)', () => {
    const result = assess({ provisionStatus: 'provided_without_publication' });
    expect(warningIds(result)).toContain('provided_before_publication');
    expect(checklistIds(result)).toContain('remediate_prior_provision');
    expect(verdictOf(result, 'pseudonymized_joint_use')?.reasons).toContain('pseudonymized_joint_use_publish_first');
  });

  it('genome sequences are carved out of a pseudonymized joint use (§3.1)', () => {
    const result = assess({ dataTypes: ['genome', 'dicom_images'] });
    expect(result.recommendedBasis).toBe('pseudonymized_joint_use');
    expect(verdictOf(result, 'pseudonymized_joint_use')?.reasons).toContain('pseudonymized_joint_use_excludes_genome_sequences');
  });

  it('a provision to the regulator carries no stage-transition or amendment notes', () => {
    const result = assess({ recipientType: 'regulator', stage: 'regulatory_review' });
    expect(checklistIds(result)).not.toContain('plan_stage_transition');
    expect(warningIds(result)).not.toContain('law_change_pending');
  });

  it('out-of-scope projects still get the APPI analysis, marked out of scope (ch.1 [SEED])', () => {
    const result = assess({ dataOrigin: 'other', productKind: 'other_medical_device' });
    expect(result.inScope).toBe(false);
    expect(result.recommendedBasis).toBe('pseudonymized_joint_use');
    expect(warningIds(result)).toEqual(expect.arrayContaining(['out_of_scope_data_origin', 'out_of_scope_product']));
  });

  it('a project moving from 探索 to 開発 is told to plan the change of basis (ch.6 [SEED])', () => {
    const result = assess({ purpose: 'academic_and_product', jointResearch: 'yes', stage: 'exploration' });
    expect(result.timeline.map((entry) => entry.recommendedBasis).slice(0, 3)).toEqual([
      'academic_exception',
      'academic_exception',
      'pseudonymized_joint_use',
    ]);
    expect(checklistIds(result)).toContain('plan_stage_transition');
  });

  it('an academic body that is not a hospital keeps the academic exception within joint research at 開発 (§2.6 [SD]; R6 is for hospitals)', () => {
    const result = assess({ providerType: 'academic_non_medical', purpose: 'academic_and_product', jointResearch: 'yes' });
    expect(result.recommendedBasis).toBe('academic_exception');
    expect(verdictOf(result, 'pseudonymized_joint_use')?.verdict).toBe('inconclusive');
  });

  it('an academic-only answer at 開発 or later is questioned (ch.6 [SEED]; §8.3)', () => {
    const result = assess({ purpose: 'academic_only', jointResearch: 'yes', stage: 'development' });
    expect(result.recommendedBasis).toBe('academic_exception');
    expect(warningIds(result)).toContain('academic_purpose_at_product_stage');
    const early = assess({ purpose: 'academic_only', jointResearch: 'yes', stage: 'exploration' });
    expect(warningIds(early)).not.toContain('academic_purpose_at_product_stage');
  });
});

/** Drops answers that no longer apply, so an override can take a branch off the central path. */
const only = (input: AssessmentInput, ...drop: (keyof AssessmentInput)[]): AssessmentInput =>
  Object.fromEntries(Object.entries(input).filter(([id]) => !drop.includes(id as keyof AssessmentInput)));

describe('the model around the rules: stages, rule set, questions, output shape', () => {
  it('names the seven stages with the certainty model.md gives them (Stages table)', () => {
    expect(stageNameCertainty).toEqual({
      basic_research: 'reconstructed',
      exploration: 'confirmed',
      development: 'confirmed',
      performance_evaluation: 'reconstructed',
      application_preparation: 'confirmed',
      regulatory_review: 'reconstructed',
      post_market: 'reconstructed',
    });
    // A reconstructed name is flagged on the result; a confirmed one is not.
    for (const [stage, certainty] of Object.entries(stageNameCertainty)) {
      const result = assess({ stage: stage as AssessmentInput['stage'] });
      expect(warningIds(result).includes('stage_basis_unconfirmed'), stage).toBe(certainty === 'reconstructed');
    }
  });

  it('applies one rule set from 2022-04-01 (APPI in force) on, never the 2026 amendment (§2.7, §10.8)', () => {
    expect(ruleSets).toHaveLength(1);
    expect(ruleSetFor('2022-03-31')).toBeNull();
    expect(ruleSetFor('2022-04-01')).toBe(currentRuleSet);
    expect(ruleSetFor('2026-07-17')).toBe(currentRuleSet); // promulgated, not in force
    expect(ruleSetFor('2028-07-16')).toBe(currentRuleSet);
    expect(currentRuleSet.effectiveFrom).toBe('2022-04-01');
    expect(currentRuleSet.effectiveUntil).toBeNull();
    expect(currentRuleSet.guideline).toContain('医療デジタルデータのAI研究開発等への利活用に係るガイドライン');
    expect(currentRuleSet.guideline).toContain('2024-09-30');
    expect(currentRuleSet.law).toContain('2022-04-01');
    expect(currentRuleSet.law).toContain('not in force');
  });

  it('keeps only the answers given, never a question left open as an empty key', () => {
    expect(Object.keys(pruneAnswers({ dataOrigin: 'clinical_care', stage: 'exploration' }))).toEqual(['dataOrigin', 'stage']);
    expect(Object.keys(pruneAnswers({}))).toEqual([]);
  });

  it('counts every question as possibly on the path until the answers that gate it are given', () => {
    expect(applicableQuestions({})).toEqual(questionIds);
    expect(applicableQuestions({ dataState: 'identifiable' })).toEqual(expect.arrayContaining(['consent', 'publicHealthNeed', 'keyHolder']));
    expect(applicableQuestions({ dataState: 'identifiable', consent: 'obtained' })).not.toContain('publicHealthNeed');
    expect(applicableQuestions({ recipientType: 'company' })).toEqual(expect.arrayContaining(['jointResearch', 'recipientOwnUse', 'foreignRecipient', 'provisionStatus']));
    expect(applicableQuestions({ providerType: 'academic_non_medical' })).toEqual(expect.arrayContaining(['providerSector', 'jointResearch']));
    expect(applicableQuestions({ providerType: 'company' })).not.toContain('providerSector');
    expect(previousQuestion({}, 'dataSubjects')).toBe('dataOrigin');
    expect(previousQuestion({}, 'dataOrigin')).toBeNull();
    expect(() => getQuestion('colour' as never)).toThrow('Unknown question id: colour');
  });

  it('rejects an incomplete input with an IncompleteInputError naming the first open question', () => {
    let error: unknown;
    try {
      evaluate({ dataOrigin: 'clinical_care' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(IncompleteInputError);
    expect(error).toMatchObject({ name: 'IncompleteInputError', missing: ['dataSubjects'], message: 'Incomplete input: no answer for dataSubjects' });
  });

  it('names every missing question in an IncompleteInputError', () => {
    expect(new IncompleteInputError(['stage', 'ethicsReview']).message).toBe('Incomplete input: no answer for stage, ethicsReview');
  });

  it('reports what is not an object of answers at the root, and an unknown field by name', () => {
    for (const input of [null, 'text', 42, [1, 2], undefined]) {
      expect(describeInputProblems(input), JSON.stringify(input)).toEqual([{ kind: 'invalid', path: '(root)', message: 'expected an object of answers' }]);
    }
    expect(describeInputProblems({ ...centralCase, colour: 'blue' })).toEqual([{ kind: 'invalid', path: 'colour', message: 'unknown question id' }]);
  });

  it('reports a duplicated or unknown answer in words a reviewer can act on', () => {
    const problems = describeInputProblems({ ...centralCase, dataTypes: ['genome', 'genome'], providerType: 'hospital' });
    expect(problems.map((problem) => [problem.kind, problem.path])).toEqual([
      ['invalid', 'providerType'],
      ['invalid', 'dataTypes'],
    ]);
    const [unknown, duplicated] = problems;
    expect(unknown?.kind === 'invalid' ? unknown.message : '').toContain('academic_medical');
    expect(duplicated?.kind === 'invalid' ? duplicated.message : '').toBe('duplicate_ids');
  });

  it('the output schema accepts a result and rejects what model.md rules out', () => {
    const result = assess({ providerType: 'company', purpose: 'academic_and_product', recipientType: 'academic_non_medical' });
    expect(result.remedies.length).toBeGreaterThan(0);
    expect(assessmentSchema.safeParse(result).success).toBe(true);
    const [firstBasis] = result.bases;
    const [firstItem] = result.checklist;
    const [firstWarning] = result.warnings;
    const [firstRemedy] = result.remedies;
    if (firstBasis === undefined || firstItem === undefined || firstWarning === undefined || firstRemedy === undefined) throw new Error('fixture');
    const broken: Record<string, unknown>[] = [
      { ...result, rulesVersion: 1 },
      { ...result, inScope: 'yes' },
      { ...result, stage: 'launch' },
      { ...result, recommendedBasis: 'hope' },
      { ...result, bases: [{ ...firstBasis, citations: [] }] }, // every citations array is non-empty
      { ...result, bases: [{ ...firstBasis, reasons: [] }] },
      { ...result, bases: [{ ...firstBasis, verdict: 'maybe' }] },
      { ...result, bases: [{ ...firstBasis, basis: 'luck' }] },
      { ...result, bases: [{ ...firstBasis, citations: ['a_rumour'] }] },
      { ...result, timeline: [{ stage: 'launch', recommendedBasis: null }] },
      { ...result, timeline: [{ stage: 'exploration', recommendedBasis: 'hope' }] },
      { ...result, checklist: [{ ...firstItem, owner: 'nobody' }] },
      { ...result, checklist: [{ ...firstItem, id: 'pray' }] },
      { ...result, checklist: [{ ...firstItem, citations: [] }] },
      { ...result, warnings: [{ ...firstWarning, id: 'boo' }] },
      { ...result, warnings: [{ ...firstWarning, citations: [] }] },
      { ...result, remedies: [{ ...firstRemedy, kind: 'magic' }] },
      { ...result, remedies: [{ ...firstRemedy, basis: 'hope' }] },
      { ...result, remedies: [{ ...firstRemedy, verdict: 'maybe' }] },
      { ...result, remedies: [{ ...firstRemedy, conditional: 'no' }] },
      { ...result, remedies: [{ ...firstRemedy, citations: [] }] },
      { ...result, remedies: [{ ...firstRemedy, changes: [{ question: 'colour', answer: 'blue' }] }] },
      { ...result, remedies: [{ ...firstRemedy, changes: [{ question: 'consent', answer: 3 }] }] },
      { ...result, remedies: [{ ...firstRemedy, assumes: [{ question: 'colour', answer: 'blue' }] }] },
    ];
    for (const candidate of broken) expect(assessmentSchema.safeParse(candidate).success, JSON.stringify(candidate).slice(0, 120)).toBe(false);
    for (const field of Object.keys(result)) {
      const { [field]: _dropped, ...rest } = result as unknown as Record<string, unknown>;
      expect(assessmentSchema.safeParse(rest).success, `without ${field}`).toBe(false);
    }
  });
});

describe('rules that only a careful case shows', () => {
  it('a company at the review stage is told the hospital provides the source documents, without the check being planned (ch.6 [SEED]; R7)', () => {
    const result = assess({ stage: 'regulatory_review' });
    expect(verdictOf(result, 'statutory_cooperation')).toMatchObject({ verdict: 'not_applicable', reasons: ['statutory_source_documents_later'] });
    expect(checklistIds(result)).toContain('regulator_source_documents');
    expect(checklistIds(assess({ stage: 'development' }))).not.toContain('regulator_source_documents');
  });

  it('a project that stays on the same basis is not told to plan a change, whatever the earlier stages were (ch.6)', () => {
    // 探索 on the academic exception, 開発 on pseudonymized joint use: assessed at 開発, nothing changes later.
    const result = assess({ purpose: 'academic_and_product', jointResearch: 'yes', stage: 'development' });
    expect(result.timeline.map((entry) => entry.recommendedBasis).slice(0, 3)).toEqual(['academic_exception', 'academic_exception', 'pseudonymized_joint_use']);
    expect(checklistIds(result)).not.toContain('plan_stage_transition');
  });

  it('the regulator gets no stage-transition note even where a later stage is settled (ch.6: Art. 27(1)(iv) at the review only)', () => {
    const toRegulator = only(withAnswers({ recipientType: 'regulator', stage: 'development' }), 'jointResearch', 'recipientOwnUse', 'keyHolder', 'foreignRecipient', 'provisionStatus');
    const result = evaluate(toRegulator);
    expect(result.timeline.find((entry) => entry.stage === 'regulatory_review')?.recommendedBasis).toBe('statutory_cooperation');
    expect(checklistIds(result)).not.toContain('plan_stage_transition');
    expect(checklistIds(result)).toContain('regulator_source_documents');
    expect(checklistIds(result)).not.toContain('record_provision');
  });

  it('academic research inside the institution at 開発 is not questioned as an academic label (§8.3 concerns provision)', () => {
    const inside = only(
      withAnswers({ recipientType: 'same_institution', purpose: 'academic_only', stage: 'development' }),
      'jointResearch',
      'recipientOwnUse',
      'keyHolder',
      'foreignRecipient',
      'provisionStatus',
    );
    const result = evaluate(inside);
    expect(result.recommendedBasis).toBe('academic_exception');
    expect(warningIds(result)).not.toContain('academic_purpose_at_product_stage');
  });

  it('the open points behind guideline_silent are what it cites (README: inconclusive means take advice)', () => {
    const abroad = assess({ foreignRecipient: 'other_country' });
    const silent = abroad.warnings.find((warning) => warning.id === 'guideline_silent');
    expect(silent?.citations).toEqual(verdictOf(abroad, 'pseudonymized_joint_use')?.citations);
    // A clinic giving data to a university for its research: statute-confirmed, guideline silent (§2.4 note).
    const chain = assess({ providerType: 'non_academic_medical', recipientType: 'academic_non_medical', purpose: 'academic_only', stage: 'exploration' });
    expect(chain.warnings.find((warning) => warning.id === 'guideline_silent')?.citations).toEqual(['gl_2_4_academic_exception', 'ppc_q11_6_academic_partners']);
  });

  it('re-linking is flagged when the recipient would hold the key even without 仮名加工情報 in play (Art. 42(3))', () => {
    const result = assess({ keyHolder: 'recipient_too', laterNeeds: ['relink_outcomes'], consent: 'obtained' });
    expect(result.recommendedBasis).toBe('consent');
    expect(warningIds(result)).toContain('relink_request_prohibited');
    expect(warningIds(assess({ consent: 'obtained', laterNeeds: ['relink_outcomes'] }))).not.toContain('relink_request_prohibited');
    expect(warningIds(assess({ consent: 'obtained', laterNeeds: ['contact_patients'] }))).not.toContain('contact_prohibited');
    expect(warningIds(assess({ laterNeeds: ['contact_patients'] }))).toContain('contact_prohibited');
  });

  it('video and head scans are flagged only where the data becomes 仮名加工情報 (ch.4–5 UNCONFIRMED)', () => {
    for (const type of ['video_audio', 'head_scan_face'] as const) {
      expect(warningIds(assess({ dataTypes: [type] })), type).toContain('face_and_video_processing_unsettled');
      expect(warningIds(assess({ dataTypes: [type], consent: 'obtained' })), type).not.toContain('face_and_video_processing_unsettled');
    }
    expect(warningIds(assess({ dataTypes: ['genome'], consent: 'obtained' }))).not.toContain('genome_sequence_excluded');
  });

  it('an ethics review that is only planned is not flagged; none or unsure is (§7)', () => {
    expect(warningIds(assess({ ethicsReview: 'planned' }))).not.toContain('ethics_review_not_arranged');
    expect(warningIds(assess({ ethicsReview: 'none' }))).toContain('ethics_review_not_arranged');
    expect(warningIds(assess({ ethicsReview: 'unsure' }))).toContain('ethics_review_not_arranged');
  });
});

/** A remedy as the result states it, without its citations. */
const remedyOf = (result: Assessment) =>
  result.remedies.map(({ changes, assumes, kind, basis, conditional }) => ({ changes, assumes, kind, basis, conditional }));

describe('remedies the sources point to (model.md, "Remedies")', () => {
  it('consent still to be obtained: creating 仮名加工情報 first reaches the guideline model without conditions (ch.6; R8)', () => {
    const result = assess({ consent: 'obtainable' });
    expect(result.recommendedBasis).toBe('consent');
    expect(remedyOf(result)).toEqual([
      { changes: [{ question: 'dataState', answer: 'pseudonymized' }], assumes: [], kind: 'action', basis: 'pseudonymized_joint_use', conditional: false },
    ]);
  });

  it('a company that would leave the key with the recipient: a hospital in joint research, consent, or a vendor role (§2.4, §2.6, R4)', () => {
    const company = only(
      withAnswers({ providerType: 'company', purpose: 'academic_and_product', stage: 'exploration', keyHolder: 'recipient_too' }),
      'providerSector',
      'jointResearch',
    );
    const result = evaluate(company);
    expect(result.recommendedBasis).toBeNull();
    // A university hospital helps only through joint research (Art. 27(1)(vi)): the remedy assumes it because
    // nothing less works here, while the key at the recipient still rules out joint use.
    expect(remedyOf(result)).toEqual([
      {
        changes: [{ question: 'providerType', answer: 'academic_medical' }],
        assumes: [
          { question: 'providerSector', answer: 'private' },
          { question: 'jointResearch', answer: 'yes' },
        ],
        kind: 'restructure',
        basis: 'academic_exception',
        conditional: true,
      },
      { changes: [{ question: 'consent', answer: 'obtainable' }], assumes: [], kind: 'action', basis: 'consent', conditional: true },
      { changes: [{ question: 'recipientOwnUse', answer: 'no' }], assumes: [], kind: 'action', basis: 'entrustment', conditional: false },
    ]);
  });

  it('two changes only where one is not enough: a company giving 仮名加工情報 abroad (§2.6, §10.2)', () => {
    const company = only(
      withAnswers({ providerType: 'company', purpose: 'academic_and_product', stage: 'exploration', dataState: 'pseudonymized', foreignRecipient: 'other_country' }),
      'providerSector',
      'jointResearch',
      'consent',
      'publicHealthNeed',
    );
    const result = evaluate(company);
    expect(result.recommendedBasis).toBeNull();
    const hospital = (providerType: string, assumes: { question: string; answer: string }[]) =>
      ['adequate_country', 'conforming_system'].map((foreignRecipient) => ({
        changes: [
          { question: 'providerType', answer: providerType },
          { question: 'foreignRecipient', answer: foreignRecipient },
        ],
        assumes,
        kind: 'restructure',
        basis: 'pseudonymized_joint_use',
        conditional: false,
      }));
    expect(remedyOf(result)).toEqual([
      ...hospital('academic_medical', [
        { question: 'providerSector', answer: 'private' },
        { question: 'jointResearch', answer: 'no' },
      ]),
      ...hospital('non_academic_medical', [{ question: 'providerSector', answer: 'private' }]),
      ...['adequate_country', 'conforming_system'].map((foreignRecipient) => ({
        changes: [
          { question: 'recipientOwnUse', answer: 'no' },
          { question: 'foreignRecipient', answer: foreignRecipient },
        ],
        assumes: [],
        kind: 'action',
        basis: 'entrustment',
        conditional: false,
      })),
    ]);
  });
});

describe('the vocabulary of model.md', () => {
  it('groups the seven stages as ch.6 does: academic research first, product development from 開発 to 承認申請書類作成', async () => {
    const { stagePhase } = await import('../../src/rules/facts');
    expect(Object.fromEntries(stages.map((stage) => [stage, stagePhase(stage)]))).toEqual({
      basic_research: 'academic_dominant',
      exploration: 'academic_dominant',
      development: 'product_dominant',
      performance_evaluation: 'product_dominant',
      application_preparation: 'product_dominant',
      regulatory_review: 'regulatory_review', // Art. 27(1)(iv) anchors it [SEED]
      post_market: 'post_market', // basis not confirmed (§5 table)
    });
  });

  it('offers exactly the answer ids of model.md for every question', () => {
    expect(Object.fromEntries(questionIds.map((id) => [id, getQuestion(id).options]))).toEqual({
      dataOrigin: ['clinical_care', 'other'],
      dataSubjects: ['includes_living', 'deceased_only'],
      productKind: ['diagnostic_ai_software', 'other_medical_device', 'not_medical_device'],
      providerType: ['academic_medical', 'non_academic_medical', 'academic_non_medical', 'company'],
      providerSector: ['private', 'public_body'],
      recipientType: ['academic_medical', 'non_academic_medical', 'academic_non_medical', 'company', 'same_institution', 'regulator'],
      purpose: ['academic_only', 'academic_and_product', 'product_only'],
      jointResearch: ['yes', 'no'],
      stage: [...stages],
      dataState: ['identifiable', 'pseudonymized', 'anonymized'],
      dataTypes: ['ehr_structured', 'free_text', 'dicom_images', 'burned_in_text', 'pathology_wsi', 'head_scan_face', 'video_audio', 'genome', 'rare_disease'],
      consent: ['obtained', 'obtainable', 'difficult'],
      publicHealthNeed: ['yes', 'no', 'unsure'],
      recipientOwnUse: ['no', 'partly', 'yes'],
      keyHolder: ['provider_only', 'recipient_too'],
      foreignRecipient: ['no', 'adequate_country', 'conforming_system', 'other_country'],
      foreignStorage: ['yes', 'no'],
      provisionStatus: ['not_yet', 'provided_after_publication', 'provided_without_publication'],
      laterNeeds: ['relink_outcomes', 'contact_patients', 'share_further', 'regulator_source_check'],
      ethicsReview: ['approved', 'planned', 'none', 'unsure'],
    });
    expect(questionIds.filter((id) => getQuestion(id).kind === 'multi')).toEqual(['dataTypes', 'laterNeeds']);
  });
});
