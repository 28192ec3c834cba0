/**
 * The routes this feature adds (routes.tsx); other pages link to them through these. No imports on purpose: the
 * app's route table loads this file up front, and the pages themselves load on demand.
 */
export const reportPaths = {
  report: '/report',
  /** The one-page summary to attach to an application. */
  summary: '/report/summary',
  open: '/open',
  import: '/import',
} as const;
