import type { QuestionId } from '../rules';

/** Route paths in one place, so links and the router cannot drift apart. */
export const paths = {
  start: '/',
  question: '/q/:questionId',
  check: '/check',
  result: '/result',
} as const;

/** The search parameter that marks a question page opened from "check your answers". */
export const changeParam = 'change';

/** `/q/<id>`, or `/q/<id>?change=1` when the person came from the check-answers page to change an answer. */
export function questionPath(id: QuestionId, options: { change?: boolean } = {}): string {
  const path = paths.question.replace(':questionId', id);
  return options.change === true ? `${path}?${changeParam}=1` : path;
}
