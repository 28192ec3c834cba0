/**
 * `npm run --silent check-data -- FILE [MORE …]`: checks processed data files (DICOM, CSV/TSV/XLSX, text, SVS/TIFF
 * slides) with the same engine as the data check page and prints the findings as JSON:
 * `{ "files": [ { "file", "kind", "read", "problems", "findings": [ { "id", "severity", "location", "checklist", … } ] } ] }`.
 * Exit 0 when at least one file could be read (findings are results, not errors); exit 2 when none could, or
 * when no file was given. Files are only read, and only the parts each check needs.
 */
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';

import { ENGINE_VERSION, checkFile, summarize, withCachedHead } from '../src/features/data-check/engine/index';
import type { ByteSource, FileReport } from '../src/features/data-check/engine/index';

const EXIT_NOTHING_READ = 2;

const usage = [
  'usage: npm run --silent check-data -- FILE [MORE ...]',
  '',
  'Checks DICOM (.dcm or any file with the DICM prefix), tables (.csv, .tsv, .xlsx), texts (.txt) and slides',
  '(.svs, .tif) for identifying content left after processing, and prints the findings as JSON on stdout.',
  'Exit 0 when at least one file could be read; 2 when none could. A clean result is not proof of 仮名加工.',
].join('\n');

async function fileSource(path: string): Promise<{ source: ByteSource; close: () => Promise<void> }> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error('not a regular file');
  const handle = await open(path, 'r');
  return {
    source: {
      name: path,
      size: info.size,
      async read(offset, length) {
        const wanted = Math.max(0, Math.min(length, info.size - offset));
        const buffer = new Uint8Array(wanted);
        let filled = 0;
        while (filled < wanted) {
          const { bytesRead } = await handle.read(buffer, filled, wanted - filled, offset + filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return buffer.subarray(0, filled);
      },
    },
    close: () => handle.close(),
  };
}

async function checkPath(path: string): Promise<FileReport> {
  let opened: Awaited<ReturnType<typeof fileSource>>;
  try {
    opened = await fileSource(path);
  } catch (error) {
    return {
      file: path,
      kind: 'unknown',
      size: 0,
      read: 'none',
      problems: ['read_failed'],
      problemDetail: error instanceof Error ? error.message : String(error),
      checks: [],
      findings: [],
      omittedFindings: 0,
    };
  }
  try {
    return await checkFile(withCachedHead(opened.source));
  } finally {
    await opened.close();
  }
}

async function main(): Promise<number> {
  const paths = process.argv.slice(2).filter((arg) => arg !== '--');
  if (paths.length === 0 || paths.includes('--help')) {
    console.error(usage);
    return paths.includes('--help') ? 0 : EXIT_NOTHING_READ;
  }
  const files: FileReport[] = [];
  // One at a time: a folder of large files is read without holding more than one file's header in memory.
  for (const path of paths) files.push(await checkPath(path));
  const output = {
    engineVersion: ENGINE_VERSION,
    note: 'Heuristic checks of what was looked at; a clean result is not proof that the data is 仮名加工情報.',
    files,
    summary: summarize(files),
  };
  console.log(JSON.stringify(output, null, 2));
  for (const file of files) {
    if (file.read === 'none') console.error(`${basename(file.file)}: not read (${file.problems.join(', ')}${file.problemDetail === undefined ? '' : `: ${file.problemDetail}`})`);
  }
  return files.some((file) => file.read !== 'none') ? 0 : EXIT_NOTHING_READ;
}

process.exitCode = await main();
