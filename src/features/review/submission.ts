import { assessmentFileV2 } from '../exchange/format';
import type { AssessmentFile } from '../exchange/format';
import { fingerprint } from '../exchange/fingerprint';
import { RULE_SET_1, withRuleSet1Assumptions } from '../exchange/rule-set-1';
import { isSupersededRuleSet, originalAnswers, pendingRemoved, removedAnswersSchema } from '../exchange/rule-update';
import type { RemovedAnswer } from '../exchange/rule-update';
import { applicableQuestions, assessmentInputSchema, evaluate, nextQuestion, rulesVersion as currentRulesVersion } from '../../rules';
import type { Assessment, AssessmentInput, QuestionId } from '../../rules';
import { z } from 'zod/mini';
import { diffAssessments } from './diff';
import type { AssessmentChange } from './diff';

/**
 * What a reviewer opened: an exchange file (name, answers, fingerprint, perhaps the exporting app's result and the
 * submitter's ticks and notes) or a share link (answers and the rules version only). Kept as it arrived: the
 * review never changes a submission. Answers of an earlier rule set that no longer exist are kept in `removed`
 * (question and answer), beside the answers in the current rules' terms, so the submission as sent can be told
 * from them and its fingerprint checked.
 */
export const submissionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('file'),
    file: assessmentFileV2,
    removed: z.optional(removedAnswersSchema),
    /**
     * Set when the answers came as one data flow of a project file, which declares no fingerprint: `file` is then
     * made from the flow at opening, and nothing shows whether the answers were changed before it was sent.
     */
    fromProject: z.optional(z.strictObject({ name: z.string().check(z.maxLength(200)), index: z.number().check(z.int(), z.minimum(0), z.maximum(1000)) })),
  }),
  z.strictObject({
    kind: z.literal('link'),
    rulesVersion: z.string().check(z.maxLength(100)),
    input: assessmentInputSchema,
    removed: z.optional(removedAnswersSchema),
  }),
]);
export type Submission = z.infer<typeof submissionSchema>;

const withRemoved = (removed: readonly RemovedAnswer[]) => (removed.length === 0 ? {} : { removed: [...removed] });

export const fileSubmission = (file: AssessmentFile, removed: readonly RemovedAnswer[] = []): Submission => ({
  kind: 'file',
  file,
  ...withRemoved(removed),
});
export const linkSubmission = (rulesVersion: string, input: AssessmentInput, removed: readonly RemovedAnswer[] = []): Submission => ({
  kind: 'link',
  rulesVersion,
  input,
  ...withRemoved(removed),
});

export const submissionName = (submission: Submission): string => (submission.kind === 'file' ? submission.file.name : '');
export const submissionInput = (submission: Submission): AssessmentInput =>
  submission.kind === 'file' ? submission.file.input : submission.input;
export const submissionRulesVersion = (submission: Submission): string =>
  submission.kind === 'file' ? submission.file.rulesVersion : submission.rulesVersion;
/** The submitter's note on one answer (files only: share links carry ids only), or undefined when there is none. */
export function submitterNote(submission: Submission, question: QuestionId): string | undefined {
  const note = submission.kind === 'file' ? submission.file.answerNotes?.[question] : undefined;
  return note === undefined || note.trim() === '' ? undefined : note;
}

/** The submitted answers that the current rules no longer have. */
export const submissionRemoved = (submission: Submission): readonly RemovedAnswer[] => submission.removed ?? [];

/** The fingerprint of what the submission actually contains (as sent, removed answers included), whatever it declares. */
export const computedFingerprint = (submission: Submission): string =>
  fingerprint(submissionRulesVersion(submission), originalAnswers(submissionInput(submission), submissionRemoved(submission)));

/**
 * Reviews are found again by the fingerprint of the answers as they are (recomputed, not as declared) plus the
 * project name. Recomputing matters: a file whose answers were changed but whose declared fingerprint was kept
 * must not resume, and show the marks of, the review of the genuine file.
 */
export const reviewKeyOf = (submission: Submission): string => `${computedFingerprint(submission)}\n${submissionName(submission)}`;

export type FingerprintCheck =
  | { readonly kind: 'match'; readonly fingerprint: string }
  | { readonly kind: 'mismatch'; readonly declared: string; readonly computed: string }
  /** Share links carry no fingerprint, so nothing can show whether they were altered. */
  | { readonly kind: 'absent'; readonly computed: string }
  /** Nor do project files: the fingerprint shown was computed when the file was opened. */
  | { readonly kind: 'project'; readonly computed: string };

export type RulesCheck =
  | { readonly kind: 'same'; readonly version: string }
  /** Made under a rule set the current one replaces: its answers were migrated and it is evaluated again. */
  | { readonly kind: 'superseded'; readonly submitted: string; readonly current: string }
  | { readonly kind: 'different'; readonly submitted: string; readonly current: string };

