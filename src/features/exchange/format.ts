import { z } from 'zod/mini';

import '../../lib/zod-messages';
import {
  ChecklistId,
  Owner,
  assessmentInputSchema,
  assessmentSchema,
  evaluate,
  nextQuestion,
  remedySchema,
  rulesVersion as currentRulesVersion,
  uniqueList,
} from '../../rules';
import type { AssessmentInput } from '../../rules';
import { answerNotesSchema, notesOnPath } from '../assessments/notes';
import { reviewedVersionSchema } from '../feedback/reviewed-version';
import type { ReviewedVersion } from '../feedback/reviewed-version';
import type { AnswerNotes } from '../assessments/notes';
import { recordListSchema } from '../data-check/records';
import type { DataCheckRecord } from '../data-check/records';
import { institutionProfileSchema } from '../profile/schema';
import type { InstitutionProfile } from '../profile/schema';
import { canonicalAnswers, fingerprint } from './fingerprint';
import { migrateInput, originalAnswers } from './rule-update';
import type { RemovedAnswer } from './rule-update';

/**
 * The exchange file: what "Export JSON" writes and "Import" and the review mode read. Versioned; every older
 * version has an explicit migration to the current one, each tested.
 */
export const FILE_FORMAT = 'medai-data-navigator/assessment';
export const FILE_SCHEMA_VERSION = 2;
/** Files larger than this are refused before parsing: no genuine assessment comes near it. */
export const MAX_FILE_BYTES = 1_000_000;

const text = (max: number) => z.string().check(z.maxLength(max));

/**
 * The result a file carries, as the exporting app computed it under its own rules. Rule set 1 wrote no checklist
 * owners and no remedies, so both may be absent; everything else is as the current rules write it.
 */
export const resultSnapshotSchema = z.extend(assessmentSchema, {
  checklist: z.array(z.extend(assessmentSchema.shape.checklist.def.element, { owner: z.optional(Owner) })),
  remedies: z.optional(z.array(remedySchema)),
});
export type ResultSnapshot = z.infer<typeof resultSnapshotSchema>;

export const assessmentFileV2 = z.strictObject({
  format: z.literal(FILE_FORMAT),
  schemaVersion: z.literal(2),
  rulesVersion: text(100),
  exportedAt: z.iso.datetime(),
  name: text(200),
  /** `input`, as model.md's command line reads it: `npm run assess -- exported.json` works on this file. */
  input: assessmentInputSchema,
  ticks: uniqueList(ChecklistId),
  fingerprint: text(40),
  /**
   * The result as the exporting app computed it. A reviewer's app compares it with what its own rules produce
   * now, which shows what changed when the rules have moved on. Absent for an unfinished assessment.
   */
  result: z.optional(resultSnapshotSchema),
  /** Free-text notes: kept as text, never interpreted as markup. */
  notes: z.optional(text(20_000)),
  /**
   * The note on each answer on the path, as data (never markup), each within MAX_NOTE_LENGTH: a longer one makes
   * the whole file invalid, so an import is refused rather than cut. Not covered by the fingerprint, which is over
   * the answers and the rules only. Added to version 2 as an optional field: every earlier file still reads.
   */
  answerNotes: z.optional(answerNotesSchema),
  /** The institution profile in effect when exported: shown on import, never adopted over the person's own. */
  profile: z.optional(institutionProfileSchema),
  /** The version the ethics office last reviewed, when its review was taken back in: the office sees what changed since. */
  reviewedVersion: z.optional(reviewedVersionSchema),
  /**
   * Records of the processed-data check attached to the assessment (newest first), so a reviewer sees what was
   * checked and found. Added to version 2 as an optional field: every earlier file still reads.
   */
  dataChecks: z.optional(recordListSchema),
});
export type AssessmentFile = z.infer<typeof assessmentFileV2>;

/** Version 1 (first drafts of the format): no format tag, `project` instead of `name`, no ticks or fingerprint. */
export const assessmentFileV1 = z.strictObject({
  schemaVersion: z.literal(1),
  rulesVersion: text(100),
  exportedAt: z.iso.datetime(),
  project: text(200),
  answers: assessmentInputSchema,
});

/**
 * Version 1 declared no fingerprint; the one made here is over the answers as the file wrote them (`removed` put
 * back), like every declared fingerprint, so it matches when the file is checked.
 */
export function migrateV1(file: z.infer<typeof assessmentFileV1>, removed: readonly RemovedAnswer[] = []): AssessmentFile {
  return {
    format: FILE_FORMAT,
    schemaVersion: 2,
    rulesVersion: file.rulesVersion,
    exportedAt: file.exportedAt,
    name: file.project,
    input: file.answers,
    ticks: [],
    fingerprint: fingerprint(file.rulesVersion, originalAnswers(file.answers, removed)),
  };
}

export type FileProblem =
  | { readonly kind: 'too_large'; readonly bytes: number }
  | { readonly kind: 'not_json' }
  | { readonly kind: 'not_an_assessment' }
  | { readonly kind: 'unknown_version'; readonly version: string }
  | { readonly kind: 'invalid'; readonly issues: readonly { readonly path: string; readonly message: string }[] };

