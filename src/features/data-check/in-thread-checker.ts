import type { Checker } from './checker';
import { checkFilesInOrder } from './engine/check-files';

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
export const inThreadChecker: Checker = (files, onReport, signal) =>
  checkFilesInOrder(
    files.map((file) => ({ name: file.name, size: file.size, read: (offset: number, length: number) => readSlice(file.slice(offset, offset + length)) })),
    onReport,
    () => signal.aborted,
  );
