import { z } from 'zod/mini';

import '../../lib/zod-messages';
import { readJsonText } from '../exchange/format';
import { MAX_FLOWS, flowLabelMaxLength } from '../projects/schema';
import { reviewFileV2, toReviewFile } from './review-file';
import { MAX_COMMENT, MAX_FIELD } from './schema';
import type { ProjectReview, Review } from './schema';
import { examineSubmission } from './submission';

/**
 * The memo of a whole project's review, as the researcher's app reads it back: per flow, the label and exactly the
 * review file a single submission's review writes (marks, comments, reviewed answers and fingerprint), plus what
 * belongs to the project as a whole. Versioned; a later version adds a migration.
 */
export const PROJECT_REVIEW_KIND = 'project-review';
export const PROJECT_REVIEW_SCHEMA_VERSION = 1;

const text = (max: number) => z.string().check(z.maxLength(max));

export const projectReviewFlowEntry = z.strictObject({
  label: text(flowLabelMaxLength),
  review: reviewFileV2,
});
export type ProjectReviewFlowEntry = z.infer<typeof projectReviewFlowEntry>;

const headFields = {
  kind: z.literal(PROJECT_REVIEW_KIND),
  schemaVersion: z.literal(PROJECT_REVIEW_SCHEMA_VERSION),
  /** The project's name as its file gave it. */
  name: text(MAX_FIELD),
  overallComment: text(MAX_COMMENT * 2),
  reviewer: z.strictObject({ name: text(MAX_FIELD), committee: text(MAX_FIELD) }),
  /** When the review was last changed, any flow's part included. */
  reviewedAt: z.iso.datetime(),
};

export const projectReviewFileV1 = z.strictObject({ ...headFields, flows: z.array(projectReviewFlowEntry).check(z.minLength(1), z.maxLength(MAX_FLOWS)) });
export type ProjectReviewFile = z.infer<typeof projectReviewFileV1>;

/** The file without its flows checked, so each flow can be checked on its own and named when it is wrong. */
const projectReviewHead = z.strictObject({ ...headFields, flows: z.array(z.unknown()).check(z.minLength(1), z.maxLength(MAX_FLOWS)) });

/**
 * The memo for a project review: each flow's review file as the single review would write it, with the project's
 * reviewer and committee (entered once, for the whole project). `flowReviews` are the flows' reviews in order.
 */
export function toProjectReviewFile(project: ProjectReview, flowReviews: readonly Review[]): ProjectReviewFile {
  const reviewedAt = flowReviews.reduce((latest, review) => (review.updatedAt > latest ? review.updatedAt : latest), project.updatedAt);
  const reviewer = { name: project.reviewerName, committee: project.committee };
  return {
    kind: PROJECT_REVIEW_KIND,
    schemaVersion: PROJECT_REVIEW_SCHEMA_VERSION,
    name: project.name,
    overallComment: project.overallComment,
    reviewer,
    reviewedAt,
    flows: flowReviews.map((review, index) => ({
      label: project.flows[index]?.label ?? '',
      review: { ...toReviewFile(review, examineSubmission(review.submission)), reviewer },
    })),
  };
}

export const serializeProjectReviewFile = (file: ProjectReviewFile): string => `${JSON.stringify(file, null, 2)}\n`;

export interface ProjectReviewIssue {
  /** The flow the problem is in (from 0) and its label when it has one; absent for the file itself. */
  readonly flow?: { readonly index: number; readonly label: string | null };
  readonly path: string;
  readonly message: string;
}

export type ProjectReviewFileProblem =
  | { readonly kind: 'too_large'; readonly bytes: number }
  | { readonly kind: 'not_json' }
  | { readonly kind: 'not_a_project_review' }
  | { readonly kind: 'unknown_version'; readonly version: string }
  | { readonly kind: 'invalid'; readonly issues: readonly ProjectReviewIssue[] };

export type ProjectReviewFileParse =
  | { readonly ok: true; readonly file: ProjectReviewFile }
  | { readonly ok: false; readonly problem: ProjectReviewFileProblem };

const MAX_ISSUES = 50;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const pathText = (path: readonly PropertyKey[]): string => path.map(String).join('.') || '(root)';

/** Whether the text is meant as a project review memo (the feedback page then reads it as one). */
export const isProjectReviewJson = (json: unknown): boolean => isRecord(json) && json.kind === PROJECT_REVIEW_KIND;

/**
 * Reads a project review memo's text. All or nothing: any invalid flow makes the whole memo a problem, naming every
 * bad flow by index and label, so the researcher's app never takes in part of a review. Same size limit and first
 * step as every other file of the app. Never throws.
 */
export function parseProjectReviewFile(raw: string): ProjectReviewFileParse {
  const read = readJsonText(raw);
  if (!read.ok) return read;
  const { json } = read;
  if (!isRecord(json) || !isProjectReviewJson(json)) return { ok: false, problem: { kind: 'not_a_project_review' } };
  if (json.schemaVersion !== PROJECT_REVIEW_SCHEMA_VERSION) {
    const version = 'schemaVersion' in json ? String(json.schemaVersion) : '';
    return { ok: false, problem: { kind: 'unknown_version', version: version.slice(0, 20) } };
  }
  const head = projectReviewHead.safeParse(json);
  if (!head.success) {
    return {
      ok: false,
      problem: { kind: 'invalid', issues: head.error.issues.slice(0, MAX_ISSUES).map((issue) => ({ path: pathText(issue.path), message: issue.message })) },
    };
  }
  const issues: ProjectReviewIssue[] = [];
  const flows: ProjectReviewFlowEntry[] = [];
  head.data.flows.forEach((rawFlow, index) => {
    const label = isRecord(rawFlow) && typeof rawFlow.label === 'string' ? rawFlow.label.slice(0, flowLabelMaxLength) : null;
    const parsed = projectReviewFlowEntry.safeParse(rawFlow);
    if (parsed.success) flows.push(parsed.data);
    else for (const issue of parsed.error.issues) issues.push({ flow: { index, label }, path: pathText(issue.path), message: issue.message });
  });
  if (issues.length > 0) return { ok: false, problem: { kind: 'invalid', issues: issues.slice(0, MAX_ISSUES) } };
  return { ok: true, file: { ...head.data, flows } };
}
