import type { AssessmentInput, QuestionId } from '../../rules';

/**
 * The facts of a project that every data flow shares (issue "Projects": name, data origin, data subjects, product,
 * purpose, stage, data types). The name is the project's own; these are the question ids. Each is asked on every
 * path (flow.ts), so a flow that starts with them filled in goes straight to the first question about its parties.
 */
export const sharedQuestionIds = ['dataOrigin', 'dataSubjects', 'productKind', 'purpose', 'stage', 'dataTypes'] as const satisfies readonly QuestionId[];
export type SharedQuestionId = (typeof sharedQuestionIds)[number];

export const isSharedQuestion = (id: QuestionId): id is SharedQuestionId => (sharedQuestionIds as readonly QuestionId[]).includes(id);

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The shared answers a flow has given (unanswered ones are absent). */
export function sharedAnswersOf(answers: AssessmentInput): AssessmentInput {
  const picked: Record<string, unknown> = {};
  for (const id of sharedQuestionIds) if (answers[id] !== undefined) picked[id] = answers[id];
  return picked;
}

/**
 * The shared answers a new flow starts with: for each shared question, the first answer any flow gave. Flows that
 * disagree (an imported file may) are listed by `sharedDifferences`, never silently made equal.
 */
export function projectSharedAnswers(flows: readonly AssessmentInput[]): AssessmentInput {
  const picked: Record<string, unknown> = {};
  for (const id of sharedQuestionIds) {
    const given = flows.find((answers) => answers[id] !== undefined)?.[id];
    if (given !== undefined) picked[id] = given;
  }
  return picked;
}

/** The shared questions on which flows that answered them give different answers. */
export function sharedDifferences(flows: readonly AssessmentInput[]): SharedQuestionId[] {
  return sharedQuestionIds.filter((id) => {
    const given = flows.flatMap((answers) => (answers[id] === undefined ? [] : [answers[id]]));
    return given.some((value) => !same(value, given[0]));
  });
}

/** The shared answers that changed from `before` to `after` (a newly given or a changed answer; not a removed one). */
export function changedSharedAnswers(before: AssessmentInput, after: AssessmentInput): AssessmentInput {
  const changed: Record<string, unknown> = {};
  for (const id of sharedQuestionIds) if (after[id] !== undefined && !same(before[id], after[id])) changed[id] = after[id];
  return changed;
}
