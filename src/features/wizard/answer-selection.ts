import { assessmentInputSchema, getQuestion } from '../../rules';
import type { AssessmentInput, QuestionId } from '../../rules';
import type { AnswerValue } from '../assessments/store';

/** A saved answer as the list of answer ids the form works with. */
export function selectionOf(answers: AssessmentInput, id: QuestionId): string[] {
  const value = answers[id];
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : [...value];
}

/**
 * The form's selection as the answer the store keeps, checked against the rules' own schema (one id for a
 * single-choice question, a list for a multi-select one); undefined if it does not fit.
 */
export function answerFrom(id: QuestionId, selection: readonly string[]): AnswerValue | undefined {
  const raw = getQuestion(id).kind === 'single' ? selection[0] : [...selection];
  const parsed = assessmentInputSchema.safeParse({ [id]: raw });
  return parsed.success ? parsed.data[id] : undefined;
}
