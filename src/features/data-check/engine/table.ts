import { unzipSync } from 'fflate';

import { finding, mask } from './findings';
import { scanLine } from './text';
import type { Finding } from './types';

export interface Table {
  readonly name: string;
  readonly rows: readonly (readonly string[])[];
}

/** Rows examined per table; enough to see what each column holds. */
export const MAX_TABLE_ROWS = 20_000;

/**
 * RFC 4180 fields: quotes around a field, doubled quotes inside, separators and line breaks inside quotes. Written
 * here rather than taken from a library: the whole grammar is this loop, and it must never throw on bad input.
 */
export function parseDelimited(text: string, separator: string, maxRows = MAX_TABLE_ROWS): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length && rows.length < maxRows; i += 1) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if ((field !== '' || row.length > 0) && rows.length < maxRows) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Picks the separator that splits the first lines most consistently: tab, comma or semicolon. */
export function sniffSeparator(text: string): string {
  const lines = text.split(/\r?\n/u, 5).filter((line) => line !== '');
  let best = ',';
  let bestScore = 0;
  for (const separator of ['\t', ',', ';']) {
    const counts = lines.map((line) => line.split(separator).length - 1);
    const min = Math.min(...counts);
    if (min > bestScore) {
      best = separator;
      bestScore = min;
    }
  }
  return best;
}

interface ColumnRule {
  readonly kind: 'name' | 'patient_id' | 'birth_date' | 'address' | 'phone' | 'email' | 'insurance' | 'my_number';
  readonly regex: RegExp;
}

/** Column names that say what a column holds, in Japanese and English. */
const columnRules: readonly ColumnRule[] = [
  { kind: 'my_number', regex: /マイナンバー|個人番号|my.?number/iu },
  { kind: 'insurance', regex: /保険者番号|被保険者|保険証|記号番号|insur/iu },
  { kind: 'birth_date', regex: /生年月日|誕生日|birth|^dob$/iu },
  { kind: 'patient_id', regex: /患者.?(?:id|番号|コード)|カルテ|診察券|^id$|patient.?(?:id|no|number)|^mrn$|medical.?record/iu },
  { kind: 'name', regex: /氏名|名前|患者名|フリガナ|ふりがな|カナ|^姓$|^名$|^name$|patient.?name|first.?name|last.?name|full.?name|surname|given.?name/iu },
  { kind: 'address', regex: /住所|所在地|郵便番号|address|^zip|postal/iu },
  { kind: 'phone', regex: /電話|携帯|^tel|phone|fax/iu },
  { kind: 'email', regex: /メール|e-?mail/iu },
];

const MY_NUMBER_LIKE = /^\d{4}[ -]?\d{4}[ -]?\d{4}$/u;
const EXACT_DATE = /^(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[ T].*)?|(?:令和|平成|昭和|大正|明治|[RHST])\s?(?:\d{1,2}|元)[.年]\d{1,2}[.月]\d{1,2}日?|\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}|(?:19|20)\d{6})$/u;
const FREE_TEXT_MIN_AVERAGE = 25;

/** Findings for one table: column names first, then what the values look like. */
export function checkTable(table: Table, prefix = ''): Finding[] {
  const [header, ...rows] = table.rows;
  if (header === undefined) return [];
  const findings: Finding[] = [];
  header.forEach((rawName, column) => {
    const name = rawName.trim() === '' ? `#${String(column + 1)}` : rawName.trim().normalize('NFKC');
    const location = `${prefix}${name}`;
    const values = rows.map((row) => (row[column] ?? '').trim().normalize('NFKC')).filter((value) => value !== '');
    const firstValue = values[0];
    const rule = columnRules.find((candidate) => candidate.regex.test(name));
    if (rule !== undefined) {
      const severity = rule.kind === 'address' ? 'medium' : 'high';
      findings.push(finding('table_identifier_column', severity, location, firstValue === undefined ? {} : { sample: mask(firstValue) }));
    }
    if (values.length === 0) return;
    const myNumbers = values.filter((value) => MY_NUMBER_LIKE.test(value));
    // A column of 12-digit numbers may hold 個人番号; one stray value is not enough to say so.
    if (myNumbers.length > 0 && myNumbers.length >= values.length / 2 && rule?.kind !== 'my_number') {
      findings.push(finding('table_my_number_like', 'high', location, { sample: mask(myNumbers[0] ?? '') }));
    }
    if (rule === undefined) {
      const contact = values.find((value) => scanLine(value, '').some((f) => f.id === 'text_email' || f.id === 'text_phone'));
      const contactCount = values.filter((value) => scanLine(value, '').some((f) => f.id === 'text_email' || f.id === 'text_phone')).length;
      const average = values.reduce((sum, value) => sum + value.length, 0) / values.length;
      if (contact !== undefined && contactCount >= values.length / 2 && average < FREE_TEXT_MIN_AVERAGE) {
        findings.push(finding('table_contact_values', 'high', location, { sample: mask(contact) }));
      }
      const dates = values.filter((value) => EXACT_DATE.test(value));
      if (dates.length > 0 && dates.length >= values.length / 2) {
        findings.push(finding('table_exact_dates', 'medium', location, { sample: mask(dates[0] ?? '') }));
      }
      if (average >= FREE_TEXT_MIN_AVERAGE) {
        findings.push(finding('table_free_text_column', 'medium', location));
        // Each cell of a free-text column is scanned like a line of text; the row is its place in the file.
        rows.forEach((row, index) => {
          const cell = row[column] ?? '';
          if (cell.trim() !== '') findings.push(...scanLine(cell, `${location} / row ${String(index + 2)}`));
        });
      }
    }
  });
  return findings;
}

