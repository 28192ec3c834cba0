import type { Checker } from './checker';
import { checkFile } from './engine/check-file';

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
