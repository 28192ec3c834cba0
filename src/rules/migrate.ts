import { getQuestion } from './flow';
import type { QuestionId } from './schema';

/** An answer that an earlier rule set allowed and the current one has no counterpart for. */
export interface DroppedAnswer {
  readonly question: QuestionId;
  readonly answer: string;
  /** The answers the question allows now, so the user (or the command line) can choose again. */
  readonly allowed: readonly string[];
}

/**
 * Answers that rule set 1 allowed and rule set 2 removed without a safe mapping. `foreignRecipient: "yes"` was one
 * answer for what are now three different legal situations (EEA/UK, a Rule 16 system, anywhere else), so it is
 * dropped and asked again rather than guessed (model.md, "Rule set 2"). Every other rule-set-1 answer still exists.
 */
const removedAnswers: Readonly<Partial<Record<QuestionId, readonly string[]>>> = {
  foreignRecipient: ['yes'],
};

export interface MigratedAnswers {
  /** The answers with removed ones left out; still unvalidated, so the caller parses them as usual. */
  readonly answers: unknown;
  readonly dropped: readonly DroppedAnswer[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Brings an answer object written under an earlier rule set to the current vocabulary: every answer that still
 * exists stays, a removed answer is dropped and reported. Anything that is not an answer object is returned as it
 * is, for the caller's validation to report. Never throws, never changes its argument.
 */
export function migrateAnswers(raw: unknown): MigratedAnswers {
  if (!isRecord(raw)) return { answers: raw, dropped: [] };
  const dropped: DroppedAnswer[] = [];
  const answers: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const removed = removedAnswers[key as QuestionId];
    if (removed !== undefined && typeof value === 'string' && removed.includes(value)) {
      const question = key as QuestionId;
      dropped.push({ question, answer: value, allowed: getQuestion(question).options });
    } else {
      answers[key] = value;
    }
  }
  return { answers, dropped };
}
