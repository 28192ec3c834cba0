import { DocBlocks } from '../../components/ui/doc-blocks';
import type { DocModel } from '../../lib/export/doc-model';

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
          <DocBlocks blocks={doc.blocks} headings={['h3', 'h4', 'h5']} />
        </section>
      ))}
    </div>
  );
}
