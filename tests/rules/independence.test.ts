import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataType, evaluate, pruneAnswers, stages } from '../../src/rules';
import type { Assessment, AssessmentInput, DataTypeId, StageId } from '../../src/rules';
import { fullAnswers, runs } from './arbitraries';

/**
 * The exhaustive test branches on every answer that can change a verdict but only rotates the answers (and answer
 * values) that cannot. These properties are what makes that rotation honest: each one proves, whatever the rest of
 * the input is, that the rotated answer adds exactly its own items (or changes exactly the one reason it names), so
 * covering each value in some contexts is as good as every combination. If a rule change makes one of these answers
 * matter more, its property fails here and the exhaustive test must branch on it instead.
 */

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const decision = (result: Assessment) => ({
  recommendedBasis: result.recommendedBasis,
  bases: result.bases,
  timeline: result.timeline,
  remedies: result.remedies,
});
const difference = (a: readonly string[], b: readonly string[]) => a.filter((id) => !b.includes(id));
const otherBases = <T extends { basis: string }>(entries: readonly T[], basis: string) => entries.filter((entry) => entry.basis !== basis);
const basisEntry = (result: Assessment, basis: string) => result.bases.find((entry) => entry.basis === basis);

const processingItem: Readonly<Record<DataTypeId, string>> = {
  ehr_structured: 'remove_ehr_identifiers',
  free_text: 'scrub_free_text',
  dicom_images: 'clean_dicom_headers',
  burned_in_text: 'remove_burned_in_text',
  pathology_wsi: 'mask_wsi_labels',
  head_scan_face: 'deface_head_scans',
  video_audio: 'strip_video_audio_overlays',
  genome: 'assess_genome_identifiers',
  rare_disease: 'review_rare_disease_uniqueness',
};
const typeWarnings: Partial<Readonly<Record<DataTypeId, readonly string[]>>> = {
  genome: ['genome_sequence_excluded', 'deceased_genome_relatives'],
  head_scan_face: ['face_and_video_processing_unsettled'],
  video_audio: ['face_and_video_processing_unsettled'],
};

const withAndWithout = (input: AssessmentInput, key: 'dataTypes' | 'laterNeeds', value: string) => {
  const complete = pruneAnswers(input);
  const rest = (complete[key] ?? []).filter((item) => item !== value);
  const without = evaluate({ ...complete, [key]: rest });
  const withIt = evaluate({ ...complete, [key]: [...rest, value] });
  return { without, withIt };
};

/** Evaluates the same complete input with one single-select answer set to each of two values. */
const withEach = <K extends keyof AssessmentInput>(input: AssessmentInput, key: K, a: AssessmentInput[K], b: AssessmentInput[K]) => {
  const complete = pruneAnswers(input);
  return { a: evaluate({ ...complete, [key]: a }), b: evaluate({ ...complete, [key]: b }), complete };
};

const pseudonymizing = (result: Assessment) =>
  result.recommendedBasis === 'pseudonymized_joint_use' || result.recommendedBasis === 'pseudonymized_internal_use';

/** Living patients (or genome data, which may be about living relatives): the APPI bases apply (§10.5). */
const underAppi = (input: AssessmentInput) => input.dataSubjects !== 'deceased_only';
/** Deceased patients only, without genome data: not personal information, so no APPI duty applies (§10.5). */
const outsideAppi = (input: AssessmentInput) => input.dataSubjects === 'deceased_only' && !(input.dataTypes ?? []).includes('genome');

