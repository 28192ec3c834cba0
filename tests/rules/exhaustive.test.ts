import { describe, expect, it } from 'vitest';
import {
  BasisId,
  ChecklistId,
  ReasonId,
  WarningId,
  assessmentSchema,
  citationIds,
  citations,
  evaluate,
  getQuestion,
  nextQuestion,
  pruneAnswers,
  stages,
} from '../../src/rules';
import type { Assessment, AssessmentInput, BasisVerdict, QuestionId, StageId } from '../../src/rules';
import { checkRemedies } from './remedy-checks';
import { seededRandom } from '../../scripts/lib/enumerate';

/**
 * Exhaustive check of the decision model: every complete input reachable through `nextQuestion`, with the answers
 * that can change a verdict branched over and the rest rotated (about 500,000 inputs; the count is printed). Run
 * with RULES_ENUMERATION=covering (the mutation run does, see vitest.mutation.config.ts) it walks a small covering
 * enumeration instead (about 1,500 inputs), with the same checks.
 *
 * BRANCHED over every option, wherever the flow asks them (each can change a verdict or a reason):
 *   dataSubjects, providerType, providerSector, recipientType, purpose, jointResearch, dataState, consent,
 *   publicHealthNeed, recipientOwnUse (all 3), keyHolder, foreignRecipient (all 4);
 *   dataTypes: with and without `genome` (a genome carve-out reason; with deceased_only it decides whether the APPI
 *   applies at all).
 * BRANCHED over classes, the value inside a class rotated (independence.test.ts proves the values of one class
 * give the same result but for the items named):
 *   stage: one stage per phase of ch.6 (academic-dominant, product-dominant, review, post-market), the stage inside
 *     the phase drawn: same-phase stages differ only in stage_basis_unconfirmed and plan_stage_transition. Every
 *     evaluation still assesses all seven stages for its timeline, so each stage's recommendation is checked anyway.
 *   provisionStatus: provided_without_publication, and one of not_yet / provided_after_publication (drawn: they
 *     give identical results).
 * ROTATED: one value per path, drawn from a covering list by a seeded pseudo-random draw (each proven by
 * independence.test.ts to add only its own checklist items and warnings, or to change only the reason named,
 * whatever else is answered):
 *   dataOrigin, productKind, ethicsReview (scope flag and their warnings), foreignStorage (foreign_environment_check),
 *   the data types other than genome (their processing item and warning), and laterNeeds including
 *   regulator_source_check (its checklist item and warning, and statutory_cooperation's reason
 *   statutory_only_for_regulator → statutory_source_documents_later with the same verdict).
 * COVERED, not branched: deceased patients only without genome data. No APPI basis applies there, whatever the
 * other answers (independence.test.ts), so that quarter of the space gets the covering walk: the answers that gate
 * later questions and the ch.6 phase branched, everything else drawn.
 *
 * Checked for every input: the output is well formed and fully cited, one verdict per basis in order, the timeline
 * agrees, a missing recommendation is explained, an inconclusive verdict raises guideline_silent, the `laws` below
 * hold, and the remedy properties of remedy-checks.ts (every input of the covering walk, every eighth of the full
 * one: they re-evaluate each remedy). Checked at the end: no dead rule (every checklist, warning and reason id is
 * produced), every citation is cited, every basis but the never-recommended ones is recommended somewhere, and every
 * answer of every question was reached.
 */

const covering = process.env.RULES_ENUMERATION === 'covering';

type Value = string | readonly string[];

/**
 * A deterministic pseudo-random draw (mulberry32, fixed seed) rather than a plain counter: a counter's period lines
 * up with the tree's branching and can skip a value in whole contexts (it did: the processing items of rotated data
 * types were never reached where data was pseudonymized). The draw is the same on every run; the test proves at
 * the end that every answer value and every item was reached.
 */
const draws = seededRandom;

const phases: readonly (readonly StageId[])[] = [
  ['basic_research', 'exploration'],
  ['development', 'performance_evaluation', 'application_preparation'],
  ['regulatory_review'],
  ['post_market'],
];
const otherDataTypes: readonly (readonly string[])[] = [
  [],
  ...getQuestion('dataTypes').options.filter((type) => type !== 'genome').map((type) => [type]),
  getQuestion('dataTypes').options.filter((type) => type !== 'genome'),
];
const laterNeeds = [[], ...getQuestion('laterNeeds').options.map((need) => [need]), getQuestion('laterNeeds').options];

