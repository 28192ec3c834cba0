import { Fragment } from 'react';

import type { DocBlock, DocModel } from '../../lib/export/doc-model';

function Lines({ text }: { text: string }) {
  return text.split('\n').map((line, i) => (
    <Fragment key={i}>
      {i > 0 ? <br /> : null}
      {line}
    </Fragment>
  ));
}

function Block({ block }: { block: DocBlock }) {
  switch (block.kind) {
    case 'heading': {
      const Heading = ({ 1: 'h3', 2: 'h4', 3: 'h5' } as const)[block.level];
      return <Heading>{block.text}</Heading>;
    }
    case 'paragraph':
      return (
        <p>
          <Lines text={block.text} />
        </p>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List>
          {block.items.map((item, i) => (
            <li key={i}>
              <Lines text={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'checklist':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i}>
              <Lines text={item.text} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table>
          <thead>
            <tr>
              {block.header.map((cell, i) => (
                <th key={i} scope="col">
                  <Lines text={cell} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <td key={c}>
                    <Lines text={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

/**
 * The drafts as printed: plain text from the same model the Markdown and Word files are made from, never the
 * form. It is rendered only while printing and hidden on screen; each draft starts on a new A4 page.
 */
export function PrintView({ docs }: { docs: readonly DocModel[] }) {
  return (
    <div className="draft-print">
      {docs.map((doc, i) => (
        <section className="draft-print__doc" key={i}>
          <h2>{doc.title}</h2>
          {doc.meta.map((line, m) => (
            <p className="draft-print__meta" key={m}>
              {line}
            </p>
          ))}
          {doc.blocks.map((block, b) => (
            <Block key={b} block={block} />
          ))}
        </section>
      ))}
    </div>
  );
}
