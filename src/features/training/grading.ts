import { z } from 'zod/mini';

import { BasisId, Verdict } from '../../rules';
import type { Assessment, BasisVerdict } from '../../rules';

/** The learner's answer to "which basis does the guideline recommend?": a basis, or "the guideline does not decide". */
export const BasisPrediction = z.union([BasisId, z.literal('none')]);
export type BasisPrediction = z.infer<typeof BasisPrediction>;

/** The radio options: the ten bases in model.md's order, then "none". */
export const basisPredictionOptions: readonly BasisPrediction[] = [...BasisId.options, 'none'];

export const verdictPredictionSchema = z.strictObject({ basis: BasisId, verdict: Verdict });
export type VerdictPrediction = z.infer<typeof verdictPredictionSchema>;

export interface Prediction {
  readonly basis: BasisPrediction;
  /** Optional: only the bases the learner chose to predict. */
  readonly verdicts: readonly VerdictPrediction[];
}

/**
 * The order in which bases are worth predicting: the ones the guideline's §2.6 table and ch.6 turn on come first,
 * the ones that are nearly always closed (opt-out for 要配慮個人情報, personal-data joint use) last.
 */
export const focusPriority: readonly BasisId[] = [
  'academic_exception',
  'pseudonymized_joint_use',
  'entrustment',
  'public_health_exception',
  'consent',
  'statutory_cooperation',
  'pseudonymized_internal_use',
  'anonymized_provision',
  'personal_data_joint_use',
  'opt_out',
];

export const FOCUS_COUNT = 3;

/** How far a basis that is still in play (usable, open or recommended) moves up the teaching order. */
const LIVE_BONUS = 3.5;

/**
 * The three bases whose verdicts the learner may predict for a case. Bases that concern the case come before those
 * that do not apply; among them, teaching order decides, except that a basis still in play (recommended, usable or
 * left open) moves up, so a conditional public-health exception or an acceptable internal use is not crowded out by
 * routes that are simply closed. The 匿名加工情報 alternative is conditional in almost every provision and only moves
 * up when it is the recommendation. Derived from the answer key, so every set, built in or loaded, gets a sensible
 * choice without anyone picking by hand.
 */
export function focusBases(assessment: Assessment): BasisId[] {
  const verdictOf = (basis: BasisId) => assessment.bases.find((entry) => entry.basis === basis)?.verdict;
  const isLive = (basis: BasisId) => {
    const verdict = verdictOf(basis);
    if (verdict === 'recommended') return true;
    return basis !== 'anonymized_provision' && (verdict === 'acceptable' || verdict === 'conditional' || verdict === 'inconclusive');
  };
  const rank = (basis: BasisId) => focusPriority.indexOf(basis) - (isLive(basis) ? LIVE_BONUS : 0);
  const relevant = focusPriority.filter((basis) => verdictOf(basis) !== 'not_applicable').sort((a, b) => rank(a) - rank(b));
  const rest = focusPriority.filter((basis) => verdictOf(basis) === 'not_applicable');
  const chosen = [...relevant, ...rest].slice(0, FOCUS_COUNT);
  // Shown in teaching order, not by rank: otherwise the first field would tend to give the recommendation away.
  return focusPriority.filter((basis) => chosen.includes(basis));
}

/** The model's answer to the radio question. */
export const modelBasis = (assessment: Assessment): BasisPrediction => assessment.recommendedBasis ?? 'none';

export type Mark = 'correct' | 'incorrect' | 'not_predicted';

export interface VerdictGrade {
  readonly entry: BasisVerdict;
  readonly predicted: Verdict | null;
  readonly mark: Mark;
}

export interface Grade {
  readonly basisMark: Exclude<Mark, 'not_predicted'>;
  readonly verdicts: readonly VerdictGrade[];
  readonly verdictsPredicted: number;
  readonly verdictsCorrect: number;
}

/** Compares a prediction with the answer key. Verdict predictions for bases that are not in focus are ignored. */
export function grade(assessment: Assessment, prediction: Prediction): Grade {
  const verdicts = focusBases(assessment).map((basis): VerdictGrade => {
    const entry = assessment.bases.find((candidate) => candidate.basis === basis);
    if (entry === undefined) throw new Error(`The assessment has no verdict for ${basis}`);
    const predicted = prediction.verdicts.find((candidate) => candidate.basis === basis)?.verdict ?? null;
    const mark: Mark = predicted === null ? 'not_predicted' : predicted === entry.verdict ? 'correct' : 'incorrect';
    return { entry, predicted, mark };
  });
  return {
    basisMark: prediction.basis === modelBasis(assessment) ? 'correct' : 'incorrect',
    verdicts,
    verdictsPredicted: verdicts.filter((v) => v.mark !== 'not_predicted').length,
    verdictsCorrect: verdicts.filter((v) => v.mark === 'correct').length,
  };
}