export type ParseResult =
  /**
   * `file.input` holds the answers in the current rules' terms; `removed`, the answers the file held that no longer
   * exist (a file written under an earlier rule set), which the wizard asks again.
   */
  | { readonly ok: true; readonly file: AssessmentFile; readonly removed: readonly RemovedAnswer[] }
  | { readonly ok: false; readonly problem: FileProblem };

/** The first 50 problems of a file that failed validation, each with where it is. */
export const issuesOf = (error: z.core.$ZodError) =>
  error.issues.slice(0, 50).map((issue) => ({ path: issue.path.map(String).join('.') || '(root)', message: issue.message }));

/** The file's JSON with the answers under `field` migrated to the current rules (model.md, "Rule set 2"). */
function withMigratedAnswers(json: Record<string, unknown>, field: 'input' | 'answers'): { json: Record<string, unknown>; removed: readonly RemovedAnswer[] } {
  const { answers, removed } = migrateInput(json[field]);
  return { json: { ...json, [field]: answers }, removed };
}

/**
 * The first step of reading one of the app's files: refused by its size before parsing (no genuine file comes near
 * the limit), then parsed as JSON. Never throws.
 */
export function readJsonText(
  raw: string,
): { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly problem: { readonly kind: 'too_large'; readonly bytes: number } | { readonly kind: 'not_json' } } {
  const bytes = new TextEncoder().encode(raw).length;
  if (bytes > MAX_FILE_BYTES) return { ok: false, problem: { kind: 'too_large', bytes } };
  try {
    return { ok: true, json: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false, problem: { kind: 'not_json' } };
  }
}

/**
 * Reads an exchange file's text. Answers written under an earlier rule set are migrated before validation: those
 * that still exist are kept, removed ones are reported in `removed`. Never throws; every failure is a problem the
 * UI can explain.
 */
export function parseAssessmentFile(raw: string): ParseResult {
  const read = readJsonText(raw);
  if (!read.ok) return read;
  const { json } = read;
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !('schemaVersion' in json)) {
    return { ok: false, problem: { kind: 'not_an_assessment' } };
  }
  // Another of this app's files (a review, a project, a backup) names its own format: say so, not "invalid".
  if ('format' in json && json.format !== FILE_FORMAT) return { ok: false, problem: { kind: 'not_an_assessment' } };
  switch (json.schemaVersion) {
    case 2: {
      const migrated = withMigratedAnswers(json, 'input');
      const parsed = assessmentFileV2.safeParse(migrated.json);
      return parsed.success
        ? { ok: true, file: parsed.data, removed: migrated.removed }
        : { ok: false, problem: { kind: 'invalid', issues: issuesOf(parsed.error) } };
    }
    case 1: {
      const migrated = withMigratedAnswers(json, 'answers');
      const parsed = assessmentFileV1.safeParse(migrated.json);
      return parsed.success
        ? { ok: true, file: migrateV1(parsed.data, migrated.removed), removed: migrated.removed }
        : { ok: false, problem: { kind: 'invalid', issues: issuesOf(parsed.error) } };
    }
    default:
      return { ok: false, problem: { kind: 'unknown_version', version: String(json.schemaVersion).slice(0, 20) } };
  }
}

export interface ExportSource {
  readonly name: string;
  readonly answers: AssessmentInput;
  readonly ticks: readonly z.infer<typeof ChecklistId>[];
  readonly notes?: string;
  readonly answerNotes?: AnswerNotes | undefined;
  readonly profile?: InstitutionProfile | null | undefined;
  readonly reviewedVersion?: ReviewedVersion | undefined;
  readonly dataChecks?: readonly DataCheckRecord[] | undefined;
}

/** Builds the current-version file for an assessment; `exportedAt` is passed in (no clock here). */
export function toAssessmentFile(source: ExportSource, exportedAt: string): AssessmentFile {
  const input = canonicalAnswers(source.answers);
  // Only the notes the report shows: those on questions still on the path.
  const answerNotes = notesOnPath(input, source.answerNotes);
  return {
    format: FILE_FORMAT,
    schemaVersion: FILE_SCHEMA_VERSION,
    rulesVersion: currentRulesVersion,
    exportedAt,
    name: source.name,
    input,
    ticks: [...source.ticks],
    fingerprint: fingerprint(currentRulesVersion, input),
    ...(nextQuestion(input) === null ? { result: evaluate(input) } : {}),
    ...(source.notes === undefined ? {} : { notes: source.notes }),
    ...(Object.keys(answerNotes).length === 0 ? {} : { answerNotes }),
    ...(source.profile == null ? {} : { profile: source.profile }),
    ...(source.reviewedVersion === undefined ? {} : { reviewedVersion: source.reviewedVersion }),
    ...(source.dataChecks === undefined || source.dataChecks.length === 0 ? {} : { dataChecks: [...source.dataChecks] }),
  };
}

export const serializeAssessmentFile = (file: AssessmentFile): string => `${JSON.stringify(file, null, 2)}\n`;
