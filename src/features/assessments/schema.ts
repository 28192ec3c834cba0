import { z } from 'zod';
import { ChecklistId, assessmentInputSchema } from '../../rules';

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

/** Why stored data could not be loaded; the raw text is kept so the user can download it. */
export type StorageProblem =
  | { readonly kind: 'unreadable'; readonly raw: string }
  | { readonly kind: 'unknown_version'; readonly raw: string; readonly version: unknown }
  | { readonly kind: 'invalid'; readonly raw: string; readonly issues: readonly string[] };

export type LoadResult = { readonly ok: true; readonly state: PersistedState } | { readonly ok: false; readonly problem: StorageProblem };

export const emptyState = (): PersistedState => ({ schemaVersion: STORAGE_SCHEMA_VERSION, currentId: null, assessments: [] });

/** Parses stored text. Nothing is ever discarded here: a failure carries the raw text back to the caller. */
export function loadPersisted(raw: string | null): LoadResult {
  if (raw === null) return { ok: true, state: emptyState() };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, problem: { kind: 'unreadable', raw } };
  }
  const version = typeof json === 'object' && json !== null && 'schemaVersion' in json ? json.schemaVersion : undefined;
  if (version !== STORAGE_SCHEMA_VERSION) return { ok: false, problem: { kind: 'unknown_version', raw, version } };
  const parsed = persistedStateSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problem: { kind: 'invalid', raw, issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) },
    };
  }
  return { ok: true, state: parsed.data };
}
