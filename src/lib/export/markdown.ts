import type { DocBlock, DocModel } from './doc-model';

/** Escapes the characters Markdown (and HTML inside Markdown) would interpret, so user text stays text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|>~]/gu, (char) => `\\${char}`)
    .replaceAll('<', '&lt;')
    .replaceAll('\r\n', '\n')
    .replace(/\n/gu, '  \n');
}

const cell = (text: string): string => escapeMarkdown(text).replace(/ {2}\n/gu, '<br>');

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

export function renderMarkdown(doc: DocModel): string {
  const parts = [`# ${escapeMarkdown(doc.title)}`, ...doc.meta.map((line) => `_${escapeMarkdown(line)}_`), ...doc.blocks.map(renderBlock)];
  return `${parts.join('\n\n')}\n`;
}
