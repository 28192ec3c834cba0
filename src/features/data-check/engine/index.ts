/** The data check engine: bytes in, findings out. Pure (no React, DOM or storage); shared by the worker and the CLI. */
export { bytesSource, checkFile, HEADERS_ONLY_BYTES, MAX_FULL_READ_BYTES } from './check-file';
export { checkFilesInOrder, withCachedHead } from './check-files';
export { findingInfo, mask, MAX_FINDINGS_PER_FILE } from './findings';
export { summarize } from './summary';
export type { ChecklistSummary } from './summary';
export * from './types';
