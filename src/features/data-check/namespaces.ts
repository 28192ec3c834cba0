import type { TFunction } from 'i18next';

/** The namespaces the data check page reads; `result` for the short citation labels. */
export const dataCheckNamespaces = ['datacheck', 'common', 'checklist', 'citations', 'result'] as const;
export type DataCheckT = TFunction<typeof dataCheckNamespaces>;
