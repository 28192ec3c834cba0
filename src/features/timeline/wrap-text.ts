/**
 * Line breaking for SVG text, which does not wrap by itself. Widths are estimated from character classes (no DOM
 * measuring, so it works the same in tests, in print and before fonts load); the estimates lean wide so a line
 * rather wraps early than runs past its box.
 */

const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/**
 * Text in which every code point is a whole character: Latin without combining marks, general punctuation (dashes,
 * quotes, ※, …; not the joiners and invisible marks around it) and arrows, kana without the combining sound marks,
 * CJK ideographs and full-width forms: every label here. The stage mark ※ once sent every Japanese label through the
 * segmenter, the slowest part of opening a result.
 */
const ONE_CODE_POINT_PER_CHARACTER = /^[\u0020-\u02FF\u2010-\u205E\u2190-\u21FF\u3000-\u3098\u309B-\u30FF\u4E00-\u9FFF\uFF00-\uFFEF]*$/u;

// Created on first need: setting up a segmenter costs the first page that loads this module tens of milliseconds on
// a slow phone, and most labels never need one.
let segmenter: Intl.Segmenter | undefined;

/** User-perceived characters, so a combining mark never ends up alone on a line. */
export function graphemes(text: string): string[] {
  if (ONE_CODE_POINT_PER_CHARACTER.test(text)) return Array.from(text);
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

/** Japanese line-breaking rules (kinsoku): these never start a line … */
const NO_LINE_START = new Set('、。，．・：；？！）」』】〕〉》ー～ァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎ々※,.:;?!)]}%');
/** … and these never end one. */
const NO_LINE_END = new Set('（「『【〔〈《([{');

export function charWidth(char: string, fontSize: number): number {
  if (WIDE.test(char)) return fontSize;
  if (char === ' ') return fontSize * 0.32;
  if (/[A-Z0-9]/.test(char)) return fontSize * 0.68;
  if (/[mw]/.test(char)) return fontSize * 0.85;
  if (/[ijlI.,:;'|!()[\]]/.test(char)) return fontSize * 0.32;
  return fontSize * 0.58;
}

export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of graphemes(text)) width += charWidth(char, fontSize);
  return width;
}

/** Breakable units: a Latin word (split after hyphens), a space, or a single wide character. */
function tokenize(text: string): string[] {
  const raw: string[] = [];
  let word = '';
  const flush = () => {
    if (word !== '') raw.push(word);
    word = '';
  };
  for (const char of graphemes(text)) {
    if (char === ' ') {
      flush();
      raw.push(' ');
    } else if (WIDE.test(char)) {
      flush();
      raw.push(char);
    } else {
      word += char;
      if (char === '-' || char === '–' || char === '/') flush();
    }
  }
  flush();

  // Glue kinsoku characters to their neighbours so no line starts or ends with them.
  const tokens: string[] = [];
  let carry = '';
  for (const token of raw) {
    const first = graphemes(token)[0] ?? '';
    const previous = tokens[tokens.length - 1];
    if (token !== ' ' && NO_LINE_START.has(first) && previous !== undefined && previous !== ' ' && carry === '') {
      tokens[tokens.length - 1] = previous + token;
    } else {
      tokens.push(carry + token);
      carry = '';
    }
    const last = graphemes(token).pop() ?? '';
    if (token !== ' ' && NO_LINE_END.has(last)) {
      carry = tokens.pop() ?? '';
    }
  }
  if (carry !== '') tokens.push(carry);
  return tokens;
}

/** Splits a token wider than a whole line, character by character. */
function hardBreak(token: string, maxWidth: number, fontSize: number): string[] {
  const parts: string[] = [];
  let part = '';
  for (const char of graphemes(token)) {
    if (part !== '' && textWidth(part + char, fontSize) > maxWidth) {
      parts.push(part);
      part = '';
    }
    part += char;
  }
  if (part !== '') parts.push(part);
  return parts;
}

export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokenize(text)) {
    if (token === ' ') {
      if (line !== '') line += ' ';
      continue;
    }
    if (textWidth(line + token, fontSize) <= maxWidth) {
      line += token;
      continue;
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = '';
    if (textWidth(token, fontSize) <= maxWidth) {
      line = token;
    } else {
      const parts = hardBreak(token, maxWidth, fontSize);
      line = parts.pop() ?? '';
      lines.push(...parts);
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines.length === 0 ? [''] : lines;
}
