import type { Cite, DocBlock, DocModel } from '../../lib/export/doc-model';

/**
 * Where an editable text sits in a document. Headings, the title and the meta lines are fixed: the structure of a
 * draft is the law's (the five items, the three measures), so only the words under it change.
 */
export type TextAddress =
  | { readonly kind: 'paragraph'; readonly block: number }
  | { readonly kind: 'item'; readonly block: number; readonly item: number }
  | { readonly kind: 'cell'; readonly block: number; readonly row: number; readonly cell: number };

const replaceAt = <T>(items: readonly T[], index: number, change: (item: T) => T): T[] =>
  items.map((item, i) => (i === index ? change(item) : item));

function editBlock(block: DocBlock, at: TextAddress, text: string): DocBlock {
  switch (block.kind) {
    case 'paragraph':
      return at.kind === 'paragraph' ? { ...block, text } : block;
    case 'list':
      return at.kind === 'item' ? { ...block, items: replaceAt(block.items, at.item, () => text) } : block;
    case 'checklist':
      return at.kind === 'item' ? { ...block, items: replaceAt(block.items, at.item, (item) => ({ ...item, text })) } : block;
    case 'table':
      return at.kind === 'cell' ? { ...block, rows: replaceAt(block.rows, at.row, (row) => replaceAt(row, at.cell, () => text)) } : block;
    case 'heading':
      return block;
  }
}

/** The document with one text replaced; an address that does not fit the block changes nothing. */
export function applyEdit(doc: DocModel, at: TextAddress, text: string): DocModel {
  return { ...doc, blocks: replaceAt(doc.blocks, at.block, (block) => editBlock(block, at, text)) };
}

/** Every text the user may edit, in reading order. */
export function editableTexts(doc: DocModel): string[] {
  return doc.blocks.flatMap((block): readonly string[] => {
    switch (block.kind) {
      case 'heading':
        return [];
      case 'paragraph':
        return [block.text];
      case 'list':
        return block.items;
      case 'checklist':
        return block.items.map((item) => item.text);
      case 'table':
        return block.rows.flat();
    }
  });
}

/** A place still to fill in: 〔…〕 in Japanese drafts, […] in English ones. */
const BLANK = /〔[^〔〕]*〕|\[[^[\]]*\]/gu;

export const countBlanks = (doc: DocModel): number =>
  editableTexts(doc).reduce((sum, text) => sum + (text.match(BLANK)?.length ?? 0), 0);

const filled = (text: string): boolean => text.trim() !== '';

/** Words for a block's sources, in the draft's language: "（根拠：個人情報保護法 第29条）". */
export type CiteLine = (cite: Cite) => string;

const withSources = (block: DocBlock, citeLine: CiteLine | undefined): DocBlock[] =>
  citeLine !== undefined && block.kind !== 'heading' && block.kind !== 'checklist' && block.cite !== undefined && block.cite.length > 0
    ? [block, { kind: 'paragraph', text: citeLine(block.cite) }]
    : [block];

/**
 * The document as exported: a paragraph or list item the user emptied is left out, which is how a sentence is
 * deleted without a delete button for every field. Tables keep their shape, since an empty cell is a blank to fill.
 * With `citeLine`, each block's sources follow it as a line of their own (Markdown, Word and print alike); a block
 * the user emptied takes its sources with it.
 */
export function exportedDoc(doc: DocModel, citeLine?: CiteLine): DocModel {
  const blocks = doc.blocks.flatMap((block): DocBlock[] => {
    switch (block.kind) {
      case 'paragraph':
        return filled(block.text) ? withSources(block, citeLine) : [];
      case 'list': {
        const items = block.items.filter(filled);
        return items.length > 0 ? withSources({ ...block, items }, citeLine) : [];
      }
      case 'checklist': {
        const items = block.items.filter((item) => filled(item.text));
        return items.length > 0 ? [{ ...block, items }] : [];
      }
      case 'table':
        return withSources(block, citeLine);
      case 'heading':
        return [block];
    }
  });
  return { ...doc, blocks };
}
