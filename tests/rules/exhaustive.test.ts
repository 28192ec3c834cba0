import { describe, expect, it } from 'vitest';
import {
  BasisId,
  assessmentSchema,
  citationIds,
  citations,
  evaluate,
  getQuestion,
  nextQuestion,
} from '../../src/rules';
import type { Assessment, AssessmentInput, QuestionId } from '../../src/rules';

/**
 * Exhaustive check of the decision model.
 *
 * What is enumerated: every complete input reachable through `nextQuestion`, branching over EVERY option of every
 * question that can change a verdict or the recommendation (provider, recipient, purpose, joint research, stage,
 * data state, consent, public-health need, own use, key holder, foreign recipient, provision status, and the one
 * multi-select answers that change a verdict: dataTypes ∋ genome and laterNeeds ∋ regulator_source_check).
 *
 * What is rotated instead of multiplied: answers that only set the scope flag or add checklist items and warnings
 * (dataOrigin, productKind, ethicsReview, the data types other than genome, the other laterNeeds). Each path takes the next value from a
 * covering list for each of them, so every value and every data type appears many times across the run, in many
 * different contexts. independence.test.ts proves that each of these answers adds only its own items whatever
 * the rest of the input is, which is why a covering set is enough.
 */

const itemOnly = {
  dataOrigin: [['clinical_care'], ['other']],
  productKind: [['diagnostic_ai_software'], ['other_medical_device'], ['not_medical_device']],
  ethicsReview: [['approved'], ['planned'], ['none'], ['unsure']],
} as const satisfies Partial<Record<QuestionId, readonly (readonly unknown[])[]>>;

// The multi-select answers that can change a verdict are branched on (genome: pseudonymized joint use becomes
// conditional; regulator_source_check: the statutory-cooperation reason); the rest rotate.
const otherDataTypes = [
  [],
  ...getQuestion('dataTypes').options.filter((type) => type !== 'genome').map((type) => [type]),
  getQuestion('dataTypes').options.filter((type) => type !== 'genome'),
];
const otherLaterNeeds = [[], ['relink_outcomes'], ['contact_patients'], ['share_further'], ['relink_outcomes', 'contact_patients', 'share_further']];

/** Walks the flow, branching on every verdict-relevant answer; item-only answers are set at each leaf. */
function* walk(from: AssessmentInput, leaf: { n: number; visits: number }): Generator<AssessmentInput> {
  const id = nextQuestion(from);
  if (id === null) {
    // None of the item-only answers gates a later question, so they can be rotated at the leaf.
    const n = (leaf.n += 1);
    const rotated = Object.fromEntries(
      Object.entries(itemOnly).map(([question, choices]) => [question, choices[n % choices.length]?.[0]]),
    );
    yield { ...from, ...rotated };
    return;
  }
  let values: readonly unknown[];
  if (id in itemOnly) {
    values = itemOnly[id as keyof typeof itemOnly][0];
  } else if (id === 'dataTypes') {
    // A counter of its own: rotating by the leaf count would line up with the tree and skip some contexts.
    const others = otherDataTypes[(leaf.visits += 1) % otherDataTypes.length] ?? [];
    values = [others, [...others, 'genome']];
  } else if (id === 'laterNeeds') {
    const others = otherLaterNeeds[leaf.n % otherLaterNeeds.length] ?? [];
    values = [others, [...others, 'regulator_source_check']];
  } else {
    values = getQuestion(id).options;
  }
  for (const value of values) yield* walk({ ...from, [id]: value }, leaf);
}

