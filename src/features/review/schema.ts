import { z } from 'zod/mini';

import { loadVersioned } from '../../lib/versioned-storage';
import type { LoadResult, StorageProblem } from '../../lib/versioned-storage';
import { ChecklistId, assessmentInputSchema } from '../../rules';
import { migrateInput } from '../exchange/rule-update';
import { submissionSchema } from './submission';

export const REVIEWS_STORAGE_KEY = 'mdn.reviews';
/**
 * 1: submissions under rule set 1's answers. 2: rule set 2's, with the answers a migration removed kept beside them.
 * 3: reviews of whole projects (`projectReviews`), each grouping one review per data flow.
 */
export const REVIEWS_SCHEMA_VERSION = 3;

/** A reviewer's judgement of one answer or checklist item. Ids are persisted: renaming one is a migration. */
export const ReviewMark = z.enum(['acceptable', 'needs_clarification', 'not_acceptable']);
export type ReviewMark = z.infer<typeof ReviewMark>;

/** The question ids, from the rules' own input schema. */
export const QuestionIdSchema = z.keyof(assessmentInputSchema);

export const MAX_COMMENT = 10_000;
export const MAX_FIELD = 200;

const text = (max: number) => z.string().check(z.maxLength(max));

/** One answer's or item's review: the mark (null until the reviewer chooses one) and a free-text comment. */
export const itemReviewSchema = z.strictObject({ mark: z.nullable(ReviewMark), comment: text(MAX_COMMENT) });
export type ItemReview = z.infer<typeof itemReviewSchema>;

export const reviewSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  submission: submissionSchema,
  /** Partial: only what the reviewer has touched. */
  answers: z.partialRecord(QuestionIdSchema, itemReviewSchema),
  checklist: z.partialRecord(ChecklistId, itemReviewSchema),
  overallComment: text(MAX_COMMENT * 2),
  reviewerName: text(MAX_FIELD),
  committee: text(MAX_FIELD),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Review = z.infer<typeof reviewSchema>;

/** One data flow of a reviewed project: its label as the project file gave it and the review of its answers. */
export const projectReviewFlowSchema = z.strictObject({
  label: text(MAX_FIELD),
  /** The flow's review, an ordinary entry of `reviews`: the per-flow session marks it as it marks any submission. */
  reviewId: z.string().check(z.minLength(1), z.maxLength(100)),
});
export type ProjectReviewFlow = z.infer<typeof projectReviewFlowSchema>;

/**
 * The review of a whole project file: the flows' reviews in file order, plus what belongs to the project as a
 * whole (the overall comment, the reviewer and committee written into every flow's part of the memo).
 */
export const projectReviewSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: text(MAX_FIELD),
  flows: z.array(projectReviewFlowSchema).check(z.minLength(1)),
  overallComment: text(MAX_COMMENT * 2),
  reviewerName: text(MAX_FIELD),
  committee: text(MAX_FIELD),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ProjectReview = z.infer<typeof projectReviewSchema>;

export const persistedReviewsSchema = z.strictObject({
  schemaVersion: z.literal(REVIEWS_SCHEMA_VERSION),
  // No count limit: one that the store did not enforce would make a long-used browser's reviews unreadable.
  // The storage quota bounds it, and a failed write is reported as "saving off".
  reviews: z.array(reviewSchema),
  projectReviews: z.array(projectReviewSchema),
});
export type PersistedReviews = z.infer<typeof persistedReviewsSchema>;

/** Why stored reviews could not be loaded; the raw text is kept so the reviewer can download it. */
export type ReviewsStorageProblem = StorageProblem;

export type LoadReviewsResult = LoadResult<PersistedReviews>;

export const emptyReviews = (): PersistedReviews => ({ schemaVersion: REVIEWS_SCHEMA_VERSION, reviews: [], projectReviews: [] });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A stored submission with its answers (a file's `input`, a link's `input`) migrated to the current rules. */
function migrateSubmission(submission: unknown): unknown {
  if (!isRecord(submission)) return submission;
  const holder = submission.kind === 'file' ? submission.file : submission;
  if (!isRecord(holder)) return submission;
  const { answers, removed } = migrateInput(holder.input);
  const extra = removed.length === 0 ? {} : { removed };
  return submission.kind === 'file'
    ? { ...submission, file: { ...holder, input: answers }, ...extra }
    : { ...submission, input: answers, ...extra };
}

/**
 * Version 1 → 2: each review's submission gets its answers in rule set 2's terms; an answer rule set 2 removed is
 * kept in `removed`, so the review still shows what was submitted and the declared fingerprint still checks. Marks
 * and comments stay as they were, by question and item. Anything unexpected passes unchanged, for the schema.
 */
export function migrateReviewsV1(json: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(json.reviews)) return json;
  return {
    ...json,
    reviews: json.reviews.map((review: unknown) => (isRecord(review) ? { ...review, submission: migrateSubmission(review.submission) } : review)),
  };
}

/** Version 2 → 3: no project had been reviewed yet; every review stays as it was, outside any project. */
export function migrateReviewsV2(json: Record<string, unknown>): Record<string, unknown> {
  return { ...json, projectReviews: [] };
}

/** Parses stored text. Nothing is discarded here: a failure carries the raw text back to the caller. */
export function loadReviews(raw: string | null): LoadReviewsResult {
  return loadVersioned(raw, REVIEWS_SCHEMA_VERSION, persistedReviewsSchema, emptyReviews, { 1: migrateReviewsV1, 2: migrateReviewsV2 });
}
