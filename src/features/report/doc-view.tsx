import { Fragment, type ReactNode } from 'react';

import '../../styles/report.css';
import { PageHeading } from '../../components/ui/page-heading';
import { VisuallyHidden } from '../../components/ui/visually-hidden';
import type { DocBlock, DocModel } from '../../lib/export/doc-model';

/** Line breaks in the model's text as <br>; everything else is React text, never markup. */
function Lines({ text }: { text: string }) {
  const lines = text.split('\n');
  return lines.map((line, i) => (
    <Fragment key={i}>
      {i > 0 ? <br /> : null}
      {line}
    </Fragment>
  ));
}

interface DocViewProps {
  readonly doc: DocModel;
  /** Words a screen reader says for a ticked and an unticked item (the ☑/☐ marks themselves are hidden from it). */
  readonly tickLabels: { readonly done: string; readonly notDone: string };
  /** Shown between the title block and the body, e.g. the page's actions. */
  readonly children?: ReactNode;
}

/**
 * A DocModel as HTML: the same model the Markdown and Word files are rendered from, so the page and the files say
 * the same. The title is the page's <h1>; model heading levels 1–3 become <h2>–<h4>.
 */
export function DocView({ doc, tickLabels, children }: DocViewProps) {
  return (
    <div className="doc-view">
      <PageHeading>{doc.title}</PageHeading>
      <ul className="doc-view__meta">
        {doc.meta.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      {children}
      {doc.blocks.map((block, i) => (
        <Block key={i} block={block} tickLabels={tickLabels} />
      ))}
    </div>
  );
}

function Block({ block, tickLabels }: { block: DocBlock; tickLabels: DocViewProps['tickLabels'] }) {
  switch (block.kind) {
    case 'heading': {
      const Heading = (['h2', 'h3', 'h4'] as const)[block.level - 1] ?? 'h4';
      return <Heading className="doc-view__heading">{block.text}</Heading>;
    }
    case 'paragraph':
      return (
        <p className="doc-view__paragraph">
          <Lines text={block.text} />
        </p>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className="doc-view__list">
          {block.items.map((item, i) => (
            <li key={i}>
              <Lines text={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'table':
      return (
        <table className="doc-view__table">
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
    case 'checklist':
      return (
        <ul className="doc-view__checklist">
          {block.items.map((item, i) => (
            <li key={i} className="doc-view__check-item" data-done={item.done}>
              <span className="doc-view__tick" aria-hidden="true">
                {item.done ? '☑' : '☐'}
              </span>
              <VisuallyHidden>{item.done ? tickLabels.done : tickLabels.notDone}</VisuallyHidden>
              <span className="doc-view__check-text">
                <Lines text={item.text} />
              </span>
            </li>
          ))}
        </ul>
      );
  }
}
