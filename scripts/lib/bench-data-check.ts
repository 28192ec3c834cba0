/**
 * The data check's figures for `npm run bench` (printed, never asserted):
 * - hostile-input fuzzing of the engine's entry point (random bytes, and valid DICOM, TIFF, XLSX and CSV files
 *   with flipped bytes and cut short): every input must give a report that passes its schema, and none may throw;
 * - the headers of 1,000 DICOM files checked on the data check page in Chromium (built app in dist/);
 * - a 2 GB slide (a sparse file: real directories, a declared 2 GB of tiles never written) checked from the command
 *   line engine and in Chromium, with the bytes read and the memory used.
 * The synthetic files come from the tests' fixture builders, so the bench and the tests check the same kinds of file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import fc from 'fast-check';
import { chromium } from 'playwright-core';

import { bytesSource, checkFile } from '../../src/features/data-check/engine/check-file';
import { fileReportSchema } from '../../src/features/data-check/engine/types';
import type { ByteSource } from '../../src/features/data-check/engine/types';
import { aperioSlide, cleanDataset, dicomFile, tiffFile, utf8, xlsxFile } from '../../tests/features/data-check/fixtures';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { textTable } from './format';
import { serveDist } from './static-server.mjs';

const bases: readonly { name: string; bytes: Uint8Array }[] = [
  { name: 'a.dcm', bytes: dicomFile({ ...cleanDataset(), PatientName: 'Yamada^Taro', StudyDate: '20240101' }, { privateTags: true, overlay: true }) },
  { name: 'a.svs', bytes: tiffFile(aperioSlide(true)) },
  { name: 'a.xlsx', bytes: xlsxFile([['患者ID', '氏名'], ['P1', '山田太郎']], { sharedStrings: true }) },
  { name: 'a.csv', bytes: utf8('患者ID,所見\nP1,"山田様 03-1234-5678, 2024/01/05"\n') },
  { name: 'a.txt', bytes: utf8('連絡先 taro@example.jp 〒100-0001\n') },
];

const hostileFile: fc.Arbitrary<{ name: string; bytes: Uint8Array }> = fc.oneof(
  fc.record({ name: fc.constantFrom('x.dcm', 'x.csv', 'x.tsv', 'x.txt', 'x.svs', 'x.tif', 'x.xlsx', 'x'), bytes: fc.uint8Array({ maxLength: 2048 }) }),
  fc
    .tuple(fc.constantFrom(...bases), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 16 }), fc.option(fc.nat()))
    .map(([base, flips, cut]) => {
      const bytes = base.bytes.slice();
      for (const [at, value] of flips) bytes[at % bytes.length] = value;
      return { name: base.name, bytes: cut === null ? bytes : bytes.subarray(0, cut % (bytes.length + 1)) };
    }),
);

export async function fuzzDataCheck(runs: number): Promise<{ valid: number; unexpected: number; read: number; seconds: number }> {
  const inputs = fc.sample(hostileFile, { numRuns: runs, seed: 13 });
  const started = performance.now();
  let valid = 0;
  let unexpected = 0;
  let read = 0;
  for (const input of inputs) {
    const report = await checkFile(bytesSource(input.name, input.bytes));
    if (fileReportSchema.safeParse(report).success) valid += 1;
    // checkFile turns an exception into read_failed: in a fuzz run that means a reader threw on bad bytes.
    if (report.problems.includes('read_failed')) unexpected += 1;
    if (report.read !== 'none') read += 1;
  }
  return { valid, unexpected, read, seconds: (performance.now() - started) / 1000 };
}

const SLIDE_BYTES = 2 * 1024 ** 3 + 1024 ** 2;

/** A sparse 2 GB slide: its directories at the start, the rest a hole the file system does not store. */
function writeHugeSlide(dir: string): string {
  const path = join(dir, 'huge.svs');
  writeFileSync(path, tiffFile(aperioSlide(true).map((directory) => ({ ...directory, dataBytes: 1_900_000_000 }))));
  truncateSync(path, SLIDE_BYTES);
  return path;
}

async function checkHugeSlideInNode(path: string): Promise<{ ms: number; bytesRead: number; reads: number; rssMb: number; findings: number }> {
  const handle = await open(path, 'r');
  let bytesRead = 0;
  let reads = 0;
  const source: ByteSource = {
    name: path,
    size: SLIDE_BYTES,
    async read(offset, length) {
      const buffer = new Uint8Array(Math.max(0, Math.min(length, SLIDE_BYTES - offset)));
      const { bytesRead: n } = await handle.read(buffer, 0, buffer.length, offset);
      bytesRead += n;
      reads += 1;
      return buffer.subarray(0, n);
    },
  };
  const started = performance.now();
  const report = await checkFile(source);
  const ms = performance.now() - started;
  await handle.close();
  return { ms, bytesRead, reads, rssMb: process.memoryUsage().rss / 1024 ** 2, findings: report.findings.length };
}

/** Marks the bench's own browser, so its memory is told apart from other Chromium processes on the machine. */
const MARKER = '--mdn-data-check-bench';

function proportionalKb(pid: number, rssKb: number): number {
  try {
    const pss = /^Pss:\s+(\d+) kB/mu.exec(readFileSync(`/proc/${String(pid)}/smaps_rollup`, 'utf8'));
    return pss === null ? rssKb : Number(pss[1]);
  } catch {
    return rssKb;
  }
}