/** Limits on what an XLSX may unpack to: a zip bomb is refused, not expanded. */
export const MAX_XLSX_PART_BYTES = 64 * 1024 * 1024;
export const MAX_XLSX_SHEETS = 50;

export type XlsxResult = { readonly ok: true; readonly tables: Table[] } | { readonly ok: false; readonly problem: 'zip_unreadable' | 'zip_too_large'; readonly detail: string };

const decodeXml = (text: string): string =>
  text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/giu, (entity: string, code: string) => {
    switch (code) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default: {
        const point = code.startsWith('#x') || code.startsWith('#X') ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return Number.isFinite(point) && point >= 0 && point <= 0x10ffff ? String.fromCodePoint(point) : entity;
      }
    }
  });

const textOf = (xml: string): string => [...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/gu)].map((m) => decodeXml(m[1] ?? '')).join('');

const columnIndex = (ref: string): number => {
  const letters = /^[A-Z]+/u.exec(ref)?.[0] ?? '';
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return Math.max(0, index - 1);
};

/**
 * The sheets of an XLSX workbook as tables of text. fflate unzips (a well-kept, dependency-free inflater); the XML
 * is read with patterns rather than a DOM parser, which workers do not have. Only the parts needed are inflated,
 * each only if its declared size is within the limit.
 */
export function readXlsx(bytes: Uint8Array): XlsxResult {
  let tooLarge = '';
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        const wanted = file.name === 'xl/sharedStrings.xml' || /^xl\/worksheets\/sheet\d+\.xml$/u.test(file.name);
        if (wanted && file.originalSize > MAX_XLSX_PART_BYTES) tooLarge = file.name;
        return wanted && file.originalSize <= MAX_XLSX_PART_BYTES;
      },
    });
  } catch (error) {
    return { ok: false, problem: 'zip_unreadable', detail: error instanceof Error ? error.message : String(error) };
  }
  const decoder = new TextDecoder();
  const shared = files['xl/sharedStrings.xml'];
  const strings = shared === undefined ? [] : [...decoder.decode(shared).matchAll(/<si>([\s\S]*?)<\/si>/gu)].map((m) => textOf(m[1] ?? ''));
  const sheetNames = Object.keys(files)
    .filter((name) => name.startsWith('xl/worksheets/'))
    .sort((a, b) => Number(/\d+/u.exec(a)?.[0]) - Number(/\d+/u.exec(b)?.[0]))
    .slice(0, MAX_XLSX_SHEETS);
  if (sheetNames.length === 0) {
    return tooLarge === '' ? { ok: false, problem: 'zip_unreadable', detail: 'no worksheet' } : { ok: false, problem: 'zip_too_large', detail: tooLarge };
  }
  const tables = sheetNames.map((name) => {
    const xml = decoder.decode(files[name]);
    const rows: string[][] = [];
    for (const rowMatch of xml.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/gu)) {
      if (rows.length >= MAX_TABLE_ROWS) break;
      const row: string[] = [];
      for (const cell of (rowMatch[1] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/gu)) {
        const attributes = cell[1] ?? '';
        const body = cell[2] ?? '';
        const ref = /\br="([A-Z]+)\d*"/u.exec(attributes)?.[1];
        const type = /\bt="(\w+)"/u.exec(attributes)?.[1];
        const raw = /<v>([^<]*)<\/v>/u.exec(body)?.[1];
        const value = type === 's' ? (strings[Number(raw)] ?? '') : type === 'inlineStr' ? textOf(body) : decodeXml(raw ?? '');
        const index = ref === undefined ? row.length : columnIndex(ref);
        if (index > 16_384) continue;
        while (row.length < index) row.push('');
        row[index] = value;
      }
      rows.push(row);
    }
    return { name: name.replace(/^xl\/worksheets\//u, '').replace(/\.xml$/u, ''), rows };
  });
  return { ok: true, tables };
}
