import { z } from 'zod/mini';

import { ChecklistId, assessmentInputSchema } from '../../rules';
import { issuesOf, readJsonText } from '../exchange/format';
import { removedAnswersSchema } from '../exchange/rule-update';
import type { ChecklistId as ChecklistIdType, QuestionId } from '../../rules';
import { MAX_COMMENT, MAX_FIELD, QuestionIdSchema, ReviewMark } from './schema';
import type { Review } from './schema';
import { submissionInput } from './submission';
import type { Examination } from './submission';

/**
 * The review as a file another office can read by machine: which submission (name, rules, declared fingerprint and
 * whether it held), the marks and comments. Versioned like the assessment file; a later version adds a migration.
 */
export const REVIEW_FILE_FORMAT = 'medai-data-navigator/review';
/** 2: the submission also lists answers a rules update removed and answers the result assumed (rule set 2). */
export const REVIEW_FILE_SCHEMA_VERSION = 2;

const text = (max: number) => z.string().check(z.maxLength(max));

const answerEntry = z.strictObject({ question: QuestionIdSchema, answer: z.union([z.string(), z.array(z.string())]) });

export const reviewFileV2 = z.strictObject({
  format: z.literal(REVIEW_FILE_FORMAT),
  schemaVersion: z.literal(REVIEW_FILE_SCHEMA_VERSION),
  submission: z.strictObject({
    source: z.enum(['file', 'link']),
    name: text(200),
    rulesVersion: text(100),
    /** As the file declared it; null for a share link, which has none. */
    fingerprint: z.nullable(text(40)),
    /** Whether the declared fingerprint matches the answers; null when there was nothing to check. */
    fingerprintValid: z.nullable(z.boolean()),
    /** Submitted answers the rules at review no longer have: the submitter has to choose again. */
    removedAnswers: removedAnswersSchema,
    /** Questions the submission's rules did not ask, answered for the reviewed result as those rules assumed. */
    assumedAnswers: z.array(answerEntry),
    /**
     * The answers reviewed, in the current rules' terms, so the researcher's app can show what changed since this
     * review. Optional, so every review file written before it still reads.
     */
    reviewedInput: z.optional(assessmentInputSchema),
  }),
  currentRulesVersion: text(100),
  marks: z.strictObject({
    answers: z.partialRecord(QuestionIdSchema, ReviewMark),
    checklist: z.partialRecord(ChecklistId, ReviewMark),
  }),
  comments: z.strictObject({
    answers: z.partialRecord(QuestionIdSchema, text(MAX_COMMENT)),
    checklist: z.partialRecord(ChecklistId, text(MAX_COMMENT)),
    overall: text(MAX_COMMENT * 2),
  }),
  reviewer: z.strictObject({ name: text(MAX_FIELD), committee: text(MAX_FIELD) }),
  /** When the review was last changed. */
  reviewedAt: z.iso.datetime(),
});
export type ReviewFile = z.infer<typeof reviewFileV2>;

/**
 * The file for a review. Marks and comments are kept for what the review shows now (answers on the path, items on
 * the current checklist); those of items the current rules no longer list stay in the stored review only.
 */
export function toReviewFile(review: Review, examination: Examination): ReviewFile {
  const { submission } = review;
  const checklistIds: readonly ChecklistIdType[] =
    examination.current.kind === 'complete' ? examination.current.assessment.checklist.map((item) => item.id) : [];

  const answerMarks: Partial<Record<QuestionId, ReviewMark>> = {};
  const answerComments: Partial<Record<QuestionId, string>> = {};
  for (const question of examination.path) {
    const item = review.answers[question];
    if (item?.mark != null) answerMarks[question] = item.mark;
    if (item !== undefined && item.comment.trim() !== '') answerComments[question] = item.comment;
  }
  const checklistMarks: Partial<Record<ChecklistIdType, ReviewMark>> = {};
  const checklistComments: Partial<Record<ChecklistIdType, string>> = {};
  for (const id of checklistIds) {
    const item = review.checklist[id];
    if (item?.mark != null) checklistMarks[id] = item.mark;
    if (item !== undefined && item.comment.trim() !== '') checklistComments[id] = item.comment;
  }

  return {
    format: REVIEW_FILE_FORMAT,
    schemaVersion: REVIEW_FILE_SCHEMA_VERSION,
    submission: {
      source: submission.kind,
      name: submission.kind === 'file' ? submission.file.name : '',
      rulesVersion: examination.submittedRulesVersion,
      fingerprint: submission.kind === 'file' ? submission.file.fingerprint : null,
      fingerprintValid: examination.fingerprint.kind === 'absent' || examination.fingerprint.kind === 'project' ? null : examination.fingerprint.kind === 'match',
      removedAnswers: examination.removed.map(({ question, answer }) => ({ question, answer })),
      assumedAnswers: examination.assumed.flatMap((question) => {
        const answer = examination.evaluatedInput[question];
        return answer === undefined ? [] : [{ question, answer: typeof answer === 'string' ? answer : [...answer] }];
      }),
      reviewedInput: submissionInput(submission),
    },
    currentRulesVersion: examination.currentRulesVersion,
    marks: { answers: answerMarks, checklist: checklistMarks },
    comments: { answers: answerComments, checklist: checklistComments, overall: review.overallComment },
    reviewer: { name: review.reviewerName, committee: review.committee },
    reviewedAt: review.updatedAt,
  };
}

export const serializeReviewFile = (file: ReviewFile): string => `${JSON.stringify(file, null, 2)}\n`;

export type ReviewFileProblem =
  | { readonly kind: 'too_large'; readonly bytes: number }
  | { readonly kind: 'not_json' }
  | { readonly kind: 'not_a_review' }
  | { readonly kind: 'unknown_version'; readonly version: string }
  | { readonly kind: 'invalid'; readonly issues: readonly { readonly path: string; readonly message: string }[] };

export type ReviewFileParse =
  | { readonly ok: true; readonly file: ReviewFile }
  | { readonly ok: false; readonly problem: ReviewFileProblem };

/**
 * Reads a review file's text, as a researcher takes the ethics office's review back into their assessment. Never
 * throws; every failure is a problem the page can explain. Same size limit as an assessment file.
 */
export function parseReviewFile(raw: string): ReviewFileParse {
  const read = readJsonText(raw);
  if (!read.ok) return read;
  const { json } = read;
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !('format' in json) || json.format !== REVIEW_FILE_FORMAT) {
    return { ok: false, problem: { kind: 'not_a_review' } };
  }
  if (!('schemaVersion' in json) || json.schemaVersion !== REVIEW_FILE_SCHEMA_VERSION) {
    const version = 'schemaVersion' in json ? String(json.schemaVersion) : '';
    return { ok: false, problem: { kind: 'unknown_version', version: version.slice(0, 20) } };
  }
  const parsed = reviewFileV2.safeParse(json);
  return parsed.success
    ? { ok: true, file: parsed.data }
    : { ok: false, problem: { kind: 'invalid', issues: issuesOf(parsed.error) } };
}
