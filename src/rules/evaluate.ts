import { basisAssessors, chooseRecommendation, recommendationOrder } from './bases';
import type { Fit, StagedSituation } from './bases';
import { checklistItems } from './checklist';
import type { Outcome } from './checklist';
import type { StageRecommendation } from './remedies';
import { stages } from './facts';
import { nextQuestion, pruneAnswers } from './flow';
import { reasonCitations } from './reasons';
import { rulesVersion } from './rule-sets';
import { BasisId, assessmentInputSchema } from './schema';
import type { Assessment, AssessmentInput, BasisVerdict, CitationId, NonEmpty, StageId } from './schema';
import { IncompleteInputError, isOutsideAppi, toSituation } from './situation';
import type { Situation } from './situation';
import { warningRules } from './warnings';
import { findRemedies } from './remedies';

/** The verdicts at one stage and the basis recommended there (the shape a remedy search reads too). */
type StageOutcome = StageRecommendation;

function assessStage(situation: Situation, atStage: StageId): StageOutcome {
  const staged: StagedSituation = { ...situation, atStage };
  const fits = Object.fromEntries(
    BasisId.options.map((basis) => [basis, basisAssessors[basis](staged)]),
  ) as Record<BasisId, Fit>;
  return { fits, recommended: chooseRecommendation(recommendationOrder(staged), fits) };
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

function citationsOf(fit: Fit): NonEmpty<CitationId> {
  const [first, ...rest] = fit.reasons;
  return unique([...reasonCitations[first], ...rest.flatMap((reason) => reasonCitations[reason])]) as unknown as NonEmpty<CitationId>;
}

function toBasisVerdict(basis: BasisId, fit: Fit, recommended: BasisId | null): BasisVerdict {
  return {
    basis,
    verdict: basis === recommended ? 'recommended' : fit.verdict,
    reasons: [...fit.reasons],
    citations: [...citationsOf(fit)],
  };
}

/** The answers, validated and pruned to the path; throws IncompleteInputError if a question on it is open. */
export function completeAnswers(input: unknown): AssessmentInput {
  const answers = pruneAnswers(assessmentInputSchema.parse(input));
  const missing = nextQuestion(answers);
  if (missing !== null) throw new IncompleteInputError([missing]);
  return answers;
}

/** The recommendation at the input's own stage only: what a remedy needs, without the timeline. */
const recommendationAtOwnStage = (answers: AssessmentInput): StageOutcome => {
  const situation = toSituation(answers);
  return assessStage(situation, situation.stage);
};

/** Answers → assessment. Pure and synchronous; answers to questions off the path are ignored. */
export function evaluate(input: unknown): Assessment {
  const answers = completeAnswers(input);
  const situation = toSituation(answers);
  const perStage = new Map(stages.map((stage) => [stage, assessStage(situation, stage)]));
  const timeline = stages.map((stage) => ({ stage, recommendedBasis: perStage.get(stage)?.recommended ?? null }));
  const here = perStage.get(situation.stage);
  if (here === undefined) throw new Error(`Unknown stage ${situation.stage}`);

  // Data outside APPI keeps only what the ethics guideline and the scope ask for (§10.5).
  const withinAppi = (rule: { readonly beyondAppi?: true }): boolean => rule.beyondAppi === true || !isOutsideAppi(situation);
  const outcome: Outcome = { situation, recommended: here.recommended, fits: here.fits, timeline };
  return {
    rulesVersion,
    inScope: situation.dataOrigin === 'clinical_care' && situation.productKind === 'diagnostic_ai_software',
    stage: situation.stage,
    recommendedBasis: here.recommended,
    bases: BasisId.options.map((basis) => toBasisVerdict(basis, here.fits[basis], here.recommended)),
    timeline,
    checklist: checklistItems
      .filter((item) => withinAppi(item) && item.applies(outcome))
      .map((item) => ({ id: item.id, citations: [...item.citations], owner: item.owner })),
    warnings: warningRules
      .filter((rule) => withinAppi(rule) && rule.applies(outcome))
      .map((rule) => ({ id: rule.id, citations: [...(typeof rule.citations === 'function' ? rule.citations(outcome) : rule.citations)] })),
    // Outside APPI no basis is needed, so no change of answers can lead to one.
    remedies: isOutsideAppi(situation) ? [] : findRemedies(answers, here, recommendationAtOwnStage, (fit) => [...citationsOf(fit)]),
  };
}
