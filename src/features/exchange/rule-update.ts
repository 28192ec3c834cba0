import { z } from 'zod/mini';

import { applicableQuestions, assessmentInputSchema, getQuestion, migrateAnswers, rulesVersion, supersededRuleSets } from '../../rules';
import type { AssessmentInput, QuestionId } from '../../rules';
import { RULE_SET_1, addedByRuleSet2 } from './rule-set-1';

/**
 * What a rules update did to answers written under an earlier rule set (model.md, "Rule set 2"): an answer that no
 * longer exists is taken out, so the wizard asks the question again, and kept here with its question, so the person
 * is told and nothing they had is lost. The answers allowed now are read from the rules when shown.
 */
export const removedAnswerSchema = z.strictObject({
  question: z.keyof(assessmentInputSchema),
  answer: z.string().check(z.maxLength(100)),
});
export type RemovedAnswer = z.infer<typeof removedAnswerSchema>;

export const removedAnswersSchema = z.array(removedAnswerSchema).check(z.maxLength(50));

export interface MigratedInput {
  /** The answers without the removed ones; still unvalidated, for the caller's schema. */
  readonly answers: unknown;
  readonly removed: readonly RemovedAnswer[];
}

/** `migrateAnswers` of the rules, keeping what each loader stores: the question and the old answer. Never throws. */
export function migrateInput(raw: unknown): MigratedInput {
  const { answers, dropped } = migrateAnswers(raw);
  return { answers, removed: dropped.map(({ question, answer }) => ({ question, answer })) };
}

/** The answers a question allows under the current rules. */
export const allowedAnswers = (question: QuestionId): readonly string[] => getQuestion(question).options;

/** Whether a file or link names a rule set that the current one replaces. */
export const isSupersededRuleSet = (version: string): boolean => version !== rulesVersion && supersededRuleSets.includes(version);

/**
 * The answers as they were written, removed ones put back: what a fingerprint declared by an earlier version was
 * computed over. Only for that fingerprint, whose canonical form reads question ids and option order alone; the
 * result is not a valid input under the current rules.
 */
export function originalAnswers(answers: AssessmentInput, removed: readonly RemovedAnswer[]): AssessmentInput {
  if (removed.length === 0) return answers;
  const original: Record<string, unknown> = { ...answers };
  for (const { question, answer } of removed) original[question] = answer;
  return original;
}

/** The questions on the path still without an answer, in the order the wizard asks them. */
export const openQuestions = (answers: AssessmentInput): QuestionId[] =>
  applicableQuestions(answers).filter((question) => answers[question] === undefined);

/** Removed answers whose question is on the path and still unanswered: the ones the person has yet to choose again. */
export const pendingRemoved = (answers: AssessmentInput, removed: readonly RemovedAnswer[]): RemovedAnswer[] => {
  const open = new Set(openQuestions(answers));
  return removed.filter((entry) => open.has(entry.question));
};

/** What a notice about a rules update has to say for answers written under `from`, or null when there is nothing. */
export interface RuleUpdateSummary {
  readonly from: string;
  /** Removed answers still to be chosen again. */
  readonly removed: readonly RemovedAnswer[];
  /** Questions the current rules added since `from` that are still open. */
  readonly added: readonly QuestionId[];
}

export function ruleUpdateSummary(from: string, answers: AssessmentInput, removed: readonly RemovedAnswer[]): RuleUpdateSummary | null {
  const pending = pendingRemoved(answers, removed);
  const added = from === RULE_SET_1 ? openQuestions(answers).filter((question) => addedByRuleSet2.includes(question)) : [];
  if (pending.length === 0 && added.length === 0 && !isSupersededRuleSet(from)) return null;
  return { from, removed: pending, added };
}
