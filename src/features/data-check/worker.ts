/// <reference lib="webworker" />
import { checkFile } from './engine';
import type { FileReport } from './engine';

/**
 * What the page sends: the files to check, with the index of the first. The worker answers with one report per
 * file, in order; it never throws back. One message for the lot saves a round trip per file.
 */
export interface CheckRequest {
  readonly first: number;
  readonly files: readonly File[];
}
export interface CheckResponse {
  readonly index: number;
  readonly report: FileReport;
}

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<CheckRequest>) => {
  const { first, files } = event.data;
  for (const [offset, file] of files.entries()) {
    // Slices are read on demand: a 2 GB slide is never loaded, only the ranges its directories point to.
    const report = await checkFile({
      name: file.name,
      size: file.size,
      read: async (start, length) => new Uint8Array(await file.slice(start, start + length).arrayBuffer()),
    });
    self.postMessage({ index: first + offset, report } satisfies CheckResponse);
  }
};
