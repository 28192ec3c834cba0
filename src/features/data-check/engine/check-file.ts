import { checkDicom, looksLikeDicom } from './dicom';
import { MAX_FINDINGS_PER_FILE } from './findings';
import { checkTable, parseDelimited, readXlsx, sniffSeparator } from './table';
import { decodeText, scanText } from './text';
import { checkSlide, looksLikeTiff, readTiffDirectories } from './tiff';
import type { ByteSource, CheckId, FileKind, FileReport, Finding, ProblemId } from './types';

/** Tables and texts larger than this are read only as far as their first part (column names, first lines). */
export const MAX_FULL_READ_BYTES = 32 * 1024 * 1024;
/** How much of a table or text over the limit is read: its header row and first rows. */
export const HEADERS_ONLY_BYTES = 1024 * 1024;
/** How much of a file's start is read at once and kept: the kind's signature and a usual DICOM header both fit. */
export const HEAD_BYTES = 64 * 1024;
/**
 * A DICOM header is read from the file's first bytes (the same ones its kind was recognised from), or up to
 * MAX_DICOM_HEADER_BYTES when it is longer (large sequences, many private tags).
 */
const DICOM_FIRST_READ = HEAD_BYTES;
export const MAX_DICOM_HEADER_BYTES = 64 * 1024 * 1024;

const checksOf: Readonly<Record<FileKind, readonly CheckId[]>> = {
  dicom: ['dicom_profile_attributes', 'dicom_private_tags', 'dicom_burned_in_annotation', 'dicom_overlays', 'dicom_quasi_identifiers'],
  table: ['table_column_names', 'table_values', 'table_free_text'],
  text: ['text_heuristics'],
  slide: ['slide_associated_images', 'slide_metadata'],
  unknown: [],
};

const extensionOf = (name: string): string => /\.([a-z0-9]+)$/iu.exec(name)?.[1]?.toLowerCase() ?? '';
const TABLE_EXTENSIONS = new Set(['csv', 'tsv', 'tab']);
const TEXT_EXTENSIONS = new Set(['txt', 'text', 'md', 'log', 'note', '']);

interface Outcome {
  readonly kind: FileKind;
  readonly read: FileReport['read'];
  readonly problems?: readonly ProblemId[];
  readonly detail?: string;
  readonly findings?: readonly Finding[];
}

/**
 * Checks one file: recognises what it is from its first bytes (its name only decides between table and text),
 * runs that kind's checks, and never throws: whatever goes wrong becomes a problem on the file's report.
 */
export async function checkFile(source: ByteSource): Promise<FileReport> {
  let outcome: Outcome;
  try {
    outcome = await checkSource(source);
  } catch (error) {
    outcome = { kind: 'unknown', read: 'none', problems: ['read_failed'], detail: error instanceof Error ? error.message : String(error) };
  }
  const findings = outcome.findings ?? [];
  return {
    file: source.name.slice(0, 1000),
    kind: outcome.kind,
    size: source.size,
    read: outcome.read,
    problems: [...(outcome.problems ?? [])],
    ...(outcome.detail === undefined ? {} : { problemDetail: outcome.detail.slice(0, 300) }),
    checks: outcome.read === 'none' ? [] : [...checksOf[outcome.kind]],
    findings: findings.slice(0, MAX_FINDINGS_PER_FILE),
    omittedFindings: Math.max(0, findings.length - MAX_FINDINGS_PER_FILE),
  };
}

