import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataType, evaluate, pruneAnswers } from '../../src/rules';
import type { Assessment, AssessmentInput, DataTypeId } from '../../src/rules';
import { fullAnswers } from './arbitraries';

/**
 * The exhaustive test enumerates every verdict-changing answer but only a covering set of the answers that
 * merely add checklist items or warnings. These properties close the gap: each such answer adds exactly its
 * own items, whatever the rest of the input is, so covering each one once is as good as every combination.
 */

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const decision = (result: Assessment) => ({ recommendedBasis: result.recommendedBasis, bases: result.bases, timeline: result.timeline });
const difference = (a: readonly string[], b: readonly string[]) => a.filter((id) => !b.includes(id));

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
  genome: ['genome_sequence_excluded'],
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

const pseudonymizing = (result: Assessment) =>
  result.recommendedBasis === 'pseudonymized_joint_use' || result.recommendedBasis === 'pseudonymized_internal_use';

describe('answers that only add checklist items or warnings act independently', () => {
  it.each(DataType.options)('data type %s adds only its processing item (and its warning) when data is pseudonymized', (type) => {
    fc.assert(
      fc.property(fullAnswers, (input) => {
        const { without, withIt } = withAndWithout(input, 'dataTypes', type);
        if (type === 'genome') {
          // Genome sequences are carved out of a pseudonymized joint use: that one verdict may turn conditional,
          // with a reason saying so; the recommendation and every other verdict stay as they were.
          expect(withIt.recommendedBasis).toEqual(without.recommendedBasis);
          expect(withIt.timeline).toEqual(without.timeline);
          expect(withIt.bases.filter((b) => b.basis !== 'pseudonymized_joint_use')).toEqual(without.bases.filter((b) => b.basis !== 'pseudonymized_joint_use'));
        } else {
          expect(decision(withIt)).toEqual(decision(without));
        }
        const added = difference(ids(withIt.checklist), ids(without.checklist));
        expect(difference(ids(without.checklist), ids(withIt.checklist))).toEqual([]);
        expect(added).toEqual(pseudonymizing(withIt) ? [processingItem[type]] : []);
        const addedWarnings = difference(ids(withIt.warnings), ids(without.warnings));
        for (const warning of addedWarnings) expect(typeWarnings[type] ?? []).toContain(warning);
      }),
      { numRuns: 60 },
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
        const { without, withIt } = withAndWithout(input, 'laterNeeds', need);
        expect(withIt.recommendedBasis).toEqual(without.recommendedBasis);
        for (const id of difference(ids(withIt.checklist), ids(without.checklist))) expect(laterNeedEffects[need].checklist).toContain(id);
        for (const id of difference(ids(withIt.warnings), ids(without.warnings))) expect(laterNeedEffects[need].warnings).toContain(id);
        expect(difference(ids(without.checklist), ids(withIt.checklist))).toEqual([]);
        expect(difference(ids(without.warnings), ids(withIt.warnings))).toEqual([]);
        if (need !== 'regulator_source_check') expect(withIt.bases).toEqual(without.bases);
      }),
      { numRuns: 60 },
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
        expect(ids(varied.checklist)).toEqual(ids(base.checklist));
        const allowed = ['out_of_scope_data_origin', 'out_of_scope_product', 'ethics_review_not_arranged'];
        for (const id of [...difference(ids(varied.warnings), ids(base.warnings)), ...difference(ids(base.warnings), ids(varied.warnings))]) {
          expect(allowed).toContain(id);
        }
        expect(varied.inScope).toBe(variant.dataOrigin === 'clinical_care' && variant.productKind === 'diagnostic_ai_software');
      }),
      { numRuns: 200 },
    );
  });
});
