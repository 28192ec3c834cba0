import { applicableQuestions, nextQuestion, previousQuestion } from '../../rules';
import type { AssessmentInput, QuestionId } from '../../rules';

/** Where a question stands for the current answers: shown with its progress, or sent elsewhere. */
export type QuestionAccess =
  | {
      readonly kind: 'show';
      /** 1-based place on the path. */
      readonly number: number;
      /** Questions on the path so far; it changes as answers branch, hence "about". */
      readonly total: number;
      /** The question before this one on the path; null for the first. */
      readonly previous: QuestionId | null;
    }
  /** Not reachable yet: go to the next unanswered question, or (null) to check answers when complete. */
  | { readonly kind: 'redirect'; readonly to: QuestionId | null };

/**
 * A question may be shown when it is on the path and not beyond the next unanswered question, so a deep link cannot
 * skip questions. Everything is read from the rules; nothing here decides which question comes next.
 */
export function questionAccess(answers: AssessmentInput, id: QuestionId): QuestionAccess {
  const path = applicableQuestions(answers);
  const next = nextQuestion(answers);
  const index = path.indexOf(id);
  const reachable = index >= 0 && (next === null || index <= path.indexOf(next));
  if (!reachable) return { kind: 'redirect', to: next };
  return { kind: 'show', number: index + 1, total: path.length, previous: previousQuestion(answers, id) };
}