describe('answers that only add checklist items or warnings act independently', () => {
  it.each(DataType.options)('data type %s adds only its processing item (and its warning) when data is pseudonymized', (type) => {
    fc.assert(
      fc.property(fullAnswers.filter(underAppi), (input) => {
        const { without: before, withIt } = withAndWithout(input, 'dataTypes', type);
        if (type === 'genome') {
          // Genome sequences are carved out of a pseudonymized joint use (§3.1): that one verdict may turn
          // conditional, with a reason saying so; the recommendation and every other verdict stay as they were.
          expect(withIt.recommendedBasis).toEqual(before.recommendedBasis);
          expect(withIt.timeline).toEqual(before.timeline);
          expect(otherBases(withIt.bases, 'pseudonymized_joint_use')).toEqual(otherBases(before.bases, 'pseudonymized_joint_use'));
          const reasonsOf = (result: Assessment) => basisEntry(result, 'pseudonymized_joint_use')?.reasons ?? [];
          expect(difference(reasonsOf(before), reasonsOf(withIt))).toEqual([]);
          for (const reason of difference(reasonsOf(withIt), reasonsOf(before))) expect(reason).toBe('pseudonymized_joint_use_excludes_genome_sequences');
        } else {
          expect(decision(withIt)).toEqual(decision(before));
        }
        const added = difference(ids(withIt.checklist), ids(before.checklist));
        expect(difference(ids(before.checklist), ids(withIt.checklist))).toEqual([]);
        expect(added).toEqual(pseudonymizing(withIt) ? [processingItem[type]] : []);
        const addedWarnings = difference(ids(withIt.warnings), ids(before.warnings));
        expect(difference(ids(before.warnings), ids(withIt.warnings))).toEqual([]);
        for (const warning of addedWarnings) expect(typeWarnings[type] ?? []).toContain(warning);
      }),
      { numRuns: runs(60) },
    );
  });

  const laterNeedEffects = {
    relink_outcomes: { checklist: [], warnings: ['relink_request_prohibited'] },
    contact_patients: { checklist: [], warnings: ['contact_prohibited'] },
    share_further: { checklist: [], warnings: ['onward_sharing_needs_joint_use'] },
    regulator_source_check: { checklist: ['regulator_source_documents'], warnings: ['next_gen_medical_act_route'] },
  } as const;

  it.each(Object.keys(laterNeedEffects) as (keyof typeof laterNeedEffects)[])('later need %s adds only its own items', (need) => {
    fc.assert(
      fc.property(fullAnswers, (input) => {
        const { without: before, withIt } = withAndWithout(input, 'laterNeeds', need);
        expect(withIt.recommendedBasis).toEqual(before.recommendedBasis);
        expect(withIt.timeline).toEqual(before.timeline);
        expect(withIt.remedies).toEqual(before.remedies);
        for (const id of difference(ids(withIt.checklist), ids(before.checklist))) expect(laterNeedEffects[need].checklist).toContain(id);
        for (const id of difference(ids(withIt.warnings), ids(before.warnings))) expect(laterNeedEffects[need].warnings).toContain(id);
        expect(difference(ids(before.checklist), ids(withIt.checklist))).toEqual([]);
        expect(difference(ids(before.warnings), ids(withIt.warnings))).toEqual([]);
        if (need !== 'regulator_source_check') {
          expect(withIt.bases).toEqual(before.bases);
          return;
        }
        // A company planning for the inspection is told the source documents go from the hospital (ch.6 [SEED]):
        // only the statutory-cooperation reason changes, never a verdict (R7).
        expect(otherBases(withIt.bases, 'statutory_cooperation')).toEqual(otherBases(before.bases, 'statutory_cooperation'));
        const [changed, unchanged] = [basisEntry(withIt, 'statutory_cooperation'), basisEntry(before, 'statutory_cooperation')];
        expect(changed?.verdict).toBe(unchanged?.verdict);
        if (changed?.reasons.join() !== unchanged?.reasons.join()) {
          expect(unchanged?.reasons).toEqual(['statutory_only_for_regulator']);
          expect(changed?.reasons).toEqual(['statutory_source_documents_later']);
        }
      }),
      { numRuns: runs(60) },
    );
  });

  it('scope answers and ethics review change only the scope flag and their warnings', () => {
    const variants = fc.record({
      dataOrigin: fc.constantFrom('clinical_care', 'other'),
      productKind: fc.constantFrom('diagnostic_ai_software', 'other_medical_device', 'not_medical_device'),
      ethicsReview: fc.constantFrom('approved', 'planned', 'none', 'unsure'),
    });
    fc.assert(
      fc.property(fullAnswers, variants, (input, variant) => {
        const complete = pruneAnswers(input);
        const base = evaluate(complete);
        const varied = evaluate({ ...complete, ...variant });
        expect(decision(varied)).toEqual(decision(base));
        expect(varied.checklist).toEqual(base.checklist);
        const allowed = ['out_of_scope_data_origin', 'out_of_scope_product', 'ethics_review_not_arranged'];
        for (const id of [...difference(ids(varied.warnings), ids(base.warnings)), ...difference(ids(base.warnings), ids(varied.warnings))]) {
          expect(allowed).toContain(id);
        }
        expect(varied.inScope).toBe(variant.dataOrigin === 'clinical_care' && variant.productKind === 'diagnostic_ai_software');
      }),
      { numRuns: runs(200) },
    );
  });

  it('data kept on servers abroad adds exactly foreign_environment_check and nothing else (§10.3)', () => {
    fc.assert(
      fc.property(fullAnswers, (input) => {
        const { a: home, b: abroad, complete } = withEach(input, 'foreignStorage', 'no', 'yes');
        const withoutItem = (result: Assessment) => ({ ...result, checklist: result.checklist.filter((item) => item.id !== 'foreign_environment_check') });
        expect(withoutItem(abroad)).toEqual(withoutItem(home));
        // Outside APPI (deceased patients only) there is no safety-measure duty to add (§10.5). Entrusting the
        // handling abroad may already have called for the item (PPC FAQ Q10-24).
        expect(ids(abroad.checklist).includes('foreign_environment_check')).toBe(!outsideAppi(complete));
      }),
      { numRuns: runs(100) },
    );
  });

  it('a public-body provider adds public_body_rules and changes only the anonymized-provision verdict, unless the data is anonymized (§10.4)', () => {
    const hospitalOrUniversity = fullAnswers.filter((input) => input.providerType !== 'company');
    fc.assert(
      fc.property(hospitalOrUniversity, (input) => {
        const { a: privateBody, b: publicBody, complete } = withEach(input, 'providerSector', 'private', 'public_body');
        expect(difference(ids(publicBody.checklist), ids(privateBody.checklist))).toEqual(outsideAppi(complete) ? [] : ['public_body_rules']);
        expect(otherBases(publicBody.bases, 'anonymized_provision')).toEqual(otherBases(privateBody.bases, 'anonymized_provision'));
        const anonymized = basisEntry(publicBody, 'anonymized_provision');
        if (anonymized?.verdict !== 'not_applicable') {
          expect(anonymized).toMatchObject({ verdict: 'not_appropriate', reasons: ['anonymized_public_body_procedure'] });
        }
        if (complete.dataState === 'anonymized') return; // the one route for anonymized data: verdict-changing, branched on
        expect(publicBody.recommendedBasis).toBe(privateBody.recommendedBasis);
        expect(publicBody.timeline).toEqual(privateBody.timeline);
        expect(publicBody.remedies).toEqual(privateBody.remedies);
        expect(publicBody.warnings).toEqual(privateBody.warnings);
        expect(difference(ids(privateBody.checklist), ids(publicBody.checklist))).toEqual([]);
      }),
      { numRuns: runs(150) },
    );
  });

  it('data provided after the publication is the same as data not yet provided; only provision without publication matters (PPC Q14-18)', () => {
    const provision = fullAnswers.filter((input) => pruneAnswers(input).provisionStatus !== undefined);
    fc.assert(
      fc.property(provision, (input) => {
        const { a: notYet, b: afterPublication } = withEach(input, 'provisionStatus', 'not_yet', 'provided_after_publication');
        expect(afterPublication).toEqual(notYet);
      }),
      { numRuns: runs(100) },
    );
  });

  it('stages of the same phase of ch.6 differ only in the stage-name and stage-transition notes', () => {
    const phaseOf: Readonly<Record<StageId, number>> = {
      basic_research: 0,
      exploration: 0,
      development: 1,
      performance_evaluation: 1,
      application_preparation: 1,
      regulatory_review: 2,
      post_market: 3,
    };
    const samePhase = stages.flatMap((a) => stages.filter((b) => a < b && phaseOf[a] === phaseOf[b]).map((b) => [a, b] as const));
    expect(samePhase).toHaveLength(4);
    fc.assert(
      fc.property(fullAnswers, fc.constantFrom(...samePhase), (input, [first, second]) => {
        const { a, b } = withEach(input, 'stage', first, second);
        expect(decision(b)).toEqual(decision(a));
        const onlyOwn = (result: Assessment) => ({
          checklist: result.checklist.filter((item) => item.id !== 'plan_stage_transition'),
          warnings: result.warnings.filter((warning) => warning.id !== 'stage_basis_unconfirmed'),
        });
        expect(onlyOwn(b)).toEqual(onlyOwn(a));
      }),
      { numRuns: runs(150) },
    );
  });

  it('deceased patients only, with genome data, are assessed as living ones plus the relatives warning (§10.5)', () => {
    fc.assert(
      fc.property(fullAnswers, (input) => {
        const complete = pruneAnswers(input);
        const dataTypes = [...new Set([...(complete.dataTypes ?? []), 'genome' as const])];
        const living = evaluate({ ...complete, dataTypes, dataSubjects: 'includes_living' });
        const deceased = evaluate({ ...complete, dataTypes, dataSubjects: 'deceased_only' });
        expect(decision(deceased)).toEqual(decision(living));
        expect(deceased.checklist).toEqual(living.checklist);
        expect(difference(ids(deceased.warnings), ids(living.warnings))).toEqual(['deceased_genome_relatives']);
        expect(difference(ids(living.warnings), ids(deceased.warnings))).toEqual([]);
      }),
      { numRuns: runs(100) },
    );
  });

  it('deceased patients only, without genome data: no APPI basis applies whatever the other answers (§10.5)', () => {
    // Items that follow from the facts alone, never from a basis (nothing is recommended).
    const factItems = ['ethics_review', 'foreign_transfer_check', 'foreign_environment_check', 'public_body_rules', 'remediate_prior_provision', 'regulator_source_documents', 'no_reidentification_no_contact'];
    fc.assert(
      fc.property(fullAnswers, (input) => {
        const complete = pruneAnswers(input);
        const result = evaluate({ ...complete, dataSubjects: 'deceased_only', dataTypes: (complete.dataTypes ?? []).filter((type) => type !== 'genome') });
        for (const entry of result.bases) expect(entry).toMatchObject({ verdict: 'not_applicable', reasons: ['deceased_not_personal_information'] });
        expect(result.recommendedBasis).toBeNull();
        expect(result.timeline.every((entry) => entry.recommendedBasis === null)).toBe(true);
        expect(result.remedies).toEqual([]);
        for (const id of ids(result.checklist)) expect(factItems).toContain(id);
        expect(ids(result.warnings)).toContain('deceased_outside_appi');
        for (const id of ['no_basis_fits', 'guideline_silent', 'law_change_pending', 'deceased_genome_relatives']) expect(ids(result.warnings)).not.toContain(id);
      }),
      { numRuns: runs(100) },
    );
  });

  it('a vendor that also improves its own models is treated as one using the data for itself, with the open point shown (§10.10)', () => {
    const provision = fullAnswers.filter((input) => pruneAnswers(input).recipientOwnUse !== undefined);
    fc.assert(
      fc.property(provision, (input) => {
        const { a: ownUse, b: partly, complete } = withEach(input, 'recipientOwnUse', 'yes', 'partly');
        expect(partly.recommendedBasis).toBe(ownUse.recommendedBasis);
        expect(partly.timeline).toEqual(ownUse.timeline);
        expect(partly.remedies).toEqual(ownUse.remedies);
        expect(otherBases(partly.bases, 'entrustment')).toEqual(otherBases(ownUse.bases, 'entrustment'));
        expect(basisEntry(partly, 'entrustment')?.verdict).toBe(basisEntry(ownUse, 'entrustment')?.verdict);
        if (basisEntry(ownUse, 'entrustment')?.reasons.includes('entrustment_fails_own_use')) {
          expect(basisEntry(partly, 'entrustment')?.reasons).toEqual(
            basisEntry(ownUse, 'entrustment')?.reasons.map((reason) => (reason === 'entrustment_fails_own_use' ? 'entrustment_fails_partly_own_use' : reason)),
          );
        }
        expect(partly.checklist).toEqual(ownUse.checklist);
        expect(difference(ids(partly.warnings), ids(ownUse.warnings))).toEqual(outsideAppi(complete) ? [] : ['vendor_own_improvement_open']);
        expect(difference(ids(ownUse.warnings), ids(partly.warnings))).toEqual([]);
      }),
      { numRuns: runs(100) },
    );
  });

  it('a recipient bound by a Rule 16 system is treated as one in the EEA/UK, plus the Art. 28(3) monitoring (§10.2)', () => {
    const provision = fullAnswers.filter((input) => pruneAnswers(input).foreignRecipient !== undefined);
    fc.assert(
      fc.property(provision, (input) => {
        const { a: adequate, b: conforming } = withEach(input, 'foreignRecipient', 'adequate_country', 'conforming_system');
        expect(decision(conforming)).toEqual(decision(adequate));
        expect(conforming.warnings).toEqual(adequate.warnings);
        expect(difference(ids(adequate.checklist), ids(conforming.checklist))).toEqual([]);
        expect(difference(ids(conforming.checklist), ids(adequate.checklist))).toEqual(conforming.recommendedBasis === null ? [] : ['conforming_system_monitoring']);
      }),
      { numRuns: runs(100) },
    );
  });
});
