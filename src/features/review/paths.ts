/** The review pages' paths; routes.tsx and every link use these. */
export const reviewPaths = {
  open: '/review',
  session: '/review/session/:reviewId',
  memo: '/review/session/:reviewId/memo',
  project: '/review/project/:projectReviewId',
  projectFlow: '/review/project/:projectReviewId/flow/:flowNumber',
} as const;

export const sessionPath = (reviewId: string): string => `/review/session/${encodeURIComponent(reviewId)}`;
export const memoPath = (reviewId: string): string => `${sessionPath(reviewId)}/memo`;
export const projectSessionPath = (projectReviewId: string): string => `/review/project/${encodeURIComponent(projectReviewId)}`;
/** `number` counts from 1, as the pages do. */
export const projectFlowPath = (projectReviewId: string, number: number): string => `${projectSessionPath(projectReviewId)}/flow/${String(number)}`;
