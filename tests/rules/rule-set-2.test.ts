import { describe, expect, it } from 'vitest';
import { evaluate, rulesVersion, supersededRuleSets } from '../../src/rules';
import type { Assessment, AssessmentInput } from '../../src/rules';
import { withAnswers } from './fixtures';

const assess = (overrides: AssessmentInput) => evaluate(withAnswers(overrides));
const verdictOf = (result: Assessment, basis: string) => result.bases.find((entry) => entry.basis === basis);
const warningIds = (result: Assessment) => result.warnings.map((warning) => warning.id);
const checklistIds = (result: Assessment) => result.checklist.map((item) => item.id);
const remedyKeys = (result: Assessment) =>
  result.remedies.map((remedy) => remedy.changes.map((change) => `${change.question}:${String(change.answer)}`).join(';'));
const ownerOf = (result: Assessment, id: string) => result.checklist.find((item) => item.id === id)?.owner;

/**
 * Rule set 2: each test names the point of guideline-reference.md §10 it encodes and the public source behind it.
 * The central case (tests/rules/fixtures.ts) is a university hospital giving identifiable CT data to a company in
 * Japan for product development at 開発, consent impractical, key kept by the hospital.
 */
describe('rule set 2 (guideline-reference.md §10)', () => {
  it('has its own version and replaces rule set 1 for the same law', () => {
    expect(rulesVersion).toBe('2024.09-appi2022.2');
    expect(supersededRuleSets).toEqual(['2024.09-appi2022.1']);
  });

  describe('§10.2 foreign recipients (Art. 28; PPC FAQ Q12-1)', () => {
    it('entrustment to a vendor outside the EEA/UK without a Rule 16 system does not fit; consent to foreign provision is the way', () => {
      const result = assess({ recipientOwnUse: 'no', foreignRecipient: 'other_country', consent: 'obtainable' });
      expect(verdictOf(result, 'entrustment')).toMatchObject({ verdict: 'not_appropriate', reasons: ['entrustment_foreign_needs_art_28'] });
      expect(verdictOf(result, 'entrustment')?.citations).toContain('ppc_q12_1_foreign_entrustment');
      expect(result.recommendedBasis).toBe('consent');
      expect(verdictOf(result, 'consent')?.reasons).toEqual(['consent_obtainable', 'consent_foreign_third_party']);
      expect(checklistIds(result)).toEqual(expect.arrayContaining(['foreign_transfer_check', 'foreign_consent_information']));
      expect(warningIds(result)).toContain('foreign_provision_needs_basis');
    });

    it('the same vendor in an EEA/UK country or bound by a Rule 16 system is an ordinary entrustment', () => {
      for (const foreignRecipient of ['adequate_country', 'conforming_system'] as const) {
        const result = assess({ recipientOwnUse: 'no', foreignRecipient });
        expect(result.recommendedBasis, foreignRecipient).toBe('entrustment');
        expect(warningIds(result)).not.toContain('foreign_provision_needs_basis');
        expect(warningIds(result)).not.toContain('foreign_recipient_unsettled');
      }
      expect(checklistIds(assess({ recipientOwnUse: 'no', foreignRecipient: 'conforming_system' }))).toContain('conforming_system_monitoring');
      // Handling entrusted abroad is handling in that country: know its regime and name it (PPC FAQ Q10-24).
      expect(checklistIds(assess({ recipientOwnUse: 'no', foreignRecipient: 'adequate_country' }))).toContain('foreign_environment_check');
      expect(checklistIds(assess({ recipientOwnUse: 'no', foreignRecipient: 'no' }))).not.toContain('foreign_environment_check');
      // A joint user abroad is a third party handling data for itself, not the provider's handling abroad.
      expect(checklistIds(assess({ foreignRecipient: 'adequate_country' }))).not.toContain('foreign_environment_check');
      expect(checklistIds(assess({ recipientOwnUse: 'no', foreignRecipient: 'adequate_country' }))).not.toContain('conforming_system_monitoring');
    });

    it('joint use of 仮名加工情報 with an EU company works as at home (both readings of Art. 41(6) agree)', () => {
      const result = assess({ foreignRecipient: 'adequate_country' });
      expect(result.recommendedBasis).toBe('pseudonymized_joint_use');
      expect(verdictOf(result, 'pseudonymized_joint_use')?.reasons).not.toContain('pseudonymized_joint_use_foreign_unsettled');
      expect(checklistIds(result)).toContain('foreign_transfer_check');
      expect(warningIds(result)).not.toContain('guideline_silent');
    });

    it('仮名加工情報 to a joint user elsewhere without a Rule 16 system stays open, and the remedy names the two ways', () => {
      const result = assess({ foreignRecipient: 'other_country' });
      expect(verdictOf(result, 'pseudonymized_joint_use')?.verdict).toBe('inconclusive');
      expect(result.recommendedBasis).toBeNull();
      expect(warningIds(result)).toEqual(expect.arrayContaining(['foreign_recipient_unsettled', 'guideline_silent']));
      expect(remedyKeys(result)).toEqual(expect.arrayContaining(['foreignRecipient:adequate_country', 'foreignRecipient:conforming_system']));
    });

    it('consent already obtained is conditional on consent to foreign provision after the Rule 17 information', () => {
      const result = assess({ consent: 'obtained', foreignRecipient: 'other_country' });
      expect(verdictOf(result, 'consent')).toMatchObject({ verdict: 'recommended', reasons: ['consent_obtained_covers_use', 'consent_foreign_third_party'] });
      expect(verdictOf(result, 'consent')?.citations).toContain('rule_17_foreign_consent_information');
      expect(checklistIds(result)).toContain('foreign_consent_information');
    });

    it('the academic exceptions are not changed by the recipient country (Art. 28(1) keeps the Art. 27(1) items)', () => {
      const home = assess({ purpose: 'academic_and_product', jointResearch: 'yes', stage: 'exploration' });
      const abroad = assess({ purpose: 'academic_and_product', jointResearch: 'yes', stage: 'exploration', foreignRecipient: 'other_country' });
      expect(verdictOf(abroad, 'academic_exception')).toEqual(verdictOf(home, 'academic_exception'));
      expect(abroad.recommendedBasis).toBe('academic_exception');
    });
  });

  it('§10.3 data kept on servers abroad: understand the regime and name the country (PPC FAQ Q16-4)', () => {
    const result = assess({ foreignStorage: 'yes' });
    expect(result.recommendedBasis).toBe('pseudonymized_joint_use');
    expect(checklistIds(result)).toContain('foreign_environment_check');
    expect(ownerOf(result, 'foreign_environment_check')).toBe('both');
    expect(result.checklist.find((item) => item.id === 'foreign_environment_check')?.citations).toEqual(
      expect.arrayContaining(['ppc_my_number_q16_4_foreign_cloud', 'appi_32_foreign_country_disclosure']),
    );
    expect(checklistIds(assess({ foreignStorage: 'no' }))).not.toContain('foreign_environment_check');
  });

  it('§10.1 仮名加工情報 to PMDA is open (Art. 41(6)), with the 次世代医療基盤法 route pointed to', () => {
    const result = assess({ recipientType: 'regulator', dataState: 'pseudonymized', stage: 'regulatory_review' });
    expect(verdictOf(result, 'statutory_cooperation')).toMatchObject({
      verdict: 'inconclusive',
      reasons: ['statutory_pseudonymized_to_regulator_open'],
    });
    expect(result.recommendedBasis).toBeNull();
    expect(warningIds(result)).toEqual(expect.arrayContaining(['guideline_silent', 'next_gen_medical_act_route']));
    // Identifiable source records at the review stage stay Art. 27(1)(iv), as in rule set 1.
    const originals = assess({ recipientType: 'regulator', dataState: 'identifiable', stage: 'regulatory_review' });
    expect(originals.recommendedBasis).toBe('statutory_cooperation');
    expect(warningIds(originals)).not.toContain('next_gen_medical_act_route');
  });

  it('§10.4 anonymized data from a national university hospital does not run through Arts 43–44', () => {
    const result = assess({ providerSector: 'public_body', dataState: 'anonymized' });
    expect(verdictOf(result, 'anonymized_provision')).toMatchObject({ verdict: 'not_appropriate', reasons: ['anonymized_public_body_procedure'] });
    expect(result.recommendedBasis).toBeNull();
    expect(warningIds(result)).toContain('public_body_anonymized_procedure');
    expect(checklistIds(result)).toContain('public_body_rules');
    // The same hospital's 仮名加工情報 joint use is unaffected; the public-sector rules item stays.
    const pseudonymized = assess({ providerSector: 'public_body' });
    expect(pseudonymized.recommendedBasis).toBe('pseudonymized_joint_use');
    expect(checklistIds(pseudonymized)).toContain('public_body_rules');
    expect(ownerOf(pseudonymized, 'public_body_rules')).toBe('provider');
  });

  describe('§10.5 deceased patients (Art. 2(1); PPC FAQ on the deceased)', () => {
    it('an autopsy archive of deceased patients only is outside APPI: no basis, the ethics guideline still applies', () => {
      const result = assess({ dataSubjects: 'deceased_only', dataTypes: ['pathology_wsi'], keyHolder: 'recipient_too', foreignRecipient: 'other_country' });
      expect(result.bases.every((entry) => entry.verdict === 'not_applicable' && entry.reasons.join() === 'deceased_not_personal_information')).toBe(true);
      expect(result.recommendedBasis).toBeNull();
      expect(result.timeline.every((entry) => entry.recommendedBasis === null)).toBe(true);
      expect(checklistIds(result)).toEqual(['ethics_review']);
      // No APPI warning for data the Act does not cover, however the other answers read.
      expect(warningIds(result)).toEqual(['deceased_outside_appi']);
      expect(result.remedies).toEqual([]);
    });

    it('genome data of the deceased is assessed as personal information, with a warning about living relatives', () => {
      const result = assess({ dataSubjects: 'deceased_only', dataTypes: ['genome'] });
      expect(result.recommendedBasis).toBe('pseudonymized_joint_use');
      expect(warningIds(result)).toContain('deceased_genome_relatives');
      expect(warningIds(result)).not.toContain('deceased_outside_appi');
    });
  });

  it('§10.6 the academic exception with a coexisting product purpose is conditional on a genuine academic aim (PPC Q11-6)', () => {
    const result = assess({ purpose: 'academic_and_product', jointResearch: 'yes', stage: 'exploration' });
    expect(result.recommendedBasis).toBe('academic_exception');
    expect(verdictOf(result, 'academic_exception')?.reasons).toEqual(['academic_joint_research_provision', 'academic_genuine_aim_required']);
    expect(checklistIds(result)).toContain('confirm_genuine_academic_aim');
    expect(ownerOf(result, 'confirm_genuine_academic_aim')).toBe('researcher');
    const academicOnly = assess({ purpose: 'academic_only', jointResearch: 'yes', stage: 'exploration' });
    expect(verdictOf(academicOnly, 'academic_exception')?.reasons).toEqual(['academic_joint_research_provision']);
    expect(checklistIds(academicOnly)).not.toContain('confirm_genuine_academic_aim');
  });

  describe('§10.7 public health for hospital case research (PPC Q7-24, Q2-15)', () => {
    it('is recommended between hospitals for academic-only research where no academic exception fits', () => {
      const result = assess({ providerType: 'non_academic_medical', recipientType: 'non_academic_medical', purpose: 'academic_only', publicHealthNeed: 'yes' });
      expect(result.recommendedBasis).toBe('public_health_exception');
      expect(verdictOf(result, 'public_health_exception')?.reasons).toEqual(['public_health_hospital_case_research']);
      expect(checklistIds(result)).toEqual(expect.arrayContaining(['document_public_health_necessity', 'document_consent_difficulty']));
    });

    it('and inside one hospital', () => {
      const result = assess({ providerType: 'non_academic_medical', recipientType: 'same_institution', purpose: 'academic_only', publicHealthNeed: 'yes' });
      expect(result.recommendedBasis).toBe('public_health_exception');
    });

    it('never for a purpose that includes product development, nor for a company recipient', () => {
      for (const purpose of ['academic_and_product', 'product_only'] as const) {
        const result = assess({ providerType: 'non_academic_medical', recipientType: 'non_academic_medical', purpose, publicHealthNeed: 'yes', keyHolder: 'recipient_too' });
        expect(result.recommendedBasis, purpose).not.toBe('public_health_exception');
        expect(verdictOf(result, 'public_health_exception')?.reasons).toEqual(['public_health_possible_case_by_case']);
      }
      const toCompany = assess({ providerType: 'non_academic_medical', purpose: 'academic_only', publicHealthNeed: 'yes', keyHolder: 'recipient_too' });
      expect(toCompany.recommendedBasis).toBeNull();
      expect(verdictOf(toCompany, 'public_health_exception')?.verdict).toBe('conditional');
    });
  });

  it('§10.10 a vendor that also improves its own models is outside entrustment, with the open point shown', () => {
    const result = assess({ recipientOwnUse: 'partly' });
    expect(verdictOf(result, 'entrustment')).toMatchObject({ verdict: 'not_appropriate', reasons: ['entrustment_fails_partly_own_use'] });
    expect(verdictOf(result, 'entrustment')?.citations).toContain('inference_vendor_model_improvement');
    expect(warningIds(result)).toContain('vendor_own_improvement_open');
    expect(result.recommendedBasis).toBe('pseudonymized_joint_use');
    const onlyForProvider = assess({ recipientOwnUse: 'no' });
    expect(onlyForProvider.recommendedBasis).toBe('entrustment');
    expect(warningIds(onlyForProvider)).not.toContain('vendor_own_improvement_open');
  });

  it('a university department giving data to a company for product development only: the hospital route or consent', () => {
    const result = assess({ providerType: 'academic_non_medical', purpose: 'product_only' });
    expect(result.recommendedBasis).toBeNull();
    expect(remedyKeys(result)).toEqual(
      expect.arrayContaining(['providerType:academic_medical', 'providerType:non_academic_medical', 'consent:obtainable']),
    );
    const hospital = result.remedies.find((remedy) => remedy.changes[0]?.answer === 'academic_medical');
    expect(hospital).toMatchObject({ kind: 'restructure', basis: 'pseudonymized_joint_use', conditional: false });
    const consent = result.remedies.find((remedy) => remedy.changes[0]?.question === 'consent');
    expect(consent).toMatchObject({ kind: 'action', basis: 'consent', conditional: true });
  });

  it('the key at the recipient: the remedy is to keep the key at the provider', () => {
    const result = assess({ keyHolder: 'recipient_too' });
    expect(result.recommendedBasis).toBeNull();
    expect(warningIds(result)).toContain('no_basis_fits');
    const keepKey = result.remedies.find((remedy) => remedy.changes[0]?.question === 'keyHolder');
    expect(keepKey).toMatchObject({
      changes: [{ question: 'keyHolder', answer: 'provider_only' }],
      assumes: [],
      kind: 'action',
      basis: 'pseudonymized_joint_use',
      verdict: 'recommended',
      conditional: false,
    });
    expect(keepKey?.citations).toContain('gl_ch6_stage_model');
  });

  it('internal use of the institution’s own 匿名加工情報 needs no basis, and says so instead of "nothing fits"', () => {
    const result = assess({ recipientType: 'same_institution', dataState: 'anonymized' });
    expect(result.recommendedBasis).toBeNull();
    expect(warningIds(result)).toContain('anonymized_internal_use');
    expect(warningIds(result)).not.toContain('no_basis_fits');
  });

  it('the regulator outside the review stage: the sources name no basis, and the result says whom to ask', () => {
    const result = assess({ recipientType: 'regulator', stage: 'development' });
    expect(verdictOf(result, 'statutory_cooperation')?.verdict).toBe('inconclusive');
    expect(warningIds(result)).toContain('regulator_outside_review');
  });

  it('every checklist item says who does it', () => {
    const result = assess({ keyHolder: 'provider_only' });
    expect(Object.fromEntries(result.checklist.map((item) => [item.id, item.owner]))).toEqual({
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
    });
  });
});
