import { applicableQuestions, evaluate, nextQuestion } from '../../rules';
import type { AssessmentInput, BasisId } from '../../rules';

/** What the saved list says about an assessment: finished with its recommended basis, or how far it has got. */
export type AssessmentStatus =
  | { readonly kind: 'complete'; readonly recommendedBasis: BasisId | null }
  | { readonly kind: 'in_progress'; readonly answered: number; readonly total: number };

export function assessmentStatus(answers: AssessmentInput): AssessmentStatus {
  const path = applicableQuestions(answers);
  if (nextQuestion(answers) === null) return { kind: 'complete', recommendedBasis: evaluate(answers).recommendedBasis };
  return { kind: 'in_progress', answered: path.filter((id) => answers[id] !== undefined).length, total: path.length };
}
