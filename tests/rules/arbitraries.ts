import fc from 'fast-check';
import { assessmentInputSchema, questions } from '../../src/rules';
import type { AssessmentInput, Question } from '../../src/rules';

const answerArbitrary = (q: Question): fc.Arbitrary<string | string[]> =>
  q.kind === 'multi' ? fc.subarray([...q.options]) : fc.constantFrom(...q.options);

/** An answer to every question, on the path or not: pruning turns it into a complete input. */
export const fullAnswers: fc.Arbitrary<AssessmentInput> = fc
  .record(Object.fromEntries(questions.map((q) => [q.id, answerArbitrary(q)])))
  .map((raw) => assessmentInputSchema.parse(raw));

/** Some answers, each question independently answered or not. */
export const partialAnswers: fc.Arbitrary<AssessmentInput> = fc
  .record(Object.fromEntries(questions.map((q) => [q.id, answerArbitrary(q)])), { requiredKeys: [] })
  .map((raw) => assessmentInputSchema.parse(raw));

export { answerArbitrary };
