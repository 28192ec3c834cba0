import type { ReactNode } from 'react';

import { PageHeading } from '../../components/ui/page-heading';
import type { DocBlock, DocModel } from '../../lib/export/doc-model';

/** A document block as HTML. Text goes in as React text, so markup typed by anyone stays text. */
function Block({ block }: { block: DocBlock }): ReactNode {
  switch (block.kind) {
    case 'heading': {
      // The document's title is the page's h1, so its level-1 headings are h2s.
      const Heading = block.level === 1 ? 'h2' : block.level === 2 ? 'h3' : 'h4';
      return <Heading className="doc-view__heading">{block.text}</Heading>;
    }
    case 'paragraph':
      return <p className="doc-view__text">{block.text}</p>;
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className="doc-view__list">
          {block.items.map((item, index) => (
            <li key={`${String(index)}:${item}`} className="doc-view__text">
              {item}
            </li>
          ))}
        </List>
      );
    }
    case 'table':
      return (
        <div className="doc-view__table-wrap">
          <table className="doc-view__table">
            <thead>
              <tr>
                {block.header.map((cell, index) => (
                  <th key={`${String(index)}:${cell}`} scope="col">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, rowIndex) => (
                <tr key={`${String(rowIndex)}:${row[0] ?? ''}`}>
                  {row.map((cell, index) => (
                    <td key={`${String(index)}:${cell}`} className="doc-view__text">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'checklist':
      return (
        <ul className="doc-view__checklist">
          {block.items.map((item, index) => (
            <li key={`${String(index)}:${item.text}`} className="doc-view__text">
              {/* The box is a character, so it prints in black and white and is read out. */}
              {item.done ? '☑' : '☐'} {item.text}
            </li>
          ))}
        </ul>
      );
  }
}

/** A DocModel on the page, for reading and printing: the same document the Markdown and Word files carry. */
export function DocView({ doc }: { doc: DocModel }) {
  return (
    <div className="doc-view">
      <PageHeading>{doc.title}</PageHeading>
      {doc.meta.map((line) => (
        <p key={line} className="doc-view__meta">
          {line}
        </p>
      ))}
      {doc.blocks.map((block, index) => (
        // Blocks have no identity beyond their place in the document, which does not change while it is shown.
        <Block key={`${String(index)}:${block.kind}`} block={block} />
      ))}
    </div>
  );
}
