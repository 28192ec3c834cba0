import { HEAD_BYTES, MAX_FULL_READ_BYTES, checkFile } from './check-file';
import type { ByteSource, FileReport } from './types';

/**
 * The first bytes of a file, read once: recognising the kind reads 132 bytes and a DICOM header is then parsed from
 * the same start, so without this every file would cost two reads. In a browser each read of a File is a round trip
 * to the process that holds it, which is what a folder of small files spends its time on.
 */
export function withCachedHead(source: ByteSource, headBytes = HEAD_BYTES): ByteSource {
  let head: Promise<Uint8Array> | undefined;
  const headLength = Math.min(source.size, headBytes);
  return {
    name: source.name,
    size: source.size,
    read(offset, length) {
      if (offset + length > headLength) return source.read(offset, length);
      head ??= source.read(0, headLength);
      return head.then((bytes) => bytes.subarray(offset, Math.min(bytes.length, offset + length)));
    },
  };
}

/** Files being read at once: enough to keep reads overlapping, few enough that memory stays small. */
export const FILES_IN_FLIGHT = 8;
/**
 * Bytes that files being read at once may together declare (each counted up to the full-read limit of tables and
 * texts, the most one file can cost); a single file always runs, however large.
 */
export const BYTES_IN_FLIGHT = 64 * 1024 * 1024;
const weightOf = (source: ByteSource): number => Math.min(source.size, MAX_FULL_READ_BYTES);

/**
 * Checks files with a few in flight, handing each report over in file order: the next file's read overlaps the
 * current file's checks, and a caller counting reports knows which file is still running.
 */
export async function checkFilesInOrder(
  sources: readonly ByteSource[],
  onReport: (index: number, report: FileReport) => void,
  shouldStop: () => boolean = () => false,
): Promise<void> {
  const running = new Map<number, Promise<FileReport>>();
  let started = 0;
  let weight = 0;
  for (let index = 0; index < sources.length; index += 1) {
    while (started < sources.length && started - index < FILES_IN_FLIGHT) {
      const source = sources[started];
      if (source === undefined) break;
      const sourceWeight = weightOf(source);
      if (running.size > 0 && weight + sourceWeight > BYTES_IN_FLIGHT) break;
      weight += sourceWeight;
      running.set(
        started,
        checkFile(withCachedHead(source)).finally(() => {
          weight -= sourceWeight;
        }),
      );
      started += 1;
    }
    const report = await running.get(index);
    running.delete(index);
    if (report === undefined || shouldStop()) return;
    onReport(index, report);
  }
}