/**
 * The walk branches only on answers that gate later questions or that are branched on (above); every other answer
 * is set to a representative while walking and drawn at the leaf. None of the drawn answers gates a later question
 * (each leaf is checked to be exactly its own path), so drawing them there changes no path, and a draw per leaf
 * varies them far more than a draw per node high up in the tree would.
 */
const drawnAtLeaf: ReadonlySet<QuestionId> = new Set(['dataOrigin', 'productKind', 'foreignStorage', 'ethicsReview', 'stage', 'provisionStatus', 'dataTypes', 'laterNeeds']);
/** The covering walk branches on these only (the answers that gate later questions, and the ch.6 phase) and draws every other answer at the leaf. */
const branchedInCovering: ReadonlySet<QuestionId> = new Set(['providerType', 'recipientType', 'purpose', 'dataState', 'consent', 'stage']);

interface Plan {
  readonly covering: boolean;
  /** Whether genome data is branched on, always present, never present, or drawn. */
  readonly genome: 'branch' | 'with' | 'without' | 'draw';
  /** Answers given before the walk starts, kept as they are. */
  readonly fixed?: QuestionId;
}

const phaseOf = (stage: Value) => phases.findIndex((phase) => phase.includes(stage as StageId));

function makeWalk() {
  const draw = draws(20241001);
  const pick = <T>(values: readonly T[]): T => {
    const value = values[Math.floor(draw() * values.length)];
    if (value === undefined) throw new Error('nothing to draw from');
    return value;
  };
  /** The values to walk for a question: every option, or one representative per class. */
  const representatives: Readonly<Partial<Record<QuestionId, readonly Value[]>>> = {
    stage: phases.map((phase) => phase[0] ?? 'basic_research'),
    provisionStatus: ['not_yet', 'provided_without_publication'],
    laterNeeds: [[]],
  };
  const branches = (id: QuestionId, plan: Plan): readonly Value[] => {
    const question = getQuestion(id);
    if (id === 'dataTypes') return { branch: [[], ['genome']], with: [['genome']], without: [[]], draw: [[]] }[plan.genome];
    const first: Value = question.kind === 'multi' ? [] : (question.options[0] ?? '');
    if (plan.covering && !branchedInCovering.has(id)) return [first];
    return representatives[id] ?? (drawnAtLeaf.has(id) ? [first] : question.options);
  };
  /** The value drawn at the leaf for a question whose walked value is `value`: a member of the same class. */
  const drawn = (id: QuestionId, value: Value, plan: Plan): Value => {
    if (id === plan.fixed) return value;
    const any = plan.covering && !branchedInCovering.has(id);
    if (id === 'stage') return pick(phases[phaseOf(value)] ?? []);
    if (id === 'provisionStatus') {
      if (any) return pick(getQuestion(id).options);
      return value === 'not_yet' ? pick(['not_yet', 'provided_after_publication']) : value;
    }
    if (id === 'dataTypes') return [...pick(otherDataTypes), ...((plan.genome === 'draw' ? pick([false, true]) : value.includes('genome')) ? ['genome'] : [])];
    if (id === 'laterNeeds') return pick(laterNeeds);
    return any || drawnAtLeaf.has(id) ? pick(getQuestion(id).options) : value;
  };
  function* walk(from: AssessmentInput, plan: Plan): Generator<AssessmentInput> {
    const id = nextQuestion(from);
    if (id === null) {
      const leaf: Record<string, Value> = {};
      for (const [question, value] of Object.entries(from) as [QuestionId, Value][]) leaf[question] = drawn(question, value, plan);
      yield leaf;
      return;
    }
    for (const value of branches(id, plan)) yield* walk({ ...from, [id]: value }, plan);
  }
  return function* inputs(): Generator<AssessmentInput> {
    if (covering) {
      yield* walk({}, { covering: true, genome: 'draw' });
      return;
    }
    yield* walk({ dataSubjects: 'includes_living' }, { covering: false, genome: 'branch', fixed: 'dataSubjects' });
    // Deceased patients only: with genome data, assessed as personal information (branched in full); without it,
    // outside APPI, where independence.test.ts proves that no other answer changes anything but the items it names,
    // so the covering walk is enough there.
    yield* walk({ dataSubjects: 'deceased_only' }, { covering: false, genome: 'with', fixed: 'dataSubjects' });
    yield* walk({ dataSubjects: 'deceased_only' }, { covering: true, genome: 'without', fixed: 'dataSubjects' });
  };
}

