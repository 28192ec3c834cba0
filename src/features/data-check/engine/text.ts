import { finding, mask } from './findings';
import type { Finding, FindingId, Severity } from './types';

/**
 * Heuristic patterns for identifiers in Japanese and English free text. They can miss (a name without an
 * honorific, a number written in kanji) and over-match (a lab value that looks like a phone number); the page and
 * the record label every match as a heuristic. Text is NFKC-normalised first, so full-width digits and letters
 * (０９０, ＠) match like half-width ones.
 */
interface Pattern {
  readonly id: FindingId;
  readonly severity: Severity;
  readonly regex: RegExp;
  /** Rejects a match the regex cannot rule out by itself. */
  readonly accept?: (match: string) => boolean;
}

const NOT_NAMES = new Set(['患者', '皆', 'お子', '息子', '娘', '奥', 'ご家族', '家族', '担当', 'お客', 'みな', 'お母', 'お父', 'ご本人', '本人', 'お兄', 'お姉', '赤ちゃん', 'お客様', '主治医', '看護師', '医師']);

export const textPatterns: readonly Pattern[] = [
  { id: 'text_email', severity: 'high', regex: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/gu },
  {
    id: 'text_phone',
    severity: 'high',
    // Japanese landline and mobile numbers with separators, +81, and North American numbers.
    regex: /(?:\+81[- ]?\d{1,4}[- ]?\d{1,4}[- ]?\d{3,4})|(?<!\d)(?:0\d{1,4}[-(（ ]\d{1,4}[-)） ]\s?\d{3,4}|0[5789]0\d{8})(?!\d)|(?<!\d)\(?\d{3}\)?[ .-]\d{3}[.-]\d{4}(?!\d)/gu,
  },
  { id: 'text_postal_code', severity: 'medium', regex: /〒\s?\d{3}-?\d{4}|(?<![\d-])\d{3}-\d{4}(?![\d-])/gu },
  {
    id: 'text_date',
    severity: 'medium',
    regex:
      /(?:令和|平成|昭和|大正|明治)\s?(?:\d{1,2}|元)\s?年\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?|(?<!\d)(?:19|20)\d{2}\s?[-/.年]\s?\d{1,2}\s?[-/.月]\s?\d{1,2}日?(?!\d)|(?<!\d)\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}(?!\d)|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? (?:19|20)\d{2}\b|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (?:19|20)\d{2}\b/gu,
  },
  {
    id: 'text_id_number',
    severity: 'medium',
    // A labelled ID (患者ID: 123456, カルテ番号 …, MRN 1234) or a bare run of 8 or more digits.
    regex: /(?:患者ID|患者番号|カルテ番号|カルテNo\.?|診察券番号|ID|MRN|No\.)\s?[:：#]?\s?[A-Za-z]?\d[\d-]{3,}|(?<!\d)\d{8,}(?!\d)/giu,
  },
  {
    id: 'text_honorific_name',
    severity: 'high',
    regex: /[\p{Script=Han}\p{Script=Katakana}ー々]{1,8}(?:様|さま|さん|殿|くん|ちゃん|先生)|\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? [A-Z][a-z]+(?: [A-Z][a-z]+)?/gu,
    accept: (match) => {
      const stem = match.replace(/(?:様|さま|さん|殿|くん|ちゃん|先生)$/u, '');
      return !NOT_NAMES.has(stem) && ![...NOT_NAMES].some((word) => stem.endsWith(word));
    },
  },
];

/** Lines scanned per text; the rest of a huge text is reported as read only in part. */
export const MAX_TEXT_LINES = 200_000;

/** One finding per kind of match per line, located by line number (1-based), with the match masked. */
export function scanText(text: string, locate: (lineIndex: number) => string = (i) => `line ${String(i + 1)}`): Finding[] {
  const findings: Finding[] = [];
  const lines = text.split(/\r\n|\r|\n/u);
  const count = Math.min(lines.length, MAX_TEXT_LINES);
  for (let index = 0; index < count; index += 1) {
    const line = (lines[index] ?? '').normalize('NFKC');
    if (line.trim() === '') continue;
    findings.push(...scanLine(line, locate(index)));
  }
  return findings;
}

/** The matches in one short text (a line, a cell, a tag's value), one finding per kind. */
export function scanLine(line: string, location: string): Finding[] {
  const findings: Finding[] = [];
  const normalized = line.normalize('NFKC');
  // A phone number also contains what looks like a postal code or a long ID; the stronger match wins.
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
  for (const pattern of textPatterns) {
    let first: string | undefined;
    for (const match of normalized.matchAll(pattern.regex)) {
      const start = match.index;
      const end = start + match[0].length;
      if (overlaps(start, end)) continue;
      if (pattern.accept !== undefined && !pattern.accept(match[0])) continue;
      taken.push([start, end]);
      first ??= match[0];
    }
    if (first !== undefined) findings.push(finding(pattern.id, pattern.severity, location, { sample: mask(first) }));
  }
  return findings;
}

/**
 * Decodes bytes as UTF-8, or as Shift_JIS when they are not valid UTF-8 (older Japanese hospital systems write
 * it). Returns null for bytes that look binary (NUL bytes early on), which are not text whatever their name says.
 */
export function decodeText(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (head.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true }).replace(/^\uFEFF/u, '');
  } catch {
    try {
      return new TextDecoder('shift_jis', { fatal: true }).decode(bytes, { stream: true });
    } catch {
      return new TextDecoder('utf-8').decode(bytes);
    }
  }
}
