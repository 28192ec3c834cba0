import englishMessages from 'zod/v4/locales/en.js';

import { applicableQuestions, pruneAnswers } from './flow';
import { migrateAnswers } from './migrate';
import { assessmentInputSchema } from './schema';
import type { AssessmentInput } from './schema';

export type InputProblem =
  | { readonly kind: 'invalid'; readonly path: string; readonly message: string }
  /** An answer an earlier rule set allowed that no longer exists: choose again among `allowed`. */
  | { readonly kind: 'removed'; readonly path: string; readonly answer: string; readonly allowed: readonly string[] }
  | { readonly kind: 'missing'; readonly path: string };

const fields = assessmentInputSchema.shape;
// zod/mini has no messages of its own; the problems name the expected ids in English for the command line and the
// trainers' file checks, whatever zod is configured to say elsewhere.
const { localeError } = englishMessages();
const isQuestionId = (key: string): key is keyof typeof fields => Object.hasOwn(fields, key);

/**
 * Everything wrong with an input: invalid values and unknown fields first, then every question on the path that
 * is still without an answer (the path is worked out from the valid answers alone). An empty list means
 * `evaluate` will accept the input.
 */
export function describeInputProblems(input: unknown): InputProblem[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ kind: 'invalid', path: '(root)', message: 'expected an object of answers' }];
  }
  const { answers: current, dropped } = migrateAnswers(input);
  const problems: InputProblem[] = dropped.map((d) => ({ kind: 'removed', path: d.question, answer: d.answer, allowed: d.allowed }));
  const valid: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(current as Record<string, unknown>)) {
    if (!isQuestionId(key)) {
      problems.push({ kind: 'invalid', path: key, message: 'unknown question id' });
      continue;
    }
    const parsed = fields[key].safeParse(value, { error: localeError });
    if (parsed.success) valid[key] = parsed.data;
    else for (const issue of parsed.error.issues) problems.push({ kind: 'invalid', path: [key, ...issue.path.map(String)].join('.'), message: issue.message });
  }
  const answers: AssessmentInput = pruneAnswers(valid);
  const invalid = new Set(problems.map((problem) => problem.path.split('.')[0]));
  for (const id of applicableQuestions(answers)) {
    if (answers[id] === undefined && !invalid.has(id)) problems.push({ kind: 'missing', path: id });
  }
  return problems;
}
