/**
 * Hostile-input fuzzing of the project review memo loader (the ethics office's memo for a whole project, which the
 * researcher takes back in), like fuzz-project.ts for the project file: the loader must never throw; a memo it
 * accepts must hold only valid flows and survive a save and reload; a memo it refuses must say why, naming a bad
 * flow only by an index that is there; and it is all or nothing (no memo with a bad flow is accepted).
 * Used by tests/features/review-project-memo.test.ts (a few hundred inputs) and `npm run bench` (10,000).
 */
import fc from 'fast-check';

import { toAssessmentFile } from '../../src/features/exchange/format';
import {
  PROJECT_REVIEW_KIND,
  PROJECT_REVIEW_SCHEMA_VERSION,
  parseProjectReviewFile,
  projectReviewFlowEntry,
  serializeProjectReviewFile,
} from '../../src/features/review/project-review-file';
import { toReviewFile } from '../../src/features/review/review-file';
import type { ReviewFile } from '../../src/features/review/review-file';
import type { Review } from '../../src/features/review/schema';
import { examineSubmission, fileSubmission } from '../../src/features/review/submission';
import { assessmentInputSchema, questions } from '../../src/rules/index';
import type { AssessmentInput } from '../../src/rules/index';

const hostileText = fc.constantFrom('<script>alert(1)</script>', '"><svg onload=alert(1)>', '\u0000\u202e\uffff', '__proto__', 'constructor', '$t(x', '→→');

const answers: fc.Arbitrary<AssessmentInput> = fc
  .record(
    Object.fromEntries(questions.map((q) => [q.id, q.kind === 'multi' ? fc.subarray([...q.options]) : fc.constantFrom(...q.options)])),
    { requiredKeys: [] },
  )
  .map((raw) => assessmentInputSchema.parse(raw));

/** Review files as the review mode writes them, made once (examining a submission is the costly part). */
const pool: readonly ReviewFile[] = fc.sample(answers, { numRuns: 8, seed: 42 }).map((input, index) => {
  const review: Review = {
    id: `r${String(index)}`,
    submission: fileSubmission(toAssessmentFile({ name: `flow ${String(index)}`, answers: input, ticks: [] }, '2026-01-01T09:00:00.000Z')),
    answers: { stage: { mark: 'acceptable', comment: 'ok' } },
    checklist: {},
    overallComment: '',
    reviewerName: 'R',
    committee: 'C',
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-02T09:00:00.000Z',
  };
  return toReviewFile(review, examineSubmission(review.submission));
});

const text = fc.oneof(fc.string({ maxLength: 40 }), hostileText);
const validFlow = fc.record({ label: text, review: fc.constantFrom(...pool) });
const validMemo = fc.record({
  kind: fc.constant(PROJECT_REVIEW_KIND),
  schemaVersion: fc.constant(PROJECT_REVIEW_SCHEMA_VERSION),
  name: text,
  overallComment: text,
  reviewer: fc.record({ name: text, committee: text }),
  reviewedAt: fc.constant('2026-02-01T09:00:00.000Z'),
  flows: fc.array(validFlow, { minLength: 1, maxLength: 5 }),
});

/** One flow damaged: a key dropped or replaced by any JSON value, at the flow or inside its review. */
const damagedFlow = fc
  .tuple(validMemo, fc.nat(), fc.constantFrom('label', 'review', 'extra', 'review.marks', 'review.submission', 'review.format'), fc.option(fc.jsonValue()))
  .map(([memo, at, key, value]) => {
    const index = at % memo.flows.length;
    const flows: unknown[] = memo.flows.map((flow, i) => {
      if (i !== index) return flow;
      if (key.startsWith('review.')) {
        const field = key.slice('review.'.length);
        const { [field as keyof ReviewFile]: _dropped, ...rest } = flow.review;
        return { ...flow, review: value === null ? rest : { ...rest, [field]: value } };
      }
      const { [key as 'label']: _gone, ...rest } = flow;
      return value === null ? rest : { ...rest, [key]: value };
    });
    return JSON.stringify({ ...memo, flows });
  });

/** The memo's own fields damaged. */
const damagedHead = fc
  .tuple(validMemo, fc.constantFrom('kind', 'schemaVersion', 'name', 'reviewer', 'reviewedAt', 'flows', 'overallComment'), fc.jsonValue())
  .map(([memo, key, value]) => JSON.stringify({ ...memo, [key]: value }));

const junk = fc.oneof(fc.string({ maxLength: 300 }), fc.jsonValue().map((value) => JSON.stringify(value)));
const truncated = fc.tuple(validMemo, fc.nat()).map(([memo, cut]) => {
  const json = JSON.stringify(memo);
  return json.slice(0, cut % (json.length + 1));
});
const memoText = fc.oneof(junk, truncated, damagedFlow, damagedHead, validMemo.map((memo) => JSON.stringify(memo)));

export interface ProjectReviewFuzzFigures {
  readonly runs: number;
  readonly accepted: number;
}

export function fuzzProjectReviewLoader(runs: number, seed?: number): ProjectReviewFuzzFigures {
  let accepted = 0;
  fc.assert(
    fc.property(memoText, (raw) => {
      const result = parseProjectReviewFile(raw);
      let json: unknown = undefined;
      try {
        json = JSON.parse(raw);
      } catch {
        // Not JSON: the loader must say so (checked below).
      }
      const flows = typeof json === 'object' && json !== null && 'flows' in json && Array.isArray(json.flows) ? (json.flows as unknown[]) : null;
      if (result.ok) {
        accepted += 1;
        if (result.file.flows.length === 0) throw new Error('accepted a memo without flows');
        // All or nothing: every flow of the text itself must be valid.
        if (flows === null || flows.some((flow) => !projectReviewFlowEntry.safeParse(flow).success)) throw new Error('accepted a memo with an invalid flow');
        const again = parseProjectReviewFile(serializeProjectReviewFile(result.file));
        if (!again.ok || JSON.stringify(again.file) !== JSON.stringify(result.file)) throw new Error('accepted memo does not round-trip');
        return;
      }
      if (typeof result.problem.kind !== 'string') throw new Error('problem without a kind');
      if (json === undefined && result.problem.kind !== 'not_json') throw new Error('text that is not JSON not called so');
      if (result.problem.kind === 'invalid') {
        if (result.problem.issues.length === 0) throw new Error('invalid without an issue');
        for (const issue of result.problem.issues) {
          if (issue.flow !== undefined && (flows === null || issue.flow.index >= flows.length)) throw new Error('issue names a flow that is not there');
        }
      }
    }),
    { numRuns: runs, ...(seed === undefined ? {} : { seed }) },
  );
  return { runs, accepted };
}
