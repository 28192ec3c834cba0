/// <reference lib="webworker" />
import { checkFile } from './engine';
import type { FileReport } from './engine';

/** What the page sends: one file to check. The worker answers with its report; it never throws back. */
export interface CheckRequest {
  readonly index: number;
  readonly file: File;
}
export interface CheckResponse {
  readonly index: number;
  readonly report: FileReport;
}

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (event: MessageEvent<CheckRequest>) => {
  const { index, file } = event.data;
  // Slices are read on demand: a 2 GB slide is never loaded, only the ranges its directories point to.
  const report = await checkFile({
    name: file.name,
    size: file.size,
    read: async (offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
  });
  self.postMessage({ index, report } satisfies CheckResponse);
};
