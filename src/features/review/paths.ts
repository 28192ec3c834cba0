/** The review pages' paths; routes.tsx and every link use these. */
export const reviewPaths = {
  open: '/review',
  session: '/review/session/:reviewId',
  memo: '/review/session/:reviewId/memo',
} as const;

export const sessionPath = (reviewId: string): string => `/review/session/${encodeURIComponent(reviewId)}`;
export const memoPath = (reviewId: string): string => `${sessionPath(reviewId)}/memo`;
