import { createContext, useContext } from 'react';

import type { FileReport } from './engine/types';
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
  let next = 0;
  // Each round starts a worker on the files not yet done; a file that hangs ends its round and is reported as such.
  while (next < files.length && !signal.aborted) {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
    };
    signal.addEventListener('abort', stop);
    next = await new Promise<number>((resolve) => {
      let position = next;
      let timer = setTimeout(expire, FILE_TIMEOUT_MS);
      function expire() {
        const file = files[position];
        if (file !== undefined) onReport(position, timedOut(file));
        resolve(position + 1);
      }
      worker.onmessage = (event: MessageEvent<CheckResponse>) => {
        clearTimeout(timer);
        onReport(event.data.index, event.data.report);
        position = event.data.index + 1;
        if (position >= files.length) resolve(position);
        else timer = setTimeout(expire, FILE_TIMEOUT_MS);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        clearTimeout(timer);
        const file = files[position];
        if (file !== undefined) onReport(position, { ...timedOut(file), problems: ['read_failed'], problemDetail: event.message });
        resolve(position + 1);
      };
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve(files.length);
      });
      worker.postMessage({ first: next, files: files.slice(next) } satisfies CheckRequest);
    });
    worker.terminate();
    signal.removeEventListener('abort', stop);
  }
};

export const CheckerContext = createContext<Checker>(workerChecker);
export const useChecker = (): Checker => useContext(CheckerContext);
