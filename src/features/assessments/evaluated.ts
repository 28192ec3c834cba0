import { type Assessment, type AssessmentInput, evaluate, nextQuestion } from '../../rules';
import { selectCurrent, useAssessments } from './store';

/** Results by answers object: the store replaces answers on every change and never edits them in place. */
const results = new WeakMap<AssessmentInput, Assessment>();

/**
 * evaluate() for answers held in the store, worked out once per answers object: the result page, the report and
 * the drafts show the same result, and the first evaluation on a page is the slow one (the rules' code is cold).
 */
export function evaluateAnswers(answers: AssessmentInput): Assessment {
  let result = results.get(answers);
  if (result === undefined) {
    result = evaluate(answers);
    results.set(answers, result);
  }
  return result;
}

/**
 * Works out the current assessment's result ahead of a page that shows it, in a task of its own while the page's
 * code and words are still on their way, so the page's first render finds it done. Resolves with that result
 * (undefined when there is none to show).
 */
export function evaluateCurrentAhead(): Promise<Assessment | undefined> {
  return new Promise((resolve) => {
    setTimeout(() => {
      const current = selectCurrent(useAssessments.getState());
      try {
        resolve(current !== undefined && nextQuestion(current.answers) === null ? evaluateAnswers(current.answers) : undefined);
      } catch {
        // Only a head start: the page evaluates again and explains what went wrong.
        resolve(undefined);
      }
    }, 0);
  });
}
