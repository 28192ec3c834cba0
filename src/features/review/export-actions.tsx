import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { downloadBlob, downloadText, safeFileName } from '../../lib/export/download';
import { renderMarkdown } from '../../lib/export/markdown';
import { buildReviewMemo, displayName } from './build-memo';
import { reviewNamespaces } from './namespaces';
import { memoPath } from './paths';
import { serializeReviewFile, toReviewFile } from './review-file';
import type { Review } from './schema';
import type { Examination } from './submission';

type Format = 'markdown' | 'docx' | 'json';
type Status = { readonly kind: 'idle' } | { readonly kind: 'done'; readonly file: string } | { readonly kind: 'failed'; readonly format: Format };

/**
 * The memo's downloads, all made in the browser from one document model: Markdown, Word and the machine-readable
 * review file. `printLink` adds a link to the print view (the print view itself offers a Print button instead).
 */
export function ExportActions({ review, examination, printLink }: { review: Review; examination: Examination; printLink: boolean }) {
  const { t } = useTranslation(reviewNamespaces);
  const headingId = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const base = t('review:export.fileBase', { name: displayName(t, review) });
  const fallback = t('review:export.fileFallback');

  const exportAs = async (format: Format) => {
    setBusy(true);
    try {
      const memo = buildReviewMemo(t, review, examination);
      let file: string;
      switch (format) {
        case 'markdown':
          file = safeFileName(base, fallback, 'md');
          downloadText(file, 'text/markdown', renderMarkdown(memo));
          break;
        case 'docx': {
          file = safeFileName(base, fallback, 'docx');
          // The Word writer (and the docx package behind it) loads only when someone asks for a Word file.
          const { renderDocx } = await import('../../lib/export/docx');
          downloadBlob(file, await renderDocx(memo));
          break;
        }
        case 'json':
          file = safeFileName(base, fallback, 'json');
          downloadText(file, 'application/json', serializeReviewFile(toReviewFile(review, examination)));
          break;
      }
      setStatus({ kind: 'done', file });
    } catch {
      setStatus({ kind: 'failed', format });
    } finally {
      setBusy(false);
    }
  };

  const formatName = (format: Format) => {
    switch (format) {
      case 'markdown':
        return t('review:export.markdown');
      case 'docx':
        return t('review:export.docx');
      case 'json':
        return t('review:export.json');
    }
  };

  return (
    <section className="review-section review-export" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('review:export.heading')}</h2>
      <p>{t('review:export.lead')}</p>
      <div className="button-group review-export__buttons">
        {printLink ? (
          <Link className="button button--secondary" to={memoPath(review.id)}>
            {t('review:export.print')}
          </Link>
        ) : null}
        {(['markdown', 'docx', 'json'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => {
              void exportAs(format);
            }}
          >
            {formatName(format)}
          </button>
        ))}
      </div>
      <div role="status" className="status-message">
        {status.kind === 'done' ? <p className="notice notice--success">{t('review:export.done', { file: status.file })}</p> : null}
        {status.kind === 'failed' ? <p className="notice notice--problem">{t('review:export.failed', { format: formatName(status.format) })}</p> : null}
      </div>
    </section>
  );
}
