import type { TFunction } from 'i18next';

/** The namespaces the backup page reads. */
export const backupNamespaces = ['backup', 'common'] as const;
export type BackupT = TFunction<typeof backupNamespaces>;
