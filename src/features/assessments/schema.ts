import { z } from 'zod';
import { loadVersioned } from '../../lib/versioned-storage';
import type { LoadResult, StorageProblem } from '../../lib/versioned-storage';
import { ChecklistId, assessmentInputSchema } from '../../rules';

export type { StorageProblem };

export const STORAGE_KEY = 'mdn.assessments';
export const STORAGE_SCHEMA_VERSION = 1;

export const savedAssessmentSchema = z
  .object({
    id: z.string().min(1).max(100),
    name: z.string().max(200),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    answers: assessmentInputSchema,
    ticks: z.array(ChecklistId).refine((list) => new Set(list).size === list.length, { message: 'duplicate_ids' }),
  })
  .strict();
export type SavedAssessment = z.infer<typeof savedAssessmentSchema>;

export const persistedStateSchema = z
  .object({
    schemaVersion: z.literal(STORAGE_SCHEMA_VERSION),
    currentId: z.string().nullable(),
    assessments: z.array(savedAssessmentSchema).max(500),
  })
  .strict();
export type PersistedState = z.infer<typeof persistedStateSchema>;




export const emptyState = (): PersistedState => ({ schemaVersion: STORAGE_SCHEMA_VERSION, currentId: null, assessments: [] });

/** Parses stored text. Nothing is ever discarded here: a failure carries the raw text back to the caller. */
export function loadPersisted(raw: string | null): LoadResult<PersistedState> {
  return loadVersioned(raw, STORAGE_SCHEMA_VERSION, persistedStateSchema, emptyState);
}
