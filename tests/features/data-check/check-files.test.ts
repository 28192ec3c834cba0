// @vitest-environment node
import { describe, expect, it } from 'vitest';

import { bytesSource, checkFilesInOrder } from '../../../src/features/data-check/engine';
import type { ByteSource, FileReport } from '../../../src/features/data-check/engine';
import { BYTES_IN_FLIGHT, FILES_IN_FLIGHT } from '../../../src/features/data-check/engine/check-files';
import { HEAD_BYTES } from '../../../src/features/data-check/engine/check-file';
import { cleanDataset, dicomFile, utf8 } from './fixtures';

/** A source that counts its reads and the reads running at once, each answered after `delayMs`. */
function countingSource(name: string, bytes: Uint8Array, delayMs = 0, declaredSize = bytes.length) {
  const counts = { reads: 0, bytes: 0 };
  const source: ByteSource = {
    name,
    size: declaredSize,
    async read(offset, length) {
      counts.reads += 1;
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      const slice = bytes.subarray(offset, Math.min(bytes.length, offset + length));
      counts.bytes += slice.length;
      return slice;
    },
  };
  return { source, counts };
}

async function checkAll(sources: readonly ByteSource[], shouldStop?: () => boolean) {
  const reports: { index: number; report: FileReport }[] = [];
  await checkFilesInOrder(sources, (index, report) => reports.push({ index, report }), shouldStop);
  return reports;
}

/** The byte offset where PatientName (0010,0010), explicit VR little endian, starts. */
function patientNameOffset(bytes: Uint8Array): number {
  for (let i = 132; i < bytes.length - 5; i += 1) {
    if (bytes[i] === 0x10 && bytes[i + 1] === 0 && bytes[i + 2] === 0x10 && bytes[i + 3] === 0 && bytes[i + 4] === 0x50 && bytes[i + 5] === 0x4e) return i;
  }
  throw new Error('no PatientName');
}

const rawDataset = { ...cleanDataset(), PatientName: 'Yamada^Taro' };

describe('checking many files', () => {
  it('reads a usual DICOM file once, for its kind and its header together', async () => {
    const { source, counts } = countingSource('a.dcm', dicomFile(rawDataset, { pixelBytes: 200 * 1024 }));
    const [first] = await checkAll([source]);
    expect(first?.report.findings.map((f) => f.location)).toContain('PatientName');
    expect(counts.reads).toBe(1);
    expect(counts.bytes).toBe(HEAD_BYTES);
  });

  it('reads on when the header is longer than the first read, also when that read ends exactly between two elements', async () => {
    const probe = dicomFile(rawDataset, { privateBlobBytes: 70_000, pixelBytes: 200 * 1024 });
    const far = dicomFile(rawDataset, { privateBlobBytes: 70_000, pixelBytes: 200 * 1024 });
    expect(patientNameOffset(probe)).toBeGreaterThan(HEAD_BYTES);
    // Shrink the private value so that PatientName starts right at the end of the first read.
    const exact = dicomFile(rawDataset, { privateBlobBytes: 70_000 - (patientNameOffset(probe) - HEAD_BYTES), pixelBytes: 200 * 1024 });
    expect(patientNameOffset(exact)).toBe(HEAD_BYTES);
    for (const bytes of [far, exact]) {
      const [first] = await checkAll([bytesSource('long.dcm', bytes)]);
      expect(first?.report).toMatchObject({ kind: 'dicom', problems: [] });
      expect(first?.report.findings.map((f) => f.location)).toContain('PatientName');
    }
  });

  it('hands reports over in file order while later files are read at the same time', async () => {
    const files = Array.from({ length: 20 }, (_, i) => countingSource(`t${String(i)}.txt`, utf8(`line ${String(i)} taro@example.jp\n`), 40 - 2 * i));
    let running = 0;
    let mostAtOnce = 0;
    const sources = files.map(({ source }): ByteSource => ({
      ...source,
      async read(offset, length) {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        try {
          return await source.read(offset, length);
        } finally {
          running -= 1;
        }
      },
    }));
    const reports = await checkAll(sources);
    expect(reports.map((r) => r.index)).toEqual(files.map((_, i) => i));
    expect(reports.map((r) => r.report.file)).toEqual(files.map(({ source }) => source.name));
    expect(reports.every((r) => r.report.findings.some((f) => f.id === 'text_email'))).toBe(true);
    expect(mostAtOnce).toBeGreaterThan(1);
    expect(mostAtOnce).toBeLessThanOrEqual(FILES_IN_FLIGHT);
  });

  it('reads only as many large files at once as fit the byte budget, so memory does not add up', async () => {
    const big = Math.floor(BYTES_IN_FLIGHT / 2.5);
    let running = 0;
    let mostAtOnce = 0;
    const sources = Array.from({ length: 4 }, (_, i): ByteSource => ({
      name: `big${String(i)}.bin`,
      size: big,
      async read() {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        return new Uint8Array([0, 1, 2, 3]);
      },
    }));
    const reports = await checkAll(sources);
    expect(reports).toHaveLength(4);
    expect(mostAtOnce).toBe(2);
  });

  it('stops handing over reports once asked to stop', async () => {
    const sources = Array.from({ length: 10 }, (_, i) => bytesSource(`t${String(i)}.txt`, utf8('nothing here\n')));
    let handed = 0;
    await checkFilesInOrder(sources, () => (handed += 1), () => handed >= 3);
    expect(handed).toBe(3);
  });
});
