import { createContext, useContext } from 'react';

import { checkFile } from './engine';
import type { FileReport } from './engine';
import type { CheckRequest, CheckResponse } from './worker';

/** Checks files one by one, reporting each as it is done. Resolves when all are done or the run is aborted. */
export type Checker = (files: readonly File[], onReport: (index: number, report: FileReport) => void, signal: AbortSignal) => Promise<void>;

/** A file that takes longer than this is stopped (the worker is replaced), and the next one goes on. */
export const FILE_TIMEOUT_MS = 60_000;

const timedOut = (file: File): FileReport => ({
  file: file.name,
  kind: 'unknown',
  size: file.size,
  read: 'none',
  problems: ['timed_out'],
  checks: [],
  findings: [],
  omittedFindings: 0,
});

/**
 * The page's checker: every file is read in a Web Worker, so a large or hostile file never freezes the page, and a
 * file that runs too long is stopped by replacing the worker.
 */
export const workerChecker: Checker = async (files, onReport, signal) => {
  const start = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  let worker = start();
  try {
    for (let index = 0; index < files.length && !signal.aborted; index += 1) {
      const file = files[index];
      if (file === undefined) continue;
      const current = worker;
      const report = await new Promise<FileReport>((resolve) => {
        const timer = setTimeout(() => {
          current.terminate();
          worker = start();
          resolve(timedOut(file));
        }, FILE_TIMEOUT_MS);
        current.onmessage = (event: MessageEvent<CheckResponse>) => {
          clearTimeout(timer);
          resolve(event.data.report);
        };
        current.onerror = (event) => {
          event.preventDefault();
          clearTimeout(timer);
          current.terminate();
          worker = start();
          resolve({ ...timedOut(file), problems: ['read_failed'], problemDetail: event.message });
        };
        current.postMessage({ index, file } satisfies CheckRequest);
      });
      // The run may have been aborted while this file was read (TypeScript keeps the narrowing from the loop test).
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      if (!signal.aborted) onReport(index, report);
    }
  } finally {
    worker.terminate();
  }
};

/** A slice's bytes through FileReader, which every DOM implementation has (jsdom's Blob lacks arrayBuffer()). */
function readSlice(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      resolve(new Uint8Array(reader.result as ArrayBuffer));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('read failed'));
    };
    reader.readAsArrayBuffer(blob);
  });
}

/** Runs the engine on the page's own thread: for tests, where jsdom has no workers. */
export const inThreadChecker: Checker = async (files, onReport, signal) => {
  for (const [index, file] of files.entries()) {
    if (signal.aborted) return;
    const report = await checkFile({
      name: file.name,
      size: file.size,
      read: async (offset, length) => readSlice(file.slice(offset, offset + length)),
    });
    onReport(index, report);
  }
};

export const CheckerContext = createContext<Checker>(workerChecker);
export const useChecker = (): Checker => useContext(CheckerContext);
