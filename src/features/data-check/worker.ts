/// <reference lib="webworker" />
import { checkFilesInOrder } from './engine';
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
  // Slices are read on demand: a 2 GB slide is never loaded, only the ranges its directories point to.
  const sources = files.map((file) => ({
    name: file.name,
    size: file.size,
    read: async (start: number, length: number) => new Uint8Array(await file.slice(start, start + length).arrayBuffer()),
  }));
  await checkFilesInOrder(sources, (offset, report) => {
    self.postMessage({ index: first + offset, report } satisfies CheckResponse);
  });
};