describe('the whole decision model, exhaustively', () => {
  it('ends every path in a valid, fully cited result', { timeout: 120_000 }, () => {
    let evaluated = 0;
    const recommendedCount = new Map<string, number>();
    const citedAnywhere = new Set<string>();
    const seen = { dataTypes: new Set<string>(), laterNeeds: new Set<string>(), dataOrigin: new Set<string>(), productKind: new Set<string>(), ethicsReview: new Set<string>() };

    for (const input of walk({}, { n: 0, visits: 0 })) {
      let result: Assessment;
      try {
        result = evaluate(input);
      } catch (error) {
        throw new Error(`evaluate threw for ${JSON.stringify(input)}: ${String(error)}`);
      }
      evaluated += 1;
      // Sampled schema check: a full zod parse of every result would take most of the minute.
      if (evaluated % 97 === 0) assessmentSchema.parse(result);

      const bases = result.bases.map((entry) => entry.basis);
      if (bases.join() !== BasisId.options.join()) throw new Error(`bases not one per id in order for ${JSON.stringify(input)}`);
      const recommended = result.bases.filter((entry) => entry.verdict === 'recommended').map((entry) => entry.basis);
      if (result.recommendedBasis === null ? recommended.length !== 0 : recommended.join() !== result.recommendedBasis) {
        throw new Error(`recommended verdict does not match recommendedBasis for ${JSON.stringify(input)}`);
      }
      if (result.timeline.length !== 7 || result.timeline.find((t) => t.stage === result.stage)?.recommendedBasis !== result.recommendedBasis) {
        throw new Error(`timeline does not agree with the stage result for ${JSON.stringify(input)}`);
      }
      if (input.dataState === 'identifiable') {
        const optOut = result.bases.find((entry) => entry.basis === 'opt_out')?.verdict;
        if (optOut !== 'not_appropriate' && optOut !== 'not_applicable') throw new Error(`opt-out offered for identifiable data: ${JSON.stringify(input)}`);
      }
      // No recommendation is always explained: an open point (guideline_silent), a plan nothing fits, or data outside APPI.
      if (
        result.recommendedBasis === null &&
        !result.warnings.some((w) => w.id === 'guideline_silent' || w.id === 'no_basis_fits' || w.id === 'deceased_outside_appi')
      ) {
        throw new Error(`no recommendation without an explanation: ${JSON.stringify(input)}`);
      }
      if (result.bases.some((b) => b.verdict === 'inconclusive') && !result.warnings.some((w) => w.id === 'guideline_silent')) {
        throw new Error(`an inconclusive verdict without guideline_silent: ${JSON.stringify(input)}`);
      }
      for (const entry of [...result.bases, ...result.checklist, ...result.warnings]) {
        if (entry.citations.length === 0) throw new Error(`uncited entry in ${JSON.stringify(input)}`);
        for (const id of entry.citations) {
          if (!(id in citations)) throw new Error(`unknown citation ${id}`);
          citedAnywhere.add(id);
        }
      }
      recommendedCount.set(String(result.recommendedBasis), (recommendedCount.get(String(result.recommendedBasis)) ?? 0) + 1);
      for (const type of input.dataTypes ?? []) seen.dataTypes.add(type);
      for (const need of input.laterNeeds ?? []) seen.laterNeeds.add(need);
      if (input.dataOrigin !== undefined) seen.dataOrigin.add(input.dataOrigin);
      if (input.productKind !== undefined) seen.productKind.add(input.productKind);
      if (input.ethicsReview !== undefined) seen.ethicsReview.add(input.ethicsReview);
    }

    console.info(`exhaustive: ${String(evaluated)} complete inputs evaluated; recommendations: ${JSON.stringify(Object.fromEntries(recommendedCount))}`);
    expect(evaluated).toBeGreaterThan(10_000);
    // Every registered citation is used by some result, and every rotated answer value was reached.
    expect(citationIds.filter((id) => !citedAnywhere.has(id))).toEqual([]);
    expect(seen.dataTypes.size).toBe(getQuestion('dataTypes').options.length);
    expect(seen.laterNeeds.size).toBe(getQuestion('laterNeeds').options.length);
    expect(seen.dataOrigin.size).toBe(2);
    expect(seen.productKind.size).toBe(3);
    expect(seen.ethicsReview.size).toBe(4);
  });
});
