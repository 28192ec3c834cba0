import type { Cite, DocBlock, DocModel } from '../../lib/export/doc-model';
import type { TextAddress } from './doc-edit';

/** One editable text, with what its label is made of. */
export interface EditorField {
  readonly key: string;
  readonly address: TextAddress;
  readonly value: string;
  /** The heading the text sits under (or the title), read out before the visible label. */
  readonly section: string;
  readonly label:
    | { readonly kind: 'paragraph'; readonly n: number }
    | { readonly kind: 'item'; readonly n: number }
    | { readonly kind: 'column'; readonly text: string };
}

export type EditorNode =
  | { readonly kind: 'heading'; readonly key: string; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'field'; readonly field: EditorField }
  | { readonly kind: 'row'; readonly key: string; readonly section: string; readonly n: number; readonly cells: readonly EditorField[] }
  /** The sources of the block just before: shown, never edited, so editing the words cannot drop them. */
  | { readonly kind: 'cite'; readonly key: string; readonly cite: Cite };

const citeOf = (block: DocBlock, b: number): EditorNode[] =>
  block.kind !== 'heading' && block.kind !== 'checklist' && block.cite !== undefined && block.cite.length > 0
    ? [{ kind: 'cite', key: `b${String(b)}s`, cite: block.cite }]
    : [];

/**
 * The document as a form: headings stay text, every paragraph, list item and table cell becomes a labelled field.
 * Counting restarts under each heading, so a label such as "(3) 共同利用者の範囲：項目1" points at one place.
 */
export function editorNodes(doc: DocModel): EditorNode[] {
  const nodes: EditorNode[] = [];
  let section = doc.title;
  let paragraphs = 0;
  let items = 0;
  let rows = 0;
  doc.blocks.forEach((block, b) => {
    switch (block.kind) {
      case 'heading':
        section = block.text;
        paragraphs = 0;
        items = 0;
        rows = 0;
        nodes.push({ kind: 'heading', key: `b${String(b)}`, level: block.level, text: block.text });
        return;
      case 'paragraph':
        paragraphs += 1;
        nodes.push({
          kind: 'field',
          field: { key: `b${String(b)}`, address: { kind: 'paragraph', block: b }, value: block.text, section, label: { kind: 'paragraph', n: paragraphs } },
        });
        nodes.push(...citeOf(block, b));
        return;
      case 'list':
      case 'checklist':
        block.items.forEach((item, i) => {
          items += 1;
          nodes.push({
            kind: 'field',
            field: {
              key: `b${String(b)}i${String(i)}`,
              address: { kind: 'item', block: b, item: i },
              value: typeof item === 'string' ? item : item.text,
              section,
              label: { kind: 'item', n: items },
            },
          });
        });
        nodes.push(...citeOf(block, b));
        return;
      case 'table':
        block.rows.forEach((row, r) => {
          rows += 1;
          nodes.push({
            kind: 'row',
            key: `b${String(b)}r${String(r)}`,
            section,
            n: rows,
            cells: row.map((value, c) => ({
              key: `b${String(b)}r${String(r)}c${String(c)}`,
              address: { kind: 'cell', block: b, row: r, cell: c },
              value,
              section,
              label: { kind: 'column', text: block.header[c] ?? '' },
            })),
          });
        });
        nodes.push(...citeOf(block, b));
        return;
    }
  });
  return nodes;
}
