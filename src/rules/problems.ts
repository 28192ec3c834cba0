import { applicableQuestions, pruneAnswers } from './flow';
import { assessmentInputSchema } from './schema';

export type InputProblem =
  | { readonly kind: 'invalid'; readonly path: string; readonly message: string }
  | { readonly kind: 'missing'; readonly path: string };

/**
 * Everything wrong with an input, in question order: invalid values first, then every question on the path
 * still without an answer. An empty list means `evaluate` will accept the input.
 */
export function describeInputProblems(input: unknown): InputProblem[] {
  const parsed = assessmentInputSchema.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      kind: 'invalid',
      path: issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)',
      message: issue.message,
    }));
  }
  const answers = pruneAnswers(parsed.data);
  return applicableQuestions(answers)
    .filter((id) => answers[id] === undefined)
    .map((id) => ({ kind: 'missing', path: id }));
}