export type CurrentResult =
  | { readonly kind: 'complete'; readonly assessment: Assessment }
  /** An unfinished assessment: the rules cannot evaluate it; `next` is the first open question. */
  | { readonly kind: 'incomplete'; readonly next: QuestionId };

export type SnapshotCheck =
  /** A share link, or a file exported before its answers were complete. */
  | { readonly kind: 'absent' }
  /** The file carries a result but its answers are incomplete now, so there is nothing to compare it with. */
  | { readonly kind: 'not_comparable' }
  /** The same, because the current rules removed one of its answers: the submitter has to choose again. */
  | { readonly kind: 'answer_removed'; readonly questions: readonly QuestionId[] }
  | { readonly kind: 'same' }
  | { readonly kind: 'differs'; readonly changes: readonly AssessmentChange[] };

export interface Examination {
  readonly name: string;
  /** The submitted answers in the current rules' terms. */
  readonly input: AssessmentInput;
  /** Submitted answers the current rules removed (their questions are open in `input`). */
  readonly removed: readonly RemovedAnswer[];
  /**
   * Questions the current rules added that a rule-set-1 submission could not answer, answered for the result as
   * rule set 1 read every case (rule-set-1.ts), so its result can be compared; the page says so.
   */
  readonly assumed: readonly QuestionId[];
  /** `input` with the assumed answers: what the current result is computed from. */
  readonly evaluatedInput: AssessmentInput;
  /** The questions on the submission's path, in flow order: the answers a reviewer sees and marks. */
  readonly path: readonly QuestionId[];
  readonly submittedRulesVersion: string;
  readonly currentRulesVersion: string;
  readonly fingerprint: FingerprintCheck;
  readonly rules: RulesCheck;
  readonly current: CurrentResult;
  readonly snapshot: SnapshotCheck;
}

function rulesCheck(submitted: string): RulesCheck {
  if (submitted === currentRulesVersion) return { kind: 'same', version: submitted };
  if (isSupersededRuleSet(submitted)) return { kind: 'superseded', submitted, current: currentRulesVersion };
  return { kind: 'different', submitted, current: currentRulesVersion };
}

/** Everything the review shows about a submission, computed by the current rules. Pure. */
export function examineSubmission(submission: Submission): Examination {
  const input = submissionInput(submission);
  const submitted = submissionRulesVersion(submission);
  // Only rule set 1's own silences are filled in; an answer it gave that no longer exists stays open.
  const { input: evaluatedInput, assumed } = submitted === RULE_SET_1 ? withRuleSet1Assumptions(input) : { input, assumed: [] };
  const computed = computedFingerprint(submission);
  let fingerprintCheck: FingerprintCheck;
  if (submission.kind === 'link') fingerprintCheck = { kind: 'absent', computed };
  else if (submission.fromProject !== undefined) fingerprintCheck = { kind: 'project', computed };
  else if (submission.file.fingerprint === computed) fingerprintCheck = { kind: 'match', fingerprint: computed };
  else fingerprintCheck = { kind: 'mismatch', declared: submission.file.fingerprint, computed };

  const removed = pendingRemoved(input, submissionRemoved(submission));
  const next = nextQuestion(evaluatedInput);
  const current: CurrentResult = next === null ? { kind: 'complete', assessment: evaluate(evaluatedInput) } : { kind: 'incomplete', next };

  const snapshotResult = submission.kind === 'file' ? submission.file.result : undefined;
  let snapshot: SnapshotCheck;
  if (snapshotResult === undefined) snapshot = { kind: 'absent' };
  else if (current.kind === 'incomplete') {
    snapshot = removed.length === 0 ? { kind: 'not_comparable' } : { kind: 'answer_removed', questions: removed.map((entry) => entry.question) };
  }
  else {
    const changes = diffAssessments(snapshotResult, current.assessment);
    snapshot = changes.length === 0 ? { kind: 'same' } : { kind: 'differs', changes };
  }

  return {
    name: submissionName(submission),
    input,
    removed,
    assumed,
    evaluatedInput,
    path: applicableQuestions(evaluatedInput),
    submittedRulesVersion: submitted,
    currentRulesVersion,
    fingerprint: fingerprintCheck,
    rules: rulesCheck(submitted),
    current,
    snapshot,
  };
}

/**
 * The `a` payload inside whatever a reviewer pasted: a whole share link (`…#/open?a=…`), a query (`?a=…`, `a=…`)
 * or the bare payload. Null when there is text but no payload in it (a link without `a=`).
 */
export function sharePayloadFrom(pasted: string): string | null {
  const text = pasted.trim();
  const match = /(?:^|[?&#])a=([^&#\s]*)/u.exec(text);
  if (match !== null) return match[1] ?? '';
  // Anything URL-like without an `a` parameter has no payload; anything else is taken as the payload itself.
  return /[/?=:]/u.test(text) ? null : text;
}
