import { z } from 'zod/mini';
import { loadVersioned } from '../../lib/versioned-storage';
import type { LoadResult, StorageProblem } from '../../lib/versioned-storage';
import { ChecklistId, assessmentInputSchema, nextQuestion, uniqueList } from '../../rules';
import { migrateInput, removedAnswersSchema } from '../exchange/rule-update';
import { receivedReviewSchema } from '../feedback/schema';
import { answerNotesSchema } from './notes';

export type { StorageProblem };

export const STORAGE_KEY = 'mdn.assessments';
/** 1: rule set 1 (2024.09-appi2022.1). 2: rule set 2's answers, and `ruleUpdate` on what was migrated. */
export const STORAGE_SCHEMA_VERSION = 2;

/** Version 1 was written only under rule set 1, so that is the rule set its answers are migrated from. */
export const STORAGE_V1_RULES_VERSION = '2024.09-appi2022.1';

/**
 * What a rules update did to a saved assessment: the rule set its answers were written under and the answers that
 * no longer exist. Kept until the assessment is complete again, so the person is told, wherever they left off.
 */
export const ruleUpdateSchema = z.strictObject({
  from: z.string().check(z.maxLength(100)),
  removed: removedAnswersSchema,
});
export type RuleUpdate = z.infer<typeof ruleUpdateSchema>;

/** The longest project name kept; the name fields say so and stop there. */
export const projectNameMaxLength = 200;

export const savedAssessmentSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.maxLength(projectNameMaxLength)),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  answers: assessmentInputSchema,
  ticks: uniqueList(ChecklistId),
  ruleUpdate: z.optional(ruleUpdateSchema),
  /**
   * A note per answer. Optional, so everything stored before notes existed loads as it is: adding an optional field
   * needs no new storage version (an older build reading a note reports the data and keeps it, never drops it).
   */
  notes: z.optional(answerNotesSchema),
  /** The ethics office's review taken back in (optional, like notes: no new storage version). */
  receivedReview: z.optional(receivedReviewSchema),
});
export type SavedAssessment = z.infer<typeof savedAssessmentSchema>;

export const persistedStateSchema = z.strictObject({
  schemaVersion: z.literal(STORAGE_SCHEMA_VERSION),
  currentId: z.nullable(z.string()),
  assessments: z.array(savedAssessmentSchema).check(z.maxLength(500)),
});
export type PersistedState = z.infer<typeof persistedStateSchema>;

export const emptyState = (): PersistedState => ({ schemaVersion: STORAGE_SCHEMA_VERSION, currentId: null, assessments: [] });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 1 → 2: each assessment's answers are migrated to rule set 2 (model.md, "Rule set 2"). Every answer that
 * still exists is kept; a removed one is taken out, so the wizard asks it again, and recorded in `ruleUpdate` with
 * the rule set it came from (so is an assessment the new questions leave open). Anything unexpected is passed on as
 * it is, for the schema to refuse.
 */
export function migrateStorageV1(json: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(json.assessments)) return json;
  return {
    ...json,
    assessments: json.assessments.map((assessment: unknown) => {
      if (!isRecord(assessment)) return assessment;
      const { answers, removed } = migrateInput(assessment.answers);
      // One that is complete under rule set 2 already has nothing to be told (the schema still checks its answers).
      const complete = removed.length === 0 && isRecord(answers) && nextQuestion(answers) === null;
      return complete ? { ...assessment, answers } : { ...assessment, answers, ruleUpdate: { from: STORAGE_V1_RULES_VERSION, removed } };
    }),
  };
}

/** Parses stored text. Nothing is ever discarded here: a failure carries the raw text back to the caller. */
export function loadPersisted(raw: string | null): LoadResult<PersistedState> {
  return loadVersioned(raw, STORAGE_SCHEMA_VERSION, persistedStateSchema, emptyState, { 1: migrateStorageV1 });
}
