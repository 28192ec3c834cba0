import { z } from 'zod/mini';

import { loadVersioned } from '../../lib/versioned-storage';
import type { LoadResult, StorageProblem } from '../../lib/versioned-storage';
import { ChecklistId, assessmentInputSchema, uniqueList } from '../../rules';
import { resultSnapshotSchema } from '../exchange/format';
import { MAX_FLOWS, flowLabelMaxLength } from '../projects/schema';
import { projectNameMaxLength } from '../assessments/schema';

export type { StorageProblem };

/**
 * Stage gates: dated records of a project as it stood when a stage was closed. Kept apart from the projects and
 * assessments (which change as work goes on): a record is never edited, only added or deleted.
 */
export const HISTORY_STORAGE_KEY = 'mdn.history';
export const HISTORY_SCHEMA_VERSION = 1;
export const MAX_RECORD_NOTE = 1000;

/** One data flow as recorded: its answers and ticks, and its result as the rules of the day computed it. */
export const flowRecordSchema = z.strictObject({
  assessmentId: z.string().check(z.minLength(1), z.maxLength(100)),
  label: z.string().check(z.maxLength(flowLabelMaxLength)),
  answers: assessmentInputSchema,
  ticks: uniqueList(ChecklistId),
  /** Absent for a flow whose answers were not complete when recorded. */
  result: z.optional(resultSnapshotSchema),
});
export type FlowRecord = z.infer<typeof flowRecordSchema>;

export const stageRecordSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  /** The project (or, for a single-flow project, the assessment) the record belongs to. */
  projectId: z.string().check(z.minLength(1), z.maxLength(100)),
  projectName: z.string().check(z.maxLength(projectNameMaxLength)),
  recordedAt: z.iso.datetime(),
  /** The rules version the results were computed under: a later rule set may read the same answers differently. */
  rulesVersion: z.string().check(z.maxLength(100)),
  note: z.string().check(z.maxLength(MAX_RECORD_NOTE)),
  flows: z.array(flowRecordSchema).check(z.maxLength(MAX_FLOWS)),
});
export type StageRecord = z.infer<typeof stageRecordSchema>;

export const persistedHistorySchema = z.strictObject({
  schemaVersion: z.literal(HISTORY_SCHEMA_VERSION),
  records: z.array(stageRecordSchema).check(z.maxLength(2000)),
});
export type PersistedHistory = z.infer<typeof persistedHistorySchema>;

export const emptyHistory = (): PersistedHistory => ({ schemaVersion: HISTORY_SCHEMA_VERSION, records: [] });

/** Parses stored text; a failure carries the raw text back, so nothing is ever discarded here. */
export function loadHistory(raw: string | null): LoadResult<PersistedHistory> {
  return loadVersioned(raw, HISTORY_SCHEMA_VERSION, persistedHistorySchema, emptyHistory);
}
