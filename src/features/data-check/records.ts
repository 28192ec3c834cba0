import { z } from 'zod/mini';

import '../../lib/zod-messages';
import { loadVersioned } from '../../lib/versioned-storage';
import type { LoadResult } from '../../lib/versioned-storage';
import { fileReportSchema } from './engine/types';

/** Where the data check records live: their own key, so the assessments' schema is untouched. */
export const DATA_CHECKS_STORAGE_KEY = 'mdn.data-checks';
export const DATA_CHECKS_SCHEMA_VERSION = 1;
/** Records kept per assessment; the oldest goes when an eleventh is attached. */
export const MAX_RECORDS_PER_ASSESSMENT = 10;
export const MAX_FILES_PER_RECORD = 2_000;

/**
 * One run of the data check as attached to an assessment: when, with which engine, and each file's report (kind,
 * how far it was read, its problems, the checks run and the findings with masked samples only).
 */
export const dataCheckRecordSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  checkedAt: z.iso.datetime(),
  engineVersion: z.string().check(z.maxLength(20)),
  files: z.array(fileReportSchema).check(z.maxLength(MAX_FILES_PER_RECORD)),
});
export type DataCheckRecord = z.infer<typeof dataCheckRecordSchema>;

export const recordListSchema = z.array(dataCheckRecordSchema).check(z.maxLength(MAX_RECORDS_PER_ASSESSMENT));

/** `{ schemaVersion: 1, byAssessment: { [assessment id]: DataCheckRecord[] } }`, newest record first. */
export const persistedDataChecksSchema = z.strictObject({
  schemaVersion: z.literal(DATA_CHECKS_SCHEMA_VERSION),
  byAssessment: z.record(z.string().check(z.minLength(1), z.maxLength(100)), recordListSchema),
});
export type PersistedDataChecks = z.infer<typeof persistedDataChecksSchema>;

export const emptyDataChecks = (): PersistedDataChecks => ({ schemaVersion: DATA_CHECKS_SCHEMA_VERSION, byAssessment: {} });

export function loadDataChecks(raw: string | null): LoadResult<PersistedDataChecks> {
  return loadVersioned(raw, DATA_CHECKS_SCHEMA_VERSION, persistedDataChecksSchema, emptyDataChecks);
}
