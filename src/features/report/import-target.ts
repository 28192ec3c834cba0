import { evaluate, nextQuestion } from '../../rules';
import type { AssessmentInput } from '../../rules';
import { paths, questionPath } from '../../routing/paths';

/** Where to go with answers just added: the result when they are complete, otherwise the next open question. */
export function pathAfterAdding(answers: AssessmentInput): string {
  const next = nextQuestion(answers);
  return next === null ? paths.result : questionPath(next);
}

/** The recommended basis under the current rules, or undefined when the answers are incomplete. */
export function recommendedFor(answers: AssessmentInput) {
  return nextQuestion(answers) === null ? { basis: evaluate(answers).recommendedBasis } : undefined;
}