async function checkSource(source: ByteSource): Promise<Outcome> {
  if (source.size === 0) return { kind: 'unknown', read: 'none', problems: ['empty'] };
  const head = await source.read(0, Math.min(source.size, 132));
  const extension = extensionOf(source.name);

  if (looksLikeDicom(head)) return checkDicomSource(source);
  if (looksLikeTiff(head)) return checkSlideSource(source);
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    // An OLE container: a password-protected XLSX/DOCX, or a legacy .xls/.doc. Neither can be read here.
    return { kind: 'table', read: 'none', problems: ['encrypted_or_legacy_office'] };
  }
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    if (source.size > MAX_FULL_READ_BYTES) return { kind: 'table', read: 'none', problems: ['zip_too_large'] };
    const xlsx = readXlsx(await source.read(0, source.size));
    if (!xlsx.ok) return { kind: extension === 'xlsx' ? 'table' : 'unknown', read: 'none', problems: [xlsx.problem], detail: xlsx.detail };
    return { kind: 'table', read: 'full', findings: xlsx.tables.flatMap((table) => checkTable(table, xlsx.tables.length > 1 ? `${table.name} / ` : '')) };
  }
  if (extension === 'dcm' || extension === 'dicom') {
    return { kind: 'dicom', read: 'none', problems: ['dicom_unreadable'], detail: 'no DICM prefix at byte 128' };
  }
  if (['svs', 'tif', 'tiff', 'ndpi', 'bif', 'scn'].includes(extension)) {
    return { kind: 'slide', read: 'none', problems: ['tiff_unreadable'], detail: 'no TIFF header' };
  }
  if (extension === 'xlsx') return { kind: 'table', read: 'none', problems: ['zip_unreadable'], detail: 'not a zip file' };

  const partial = source.size > MAX_FULL_READ_BYTES;
  const bytes = await source.read(0, partial ? HEADERS_ONLY_BYTES : source.size);
  const text = decodeText(bytes);
  const read: FileReport['read'] = partial ? 'headers_only' : 'full';
  const overLimit: ProblemId[] = partial ? ['over_limit_headers_only'] : [];
  if (text === null) return { kind: 'unknown', read: 'none', problems: [TABLE_EXTENSIONS.has(extension) || TEXT_EXTENSIONS.has(extension) ? 'binary_not_text' : 'not_recognised'] };
  // A partial read may end inside a line (or a quoted field): the last, incomplete line is left out.
  const usable = partial ? text.slice(0, Math.max(0, text.lastIndexOf('\n'))) : text;
  if (TABLE_EXTENSIONS.has(extension)) {
    const separator = extension === 'csv' ? sniffSeparator(usable) : '\t';
    return { kind: 'table', read, problems: overLimit, findings: checkTable({ name: source.name, rows: parseDelimited(usable, separator) }) };
  }
  if (TEXT_EXTENSIONS.has(extension)) return { kind: 'text', read, problems: overLimit, findings: scanText(usable) };
  return { kind: 'unknown', read: 'none', problems: ['not_recognised'] };
}

async function checkDicomSource(source: ByteSource): Promise<Outcome> {
  let length = Math.min(source.size, DICOM_FIRST_READ);
  for (;;) {
    const result = checkDicom(await source.read(0, length));
    if (!result.ok) return { kind: 'dicom', read: 'none', problems: ['dicom_unreadable'], detail: result.detail };
    // A read can end exactly between two elements, so "not cut short" alone does not mean the header was all read.
    const more = (result.truncated || !result.reachedPixelData) && length < source.size && length < MAX_DICOM_HEADER_BYTES;
    if (more) {
      length = Math.min(source.size, length * 8, MAX_DICOM_HEADER_BYTES);
      continue;
    }
    // Cut short within what was read: a truncated file, or a header larger than the limit.
    const problems: ProblemId[] = result.truncated ? [length < source.size ? 'over_limit_headers_only' : 'truncated'] : [];
    return {
      kind: 'dicom',
      read: result.truncated ? 'headers_only' : length < source.size ? 'headers_only' : 'full',
      problems,
      findings: result.findings,
      ...(result.truncated && result.detail !== undefined ? { detail: result.detail } : {}),
    };
  }
}

async function checkSlideSource(source: ByteSource): Promise<Outcome> {
  const result = await readTiffDirectories(source);
  if (!result.ok) return { kind: 'slide', read: 'none', problems: ['tiff_unreadable'], detail: result.detail };
  return {
    kind: 'slide',
    read: 'headers_only',
    problems: result.detail === undefined ? [] : ['truncated'],
    findings: checkSlide(result.directories),
    ...(result.detail === undefined ? {} : { detail: result.detail }),
  };
}

/** A ByteSource over bytes already in memory (tests, the bench). */
export function bytesSource(name: string, bytes: Uint8Array): ByteSource {
  return {
    name,
    size: bytes.length,
    read: (offset, length) => Promise.resolve(bytes.subarray(offset, Math.min(bytes.length, offset + length))),
  };
}
