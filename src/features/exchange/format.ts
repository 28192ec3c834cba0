import { z } from 'zod/mini';

import '../../lib/zod-messages';
import { ChecklistId, assessmentInputSchema, assessmentSchema, uniqueList, evaluate, nextQuestion, rulesVersion as currentRulesVersion } from '../../rules';
import type { AssessmentInput } from '../../rules';
import { canonicalAnswers, fingerprint } from './fingerprint';

/**
 * The exchange file: what "Export JSON" writes and "Import" and the review mode read. Versioned; every older
 * version has an explicit migration to the current one, each tested.
 */
export const FILE_FORMAT = 'medai-data-navigator/assessment';
export const FILE_SCHEMA_VERSION = 2;
/** Files larger than this are refused before parsing: no genuine assessment comes near it. */
export const MAX_FILE_BYTES = 1_000_000;

const text = (max: number) => z.string().check(z.maxLength(max));

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
  result: z.optional(assessmentSchema),
  /** Free-text notes: kept as text, never interpreted as markup. */
  notes: z.optional(text(20_000)),
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

export function migrateV1(file: z.infer<typeof assessmentFileV1>): AssessmentFile {
  return {
    format: FILE_FORMAT,
    schemaVersion: 2,
    rulesVersion: file.rulesVersion,
    exportedAt: file.exportedAt,
    name: file.project,
    input: file.answers,
    ticks: [],
    fingerprint: fingerprint(file.rulesVersion, file.answers),
  };
}

export type FileProblem =
  | { readonly kind: 'too_large'; readonly bytes: number }
  | { readonly kind: 'not_json' }
  | { readonly kind: 'not_an_assessment' }
  | { readonly kind: 'unknown_version'; readonly version: string }
  | { readonly kind: 'invalid'; readonly issues: readonly { readonly path: string; readonly message: string }[] };

export type ParseResult = { readonly ok: true; readonly file: AssessmentFile } | { readonly ok: false; readonly problem: FileProblem };

const issuesOf = (error: z.core.$ZodError) =>
  error.issues.slice(0, 50).map((issue) => ({ path: issue.path.map(String).join('.') || '(root)', message: issue.message }));

/** Reads an exchange file's text. Never throws; every failure is a problem the UI can explain. */
export function parseAssessmentFile(raw: string): ParseResult {
  const bytes = new TextEncoder().encode(raw).length;
  if (bytes > MAX_FILE_BYTES) return { ok: false, problem: { kind: 'too_large', bytes } };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, problem: { kind: 'not_json' } };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !('schemaVersion' in json)) {
    return { ok: false, problem: { kind: 'not_an_assessment' } };
  }
  switch (json.schemaVersion) {
    case 2: {
      const parsed = assessmentFileV2.safeParse(json);
      return parsed.success ? { ok: true, file: parsed.data } : { ok: false, problem: { kind: 'invalid', issues: issuesOf(parsed.error) } };
    }
    case 1: {
      const parsed = assessmentFileV1.safeParse(json);
      return parsed.success ? { ok: true, file: migrateV1(parsed.data) } : { ok: false, problem: { kind: 'invalid', issues: issuesOf(parsed.error) } };
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
}

/** Builds the current-version file for an assessment; `exportedAt` is passed in (no clock here). */
export function toAssessmentFile(source: ExportSource, exportedAt: string): AssessmentFile {
  const input = canonicalAnswers(source.answers);
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
  };
}

export const serializeAssessmentFile = (file: AssessmentFile): string => `${JSON.stringify(file, null, 2)}\n`;
