import type { TFunction } from 'i18next';

/**
 * The namespaces the report, share and import pages read. Keys are always written with their namespace
 * ("report:doc.title", "outcomes:verdict.…"); listing them lets i18next's types check each key against the
 * Japanese files. `result` is read for the short citation labels only (citation-texts.ts).
 */
export const reportNamespaces = ['report', 'common', 'questions', 'outcomes', 'checklist', 'citations', 'result'] as const;

export type ReportT = TFunction<typeof reportNamespaces>;