type Verdicts = Readonly<Record<BasisId, BasisVerdict>>;
const usable = (entry: BasisVerdict): boolean => entry.verdict === 'recommended' || entry.verdict === 'acceptable' || entry.verdict === 'conditional';
const medical = (type: string | undefined) => type === 'academic_medical' || type === 'non_academic_medical';
const academic = (type: string | undefined) => type === 'academic_medical' || type === 'academic_non_medical';

/**
 * What the sources forbid, as checks over every result: each names the rule it encodes. A message is returned
 * when the result breaks it. They are read from the sources, not from the code: several hold by more than one
 * route through it, which is the point.
 */
const laws: readonly { readonly source: string; readonly broken: (input: AssessmentInput, result: Assessment, v: Verdicts) => boolean }[] = [
  {
    source: 'Art. 27(2) proviso: no opt-out for 要配慮個人情報, and opt-out is never recommended (§2.6)',
    broken: (_input, _result, v) => usable(v.opt_out),
  },
  {
    source: 'personal-data joint use is "difficult" for this data and never recommended (§2.6 table; PPC Q7-51)',
    broken: (_input, _result, v) => usable(v.personal_data_joint_use),
  },
  {
    source: 'the public-health exception is never recommended for a product purpose (§2.6), only for academic research among or inside medical institutions (§10.7)',
    broken: (input, result) =>
      [result.recommendedBasis, ...result.timeline.map((entry) => entry.recommendedBasis)].includes('public_health_exception') &&
      !(input.purpose === 'academic_only' && medical(input.providerType) && (input.recipientType === 'same_institution' || medical(input.recipientType))),
  },
  {
    source: 'the public-health exception needs a special necessity and consent that is difficult to obtain (§2.5)',
    broken: (input, _result, v) => usable(v.public_health_exception) && !(input.consent === 'difficult' && input.publicHealthNeed === 'yes'),
  },
  {
    source: 'consent is no route for 仮名加工情報 (Art. 41(6)) or 匿名加工情報 (Arts 43–44)',
    broken: (input, _result, v) => input.dataState !== 'identifiable' && v.consent.verdict !== 'not_applicable',
  },
  {
    source: 'consent to a recipient outside the EEA/UK without a Rule 16 system is at most conditional (Art. 28; Rule 17; §10.2)',
    broken: (input, _result, v) =>
      input.foreignRecipient === 'other_country' && usable(v.consent) && !v.consent.reasons.includes('consent_foreign_third_party'),
  },
  {
    source: 'the academic exception fails for a product-only purpose (§2.6; PPC GL 通則編 2-19) and for 仮名加工情報 (Art. 41(6))',
    broken: (input, _result, v) => usable(v.academic_exception) && (input.purpose === 'product_only' || input.dataState !== 'identifiable'),
  },
  {
    source: 'a provider that is no academic body can use only the recipient-side route to an academic body (§2.2; Art. 27(1)(vii))',
    broken: (input, _result, v) =>
      usable(v.academic_exception) &&
      !academic(input.providerType) &&
      !(academic(input.recipientType) && v.academic_exception.reasons.includes('academic_recipient_side_route')),
  },
  {
    source: 'with a coexisting product purpose the academic exception is never outright: genuine academic aim required (§10.6; PPC Q11-6)',
    broken: (input, _result, v) =>
      usable(v.academic_exception) && input.purpose === 'academic_and_product' && !v.academic_exception.reasons.includes('academic_genuine_aim_required'),
  },
  {
    source: 'entrustment fails when the recipient also uses the data for itself (§2.6; PPC Q5-26-2; §10.10) and to a recipient outside EEA/UK without Rule 16 (PPC Q12-1)',
    broken: (input, _result, v) =>
      usable(v.entrustment) && (input.recipientOwnUse !== 'no' || input.foreignRecipient === 'other_country'),
  },
  {
    source: 'pseudonymized joint use is never usable with the key at the recipient (§3.4; Art. 42(3)), from a creator that is not a medical institution (§2.6), or to a recipient outside EEA/UK without Rule 16 (§10.2)',
    broken: (input, _result, v) =>
      usable(v.pseudonymized_joint_use) &&
      (input.keyHolder === 'recipient_too' || !medical(input.providerType) || input.foreignRecipient === 'other_country'),
  },
  {
    source: 'statutory cooperation (Art. 27(1)(iv)) serves the regulator at the review only, and never carries 仮名加工情報 (Art. 41(6); §10.1)',
    broken: (input, _result, v) =>
      usable(v.statutory_cooperation) && (input.recipientType !== 'regulator' || input.stage !== 'regulatory_review' || input.dataState === 'pseudonymized'),
  },
  {
    source: 'a public body does not provide 匿名加工情報 under Arts 43–44 (Art. 58, 125(2); §10.4)',
    broken: (input, _result, v) => usable(v.anonymized_provision) && input.providerSector === 'public_body',
  },
  {
    source: 'data of deceased patients only, without genome data, is not personal information: no APPI basis applies (Art. 2(1); §10.5)',
    broken: (input, result) =>
      input.dataSubjects === 'deceased_only' &&
      !(input.dataTypes ?? []).includes('genome') &&
      result.bases.some((entry) => entry.verdict !== 'not_applicable' || entry.reasons.join() !== 'deceased_not_personal_information'),
  },
  {
    source: 'the guideline is not "silent" where the answers rule every route out (README: no_basis_fits instead of guideline_silent)',
    broken: (_input, result) => result.warnings.some((w) => w.id === 'guideline_silent') && result.warnings.some((w) => w.id === 'no_basis_fits'),
  },
  {
    source: 'pseudonymized internal use and the internal-use reasons concern internal use only (Art. 41(3)(4)(9))',
    broken: (input, _result, v) => input.recipientType !== 'same_institution' && usable(v.pseudonymized_internal_use),
  },
];

