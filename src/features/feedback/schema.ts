import { z } from 'zod/mini';

import { reviewFileV2 } from '../review/review-file';
import type { ReviewedVersion } from './reviewed-version';

/**
 * The ethics office's review, taken back into the researcher's assessment: the review file as the office exported
 * it, and when it was taken in. Kept whole, so marks and comments show beside the answers and items they concern and
 * the next export can say which version was reviewed.
 */
export const receivedReviewSchema = z.strictObject({
  receivedAt: z.iso.datetime(),
  file: reviewFileV2,
});
export type ReceivedReview = z.infer<typeof receivedReviewSchema>;

/** The reviewed version an export records, or undefined when the review file did not carry the reviewed answers. */
export function reviewedVersionOf(received: ReceivedReview): ReviewedVersion | undefined {
  const { file } = received;
  if (file.submission.reviewedInput === undefined) return undefined;
  return {
    reviewedAt: file.reviewedAt,
    reviewerName: file.reviewer.name,
    committee: file.reviewer.committee,
    fingerprint: file.submission.fingerprint,
    input: file.submission.reviewedInput,
  };
}
