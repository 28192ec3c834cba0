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
 * The form's stand-in for "None of these" on a multi-select question. The rules have no such answer id (an empty
 * list is the answer); the hyphen keeps it apart from every answer id, which are snake_case.
 */
export const noneOfThese = 'none-of-these';

/**
 * A saved answer as the form shows it: an empty multi-select answer is "None of these" ticked, so a question answered
 * with none reads differently from one not yet answered.
 */
export function formSelectionOf(answers: AssessmentInput, id: QuestionId): string[] {
  const value = answers[id];
  return Array.isArray(value) && value.length === 0 ? [noneOfThese] : selectionOf(answers, id);
}

/**
 * The form's selection as the answer the store keeps, checked against the rules' own schema (one id for a
 * single-choice question, a list for a multi-select one); undefined if it does not fit.
 */
export function answerFrom(id: QuestionId, selection: readonly string[]): AnswerValue | undefined {
  // Nothing chosen, not even "None of these", is no answer at all.
  if (selection.length === 0) return undefined;
  const raw = getQuestion(id).kind === 'single' ? selection[0] : selection.filter((answer) => answer !== noneOfThese);
  const parsed = assessmentInputSchema.safeParse({ [id]: raw });
  return parsed.success ? parsed.data[id] : undefined;
}
