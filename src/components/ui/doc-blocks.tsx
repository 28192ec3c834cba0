import { Fragment } from 'react';

import type { DocBlock } from '../../lib/export/doc-model';
import { VisuallyHidden } from './visually-hidden';

/** Line breaks in the model's text as <br>; everything else is React text, never markup. */
function Lines({ text }: { text: string }) {
  return text.split('\n').map((line, i) => (
    <Fragment key={i}>
      {i > 0 ? <br /> : null}
      {line}
    </Fragment>
  ));
}

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5';

export interface DocBlocksProps {
  readonly blocks: readonly DocBlock[];
  /** The elements for model heading levels 1, 2 and 3, below whatever heading the document's title has. */
  readonly headings: readonly [HeadingTag, HeadingTag, HeadingTag];
  /**
   * On screen, each block carries a `doc-view__*` class and checklist items show ☑/☐ with these words for screen
   * readers; without it (the print of the drafts) the blocks are plain elements and items plain list entries.
   */
  readonly screen?: { readonly tickLabels: { readonly done: string; readonly notDone: string } };
}

/**
 * The body of a DocModel as HTML: the same model the Markdown and Word files are rendered from, so the page, its
 * print and the files say the same.
 */
export function DocBlocks({ blocks, headings, screen }: DocBlocksProps) {
  return blocks.map((block, i) => <Block key={i} block={block} headings={headings} screen={screen} />);
}

interface BlockProps {
  readonly block: DocBlock;
  readonly headings: DocBlocksProps['headings'];
  readonly screen: DocBlocksProps['screen'] | undefined;
}

function Block({ block, headings, screen }: BlockProps) {
  const className = (element: string) => (screen === undefined ? undefined : `doc-view__${element}`);
  switch (block.kind) {
    case 'heading': {
      const Heading = headings[block.level - 1] ?? headings[2];
      return <Heading className={className('heading')}>{block.text}</Heading>;
    }
    case 'paragraph':
      return (
        <p className={className('paragraph')}>
          <Lines text={block.text} />
        </p>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className={className('list')}>
          {block.items.map((item, i) => (
            <li key={i}>
              <Lines text={item} />
            </li>
          ))}
        </List>
      );
    }
    case 'table': {
      // On screen a narrow window stacks each row (report.css), which changes the elements' CSS display; some
      // browsers then stop exposing them as a table, so the roles are stated. Each cell names its column for the
      // stacked layout's visible labels.
      const role = (name: 'table' | 'rowgroup' | 'row' | 'columnheader' | 'cell') => (screen === undefined ? undefined : name);
      return (
        <table className={className('table')} role={role('table')}>
          <thead role={role('rowgroup')}>
            <tr role={role('row')}>
              {block.header.map((cell, i) => (
                <th key={i} scope="col" role={role('columnheader')}>
                  <Lines text={cell} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody role={role('rowgroup')}>
            {block.rows.map((row, r) => (
              <tr key={r} role={role('row')}>
                {row.map((cell, c) => (
                  <td key={c} role={role('cell')} data-label={screen === undefined ? undefined : block.header[c]}>
                    <Lines text={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
    case 'checklist':
      return (
        <ul className={className('checklist')}>
          {block.items.map((item, i) =>
            screen === undefined ? (
              <li key={i}>
                <Lines text={item.text} />
              </li>
            ) : (
              <li key={i} className="doc-view__check-item" data-done={item.done}>
                <span className="doc-view__tick" aria-hidden="true">
                  {item.done ? '☑' : '☐'}
                </span>
                <VisuallyHidden>{item.done ? screen.tickLabels.done : screen.tickLabels.notDone}</VisuallyHidden>
                <span className="doc-view__check-text">
                  <Lines text={item.text} />
                </span>
              </li>
            ),
          )}
        </ul>
      );
  }
}
