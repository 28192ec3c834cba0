import { useMemo } from 'react';

import type { Review } from './schema';
import { useReviewsState } from './store-context';
import { examineSubmission } from './submission';
import type { Examination } from './submission';

/** The stored review with this id, or undefined. */
export function useReview(reviewId: string | undefined): Review | undefined {
  return useReviewsState((state) => state.reviews.find((review) => review.id === reviewId));
}

/** The submission examined by the current rules; recomputed only when the submission itself changes. */
export function useExamination(review: Review): Examination {
  return useMemo(() => examineSubmission(review.submission), [review.submission]);
}
