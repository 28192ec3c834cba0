import { z } from 'zod/mini';

import { applicableQuestions, assessmentInputSchema } from '../../rules';
import type { AssessmentInput, QuestionId } from '../../rules';
import { canonicalAnswers } from '../exchange/fingerprint';

const text = (max: number) => z.string().check(z.maxLength(max));

/**
 * Written into the next exported file: which version the office reviewed, so its review page can show what changed
 * since. Optional in the exchange file, so every earlier file still reads.
 */
export const reviewedVersionSchema = z.strictObject({
  reviewedAt: z.iso.datetime(),
  reviewerName: text(200),
  committee: text(200),
  /** The reviewed submission's declared fingerprint (null for a share link, which has none). */
  fingerprint: z.nullable(text(40)),
  input: assessmentInputSchema,
});
export type ReviewedVersion = z.infer<typeof reviewedVersionSchema>;

/**
 * The questions whose answer differs between two sets of answers (the reviewed or recorded ones and the current
 * ones), in the order the later answers ask them, then questions only the earlier answers had. Both are compared
 * in canonical form, so a multi-select answer compares as a set and off-path answers do not count.
 */
export function changedAnswers(earlier: AssessmentInput, later: AssessmentInput): QuestionId[] {
  const before = canonicalAnswers(earlier);
  const now = canonicalAnswers(later);
  const asked = applicableQuestions(now);
  const dropped = applicableQuestions(before).filter((question) => !asked.includes(question));
  return [...asked, ...dropped].filter((question) => JSON.stringify(before[question]) !== JSON.stringify(now[question]));
}
