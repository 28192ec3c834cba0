import { z } from 'zod/mini';

import '../../lib/zod-messages';
import { ChecklistId, assessmentInputSchema, uniqueList } from '../../rules';
import type { AssessmentInput } from '../../rules';
import { projectNameMaxLength } from '../assessments/schema';
import { readJsonText } from '../exchange/format';
import { migrateInput } from '../exchange/rule-update';
import type { RemovedAnswer } from '../exchange/rule-update';
import { reviewedVersionSchema } from '../feedback/reviewed-version';
import type { ReviewedVersion } from '../feedback/reviewed-version';
import { MAX_FLOWS, flowLabelMaxLength } from './schema';

/**
 * The project file (model.md, "Projects"): `{ "kind": "project", "name", "flows": [ { "label", "input" } ] }`, the
 * file `npm run assess` reads. The app adds each flow's ticks as an optional field, which the command line ignores,
 * so a project taken to another browser keeps what was done.
 */
export const projectFlowSchema = z.strictObject({
  label: z.string().check(z.maxLength(flowLabelMaxLength)),
  input: assessmentInputSchema,
  ticks: z.optional(uniqueList(ChecklistId)),
  /**
   * The version of this flow the ethics office last reviewed, once its review memo was taken back in, so review
   * mode shows what changed since. Optional and ignored by the command line, like the ticks.
   */
  reviewedVersion: z.optional(reviewedVersionSchema),
});
export type ProjectFileFlow = z.infer<typeof projectFlowSchema>;

const projectHeadSchema = z.strictObject({
  kind: z.literal('project'),
  name: z.string().check(z.maxLength(projectNameMaxLength)),
  flows: z.array(z.unknown()).check(z.minLength(1), z.maxLength(MAX_FLOWS)),
});

export interface ProjectFile {
  readonly kind: 'project';
  readonly name: string;
  readonly flows: readonly ProjectFileFlow[];
}

export interface ProjectFileIssue {
  /** The flow the problem is in (from 0), with its label when it has one; absent for the file itself. */
  readonly flow?: { readonly index: number; readonly label: string | null };
  readonly path: string;
  readonly message: string;
}

export type ProjectFileProblem =
  | { readonly kind: 'too_large'; readonly bytes: number }
  | { readonly kind: 'not_json' }
  | { readonly kind: 'not_a_project' }
  | { readonly kind: 'invalid'; readonly issues: readonly ProjectFileIssue[] };

export type ProjectParseResult =
  /** `removed`: per flow (same order), answers written under an earlier rule set that no longer exist. */
  | { readonly ok: true; readonly file: ProjectFile; readonly removed: readonly (readonly RemovedAnswer[])[] }
  | { readonly ok: false; readonly problem: ProjectFileProblem };

const MAX_ISSUES = 50;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const pathText = (path: readonly PropertyKey[]): string => path.map(String).join('.') || '(root)';

/**
 * Reads a project file's text. All or nothing: any invalid flow makes the whole file a problem, naming every bad
 * flow by index and label, so an import never brings in part of a project. Answers written under an earlier rule
 * set are migrated per flow like an assessment file's. Never throws.
 */
export function parseProjectFile(raw: string): ProjectParseResult {
  const read = readJsonText(raw);
  if (!read.ok) return read;
  const { json } = read;
  if (!isRecord(json) || json.kind !== 'project') return { ok: false, problem: { kind: 'not_a_project' } };

  const head = projectHeadSchema.safeParse(json);
  if (!head.success) {
    return { ok: false, problem: { kind: 'invalid', issues: head.error.issues.slice(0, MAX_ISSUES).map((issue) => ({ path: pathText(issue.path), message: issue.message })) } };
  }
  const issues: ProjectFileIssue[] = [];
  const flows: ProjectFileFlow[] = [];
  const removed: RemovedAnswer[][] = [];
  head.data.flows.forEach((rawFlow, index) => {
    const label = isRecord(rawFlow) && typeof rawFlow.label === 'string' ? rawFlow.label.slice(0, flowLabelMaxLength) : null;
    const migrated = isRecord(rawFlow) ? migrateInput(rawFlow.input) : { answers: rawFlow, removed: [] };
    const parsed = projectFlowSchema.safeParse(isRecord(rawFlow) ? { ...rawFlow, input: migrated.answers } : rawFlow);
    if (parsed.success) {
      flows.push(parsed.data);
      removed.push([...migrated.removed]);
    } else {
      for (const issue of parsed.error.issues) issues.push({ flow: { index, label }, path: pathText(issue.path), message: issue.message });
    }
  });
  if (issues.length > 0) return { ok: false, problem: { kind: 'invalid', issues: issues.slice(0, MAX_ISSUES) } };
  return { ok: true, file: { kind: 'project', name: head.data.name, flows }, removed };
}

export interface ProjectFileSource {
  readonly name: string;
  readonly flows: readonly {
    readonly label: string;
    readonly answers: AssessmentInput;
    readonly ticks: readonly ChecklistId[];
    readonly reviewedVersion?: ReviewedVersion | undefined;
  }[];
}

/** The file for a project: what the command line reads, plus each flow's ticks and the version last reviewed. */
export function toProjectFile(project: ProjectFileSource): ProjectFile {
  return {
    kind: 'project',
    name: project.name,
    flows: project.flows.map((flow) => ({
      label: flow.label,
      input: flow.answers,
      ...(flow.ticks.length > 0 ? { ticks: [...flow.ticks] } : {}),
      ...(flow.reviewedVersion === undefined ? {} : { reviewedVersion: flow.reviewedVersion }),
    })),
  };
}

export const serializeProjectFile = (file: ProjectFile): string => `${JSON.stringify(file, null, 2)}\n`;