/**
 * The memory of the bench's browser (its main process and every process under it), in MB: the proportional set size
 * where Linux gives it, which counts memory the processes share once, not once per process as RSS does.
 */
function chromiumMemoryMb(): number {
  try {
    const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' })
      .split('\n')
      .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/u.exec(line))
      .filter((match) => match !== null)
      .map((match) => ({ pid: Number(match[1]), ppid: Number(match[2]), rss: Number(match[3]), args: match[4] ?? '' }));
    const root = rows.find((row) => row.args.includes(MARKER) && !row.args.includes('--type='));
    if (root === undefined) return Number.NaN;
    const tree = new Set([root.pid]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const row of rows) if (tree.has(row.ppid) && !tree.has(row.pid)) grew = tree.add(row.pid).size > 0;
    }
    return rows.filter((row) => tree.has(row.pid)).reduce((sum, row) => sum + proportionalKb(row.pid, row.rss), 0) / 1024;
  } catch {
    return Number.NaN;
  }
}

async function benchInChromium(distDir: string, dicomPaths: readonly string[], slidePath: string): Promise<string[][]> {
  const done = (JSON.parse(readFileSync('locales/ja/datacheck.json', 'utf8')) as { progress: { done: string } }).progress.done;
  const { server, url } = await serveDist(distDir);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, MARKER] });
  const rows: string[][] = [];
  try {
    const page = await browser.newPage({ locale: 'ja-JP' });
    const run = async (paths: readonly string[]) => {
      await page.goto(new URL('#/data-check', url).href);
      await page.locator('input[type=file]').waitFor();
      let peak = chromiumMemoryMb();
      const sampler = setInterval(() => {
        peak = Math.max(peak, chromiumMemoryMb());
      }, 100);
      const started = performance.now();
      await page.locator('input[type=file]').setInputFiles([...paths]);
      await page.getByText(done.replaceAll('{{total}}', String(paths.length))).waitFor({ timeout: 600_000 });
      clearInterval(sampler);
      return { seconds: (performance.now() - started) / 1000, peak };
    };
    // The slide first, on a fresh page, so its memory is not mixed with what a thousand DICOM files left behind.
    await page.goto(new URL('#/data-check', url).href);
    await page.locator('input[type=file]').waitFor();
    const before = chromiumMemoryMb();
    const slide = await run([slidePath]);
    rows.push(['2 GB slide (page, worker)', `${slide.seconds.toFixed(2)} s`, `${slide.peak.toFixed(0)} MB, ${(slide.peak - before).toFixed(0)} MB over idle (${before.toFixed(0)} MB)`, 'under 200 MB more than idle']);
    const dicomBefore = chromiumMemoryMb();
    const dicom = await run(dicomPaths);
    rows.push([`${String(dicomPaths.length)} DICOM headers (page, worker)`, `${dicom.seconds.toFixed(1)} s`, `${dicom.peak.toFixed(0)} MB, ${(dicom.peak - dicomBefore).toFixed(0)} MB over idle (${dicomBefore.toFixed(0)} MB)`, 'under 10 s']);
  } finally {
    await browser.close();
    server.close();
  }
  return rows;
}

export async function benchDataCheck(options: { distDir: string; fuzzRuns: number; dicomFiles: number; chromium: boolean }): Promise<void> {
  console.log(`\nData check: fuzzing the engine with ${String(options.fuzzRuns)} hostile inputs (random bytes; valid files with flipped bytes, cut short)\n`);
  const fuzz = await fuzzDataCheck(options.fuzzRuns);
  console.log(
    textTable(
      ['inputs', 'reports valid by their schema', 'read (in part or whole)', 'refused with a reason', 'a reader threw (caught)', 'time'],
      [[String(options.fuzzRuns), String(fuzz.valid), String(fuzz.read), String(options.fuzzRuns - fuzz.read), String(fuzz.unexpected), `${fuzz.seconds.toFixed(1)} s`]],
      ['right', 'right', 'right', 'right', 'right', 'right'],
    ),
  );

  const dir = mkdtempSync(join(tmpdir(), 'data-check-bench-'));
  try {
    // 1,000 DICOM files of 64 KB pixel data each, with identifiers, as a processed folder that was not cleaned.
    const dicomPaths = Array.from({ length: options.dicomFiles }, (_, i) => {
      const path = join(dir, `img${String(i).padStart(4, '0')}.dcm`);
      writeFileSync(path, dicomFile({ ...cleanDataset(), PatientName: `Test^${String(i)}`, StudyDate: '20240101', InstitutionName: 'Example' }, { pixelBytes: 64 * 1024, privateTags: true }));
      return path;
    });
    const slidePath = writeHugeSlide(dir);
    const node = await checkHugeSlideInNode(slidePath);
    const rows: string[][] = [
      [
        '2 GB slide (engine, node)',
        `${node.ms.toFixed(1)} ms`,
        `rss ${node.rssMb.toFixed(0)} MB; ${String(node.reads)} reads, ${(node.bytesRead / 1024).toFixed(1)} KB of ${(SLIDE_BYTES / 1024 ** 3).toFixed(2)} GB`,
        `${String(node.findings)} findings`,
      ],
    ];
    if (options.chromium) rows.push(...(await benchInChromium(options.distDir, dicomPaths, slidePath)));
    console.log('\nData check: speed and memory (printed, not asserted)\n');
    console.log(textTable(['what', 'time', 'memory / reads', 'goal'], rows, ['left', 'right', 'right', 'left']));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