describe('the whole decision model, exhaustively', () => {
  it('ends every path in a valid, fully cited result that breaks no rule of the sources', { timeout: 600_000 }, () => {
    const started = Date.now();
    const cpuBefore = process.cpuUsage();
    let evaluated = 0;
    const recommendedCount = new Map<string, number>();
    const citedAnywhere = new Set<string>();
    const produced = { checklist: new Set<string>(), warnings: new Set<string>(), reasons: new Set<string>(), verdicts: new Set<string>() };
    const seen = new Map<string, Set<string>>();

    for (const input of makeWalk()()) {
      let result: Assessment;
      try {
        result = evaluate(input);
      } catch (error) {
        throw new Error(`evaluate threw for ${JSON.stringify(input)}: ${String(error)}`);
      }
      evaluated += 1;
      if (nextQuestion(input) !== null || Object.keys(pruneAnswers(input)).length !== Object.keys(input).length) {
        throw new Error(`a drawn answer changed the path: ${JSON.stringify(input)}`);
      }
      // Sampled schema check in the full run: a zod parse of every result would double its time.
      if (covering || evaluated % 97 === 0) assessmentSchema.parse(result);

      const bases = result.bases.map((entry) => entry.basis);
      if (bases.join() !== BasisId.options.join()) throw new Error(`bases not one per id in order for ${JSON.stringify(input)}`);
      const v = Object.fromEntries(result.bases.map((entry) => [entry.basis, entry])) as Verdicts;
      const recommended = result.bases.filter((entry) => entry.verdict === 'recommended').map((entry) => entry.basis);
      if (result.recommendedBasis === null ? recommended.length !== 0 : recommended.join() !== result.recommendedBasis) {
        throw new Error(`recommended verdict does not match recommendedBasis for ${JSON.stringify(input)}`);
      }
      if (result.timeline.map((t) => t.stage).join() !== stages.join() || result.timeline.find((t) => t.stage === result.stage)?.recommendedBasis !== result.recommendedBasis) {
        throw new Error(`timeline does not agree with the stage result for ${JSON.stringify(input)}`);
      }
      // No recommendation is always explained: an open point (guideline_silent), a plan nothing fits, data outside
      // APPI, or 匿名加工情報 used inside the institution (no provision, so no basis is needed).
      const explanations = ['guideline_silent', 'no_basis_fits', 'deceased_outside_appi', 'anonymized_internal_use'];
      if (result.recommendedBasis === null && !result.warnings.some((w) => explanations.includes(w.id))) {
        throw new Error(`no recommendation without an explanation: ${JSON.stringify(input)}`);
      }
      if (result.bases.some((b) => b.verdict === 'inconclusive') && !result.warnings.some((w) => w.id === 'guideline_silent')) {
        throw new Error(`an inconclusive verdict without guideline_silent: ${JSON.stringify(input)}`);
      }
      // The remedy properties of remedies.test.ts (remedy-checks.ts): they re-evaluate every remedy, so the full
      // walk checks every eighth input (far more than remedies.test.ts samples), the covering walk every input.
      if (covering || evaluated % 8 === 0) checkRemedies(input, result);
      for (const law of laws) {
        if (law.broken(input, result, v)) throw new Error(`breaks "${law.source}" for ${JSON.stringify(input)}: ${JSON.stringify(result.bases)}`);
      }
      for (const entry of [...result.bases, ...result.checklist, ...result.warnings, ...result.remedies]) {
        if (entry.citations.length === 0) throw new Error(`uncited entry in ${JSON.stringify(input)}`);
        for (const id of entry.citations) {
          if (!(id in citations)) throw new Error(`unknown citation ${id}`);
          citedAnywhere.add(id);
        }
      }
      for (const entry of result.bases) {
        produced.verdicts.add(`${entry.basis}:${entry.verdict}`);
        for (const reason of entry.reasons) produced.reasons.add(reason);
      }
      for (const item of result.checklist) produced.checklist.add(item.id);
      for (const warning of result.warnings) produced.warnings.add(warning.id);
      recommendedCount.set(String(result.recommendedBasis), (recommendedCount.get(String(result.recommendedBasis)) ?? 0) + 1);
      for (const [question, answer] of Object.entries(input)) {
        let values = seen.get(question);
        if (values === undefined) seen.set(question, (values = new Set()));
        for (const value of Array.isArray(answer) ? answer : [answer]) values.add(String(value));
      }
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = ((cpu.user + cpu.system) / 1e6).toFixed(1);
    console.info(
      `exhaustive (${covering ? 'covering enumeration' : 'full enumeration'}): ${String(evaluated)} complete inputs evaluated in ${seconds} s (${cpuSeconds} s of CPU); ` +
        `recommendations: ${JSON.stringify(Object.fromEntries(recommendedCount))}`,
    );
    expect(evaluated).toBeGreaterThan(covering ? 1_000 : 450_000);
    // No dead rule: every checklist item, warning and reason of the schema is produced by some input, and every
    // registered citation is cited by some result.
    expect(ChecklistId.options.filter((id) => !produced.checklist.has(id))).toEqual([]);
    expect(WarningId.options.filter((id) => !produced.warnings.has(id))).toEqual([]);
    expect(ReasonId.options.filter((id) => !produced.reasons.has(id))).toEqual([]);
    expect(citationIds.filter((id) => !citedAnywhere.has(id))).toEqual([]);
    // Every basis but the three never-recommended ones is recommended somewhere; the public-health exception too,
    // for hospital case research (§10.7).
    expect([...recommendedCount.keys()].sort()).toEqual(
      [...BasisId.options.filter((basis) => basis !== 'personal_data_joint_use' && basis !== 'opt_out'), 'null'].sort(),
    );
    // Every answer of every question was reached.
    for (const id of ['dataOrigin', 'dataSubjects', 'productKind', 'providerType', 'providerSector', 'recipientType', 'purpose', 'jointResearch', 'stage', 'dataState', 'dataTypes', 'consent', 'publicHealthNeed', 'recipientOwnUse', 'keyHolder', 'foreignRecipient', 'foreignStorage', 'provisionStatus', 'laterNeeds', 'ethicsReview'] as const) {
      expect([...(seen.get(id) ?? [])].sort(), id).toEqual([...getQuestion(id).options].sort());
    }
  });
});
