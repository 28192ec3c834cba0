import type { TFunction } from 'i18next';

/**
 * The namespaces the review pages and the memo read. Keys are written with their namespace ("outcomes:verdict.…"),
 * and listing the namespaces lets i18next's types check each key against the Japanese files. `common` is read for
 * the words of answers a rules update removed, which the whole app shares.
 */
export const reviewNamespaces = ['review', 'questions', 'outcomes', 'checklist', 'common'] as const;
export type ReviewT = TFunction<typeof reviewNamespaces>;
