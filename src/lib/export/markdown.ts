import type { DocBlock, DocModel } from './doc-model';

/**
 * Characters that start markup wherever they stand: escapes, code spans, emphasis, links and images, entities,
 * strikethrough, table cells. `<` (raw HTML, autolinks) becomes an entity instead, so no tag survives any renderer.
 */
const INLINE_MARKUP = /[\\`*_[\]&~|]/gu;

/**
 * What makes the start of a line into a block, and only then: a heading (`#` to `######` then a space), a quote
 * (`>`), a list item (`-`, `+` or digits with `.` or `)`, then a space), a setext underline or a thematic break (a
 * line of `=` or `-`). Elsewhere these characters are plain text, so "CT-1 (v2)" and "#3" stay as typed.
 */
const BLOCK_START = /^( {0,3})(#{1,6}(?=\s|$)|>|[-+](?=\s|$)|=+\s*$|-[-\s]*$)/u;
const ORDERED_START = /^( {0,3}\d{1,9})([.)])(?=\s|$)/u;

const escapeInline = (line: string): string => line.replace(INLINE_MARKUP, (char) => `\\${char}`).replaceAll('<', '&lt;');

const escapeLine = (line: string): string =>
  escapeInline(line).replace(BLOCK_START, '$1\\$2').replace(ORDERED_START, '$1\\$2');

/**
 * Plain text as Markdown that renders as the same text: only characters that would change the rendering at their
 * position are escaped, so user text stays text and reads cleanly in the raw file. Line breaks become hard breaks.
 */
export function escapeMarkdown(text: string): string {
  return text.replaceAll('\r\n', '\n').split('\n').map(escapeLine).join('  \n');
}

/** A table cell is never the start of a block; a line break must stay inside the row. */
const cell = (text: string): string => text.replaceAll('\r\n', '\n').split('\n').map(escapeInline).join('<br>');

function renderBlock(block: DocBlock): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level + 1)} ${escapeMarkdown(block.text)}`;
    case 'paragraph':
      return escapeMarkdown(block.text);
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${String(i + 1)}.` : '-'} ${escapeMarkdown(item)}`).join('\n');
    case 'table': {
      const header = `| ${block.header.map(cell).join(' | ')} |`;
      const rule = `|${block.header.map(() => ' --- ').join('|')}|`;
      const rows = block.rows.map((row) => `| ${row.map(cell).join(' | ')} |`);
      return [header, rule, ...rows].join('\n');
    }
    case 'checklist':
      return block.items.map((item) => `- [${item.done ? 'x' : ' '}] ${escapeMarkdown(item.text)}`).join('\n');
  }
}

/** The metadata (project, date, rule-set version, fingerprint) as a plain list under the title. */
const renderMeta = (meta: readonly string[]): string[] => (meta.length === 0 ? [] : [meta.map((line) => `- ${escapeMarkdown(line)}`).join('\n')]);

export function renderMarkdown(doc: DocModel): string {
  const parts = [`# ${escapeMarkdown(doc.title)}`, ...renderMeta(doc.meta), ...doc.blocks.map(renderBlock)];
  return `${parts.join('\n\n')}\n`;
}
