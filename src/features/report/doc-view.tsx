import type { ReactNode } from 'react';

import '../../styles/report.css';
import { PageHeading } from '../../components/ui/page-heading';
import { DocBlocks } from '../../components/ui/doc-blocks';
import type { DocModel } from '../../lib/export/doc-model';

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
      <DocBlocks blocks={doc.blocks} headings={['h2', 'h3', 'h4']} screen={{ tickLabels }} />
    </div>
  );
}
