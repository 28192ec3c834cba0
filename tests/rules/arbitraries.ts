import fc from 'fast-check';
import { assessmentInputSchema, questions } from '../../src/rules';
import type { AssessmentInput, Question } from '../../src/rules';

/** Any answer the question allows: one option, or any subset of the options for a multi-select question. */
const answerArbitrary = (q: Question): fc.Arbitrary<string | string[]> =>
  q.kind === 'multi' ? fc.subarray([...q.options]) : fc.constantFrom(...q.options);

// Built from the rules' own question list, so every answer of rule set 2 is generated (dataSubjects,
// providerSector, foreignStorage, recipientOwnUse: partly, the three foreign answers) and a new one will be too.

/** An answer to every question, on the path or not: pruning turns it into a complete input. */
export const fullAnswers: fc.Arbitrary<AssessmentInput> = fc
  .record(Object.fromEntries(questions.map((q) => [q.id, answerArbitrary(q)])))
  .map((raw) => assessmentInputSchema.parse(raw));

/** Some answers, each question independently answered or not. */
export const partialAnswers: fc.Arbitrary<AssessmentInput> = fc
  .record(Object.fromEntries(questions.map((q) => [q.id, answerArbitrary(q)])), { requiredKeys: [] })
  .map((raw) => assessmentInputSchema.parse(raw));

/**
 * Answers as rule set 1 allowed them: the same, except that `foreignRecipient` was `yes` or `no`. Rule set 1 had no
 * dataSubjects, providerSector or foreignStorage question, so those are left out (an old file never has them).
 */
export const ruleSet1Answers: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(fullAnswers, fc.constantFrom('yes', 'no'))
  .map(([answers, foreignRecipient]) => {
    const { dataSubjects: _subjects, providerSector: _sector, foreignStorage: _storage, ...old } = answers;
    return { ...old, foreignRecipient };
  });

/**
 * How many runs a property gets: as written, or a quarter (at least 10) in the mutation run, which repeats every
 * property for each mutant it has not killed yet (RULES_ENUMERATION=covering, vitest.mutation.config.ts).
 */
export const runs = (numRuns: number): number =>
  process.env.RULES_ENUMERATION === 'covering' ? Math.max(10, Math.round(numRuns / 4)) : numRuns;

// In the mutation run a failing property only has to fail: shrinking its counterexample would take longer than the
// rest of the run for that mutant.
if (process.env.RULES_ENUMERATION === 'covering') fc.configureGlobal({ endOnFailure: true });

export { answerArbitrary };
