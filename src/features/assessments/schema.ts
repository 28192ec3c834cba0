import { z } from 'zod/mini';
import { loadVersioned } from '../../lib/versioned-storage';
import type { LoadResult, StorageProblem } from '../../lib/versioned-storage';
import { ChecklistId, assessmentInputSchema, uniqueList } from '../../rules';

export type { StorageProblem };

export const STORAGE_KEY = 'mdn.assessments';
export const STORAGE_SCHEMA_VERSION = 1;

export const savedAssessmentSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.maxLength(200)),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  answers: assessmentInputSchema,
  ticks: uniqueList(ChecklistId),
});
export type SavedAssessment = z.infer<typeof savedAssessmentSchema>;

export const persistedStateSchema = z.strictObject({
  schemaVersion: z.literal(STORAGE_SCHEMA_VERSION),
  currentId: z.nullable(z.string()),
  assessments: z.array(savedAssessmentSchema).check(z.maxLength(500)),
});
export type PersistedState = z.infer<typeof persistedStateSchema>;

export const emptyState = (): PersistedState => ({ schemaVersion: STORAGE_SCHEMA_VERSION, currentId: null, assessments: [] });

/** Parses stored text. Nothing is ever discarded here: a failure carries the raw text back to the caller. */
export function loadPersisted(raw: string | null): LoadResult<PersistedState> {
  return loadVersioned(raw, STORAGE_SCHEMA_VERSION, persistedStateSchema, emptyState);
}
