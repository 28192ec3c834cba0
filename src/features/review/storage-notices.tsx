import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { downloadText } from '../../lib/export/download';
import { reviewNamespaces } from './namespaces';
import type { ReviewsStorageProblem } from './schema';
import { useReviewsApi, useReviewsState } from './store-context';

function explanationKey(kind: ReviewsStorageProblem['kind']) {
  switch (kind) {
    case 'unreadable':
      return 'review:storage.unreadable' as const;
    case 'unknown_version':
      return 'review:storage.unknownVersion' as const;
    case 'invalid':
      return 'review:storage.invalid' as const;
  }
}

/**
 * Stored reviews that could not be loaded. The store keeps the raw text and writes nothing while the problem stands,
 * so no review is lost silently: the reviewer can download the data, or discard it after confirming.
 */
function StorageProblemNotice({ problem }: { problem: ReviewsStorageProblem }) {
  const { t } = useTranslation(reviewNamespaces);
  const store = useReviewsApi();
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  return (
    <section className="notice notice--problem" aria-labelledby={headingId}>
      <h2 className="notice__heading" id={headingId}>
        {t('review:storage.problemHeading')}
      </h2>
      <p>{t(explanationKey(problem.kind))}</p>
      {problem.kind === 'invalid' ? (
        <details className="review-issues">
          <summary>{t('review:storage.details')}</summary>
          <ul>
            {problem.issues.slice(0, 20).map((issue, index) => (
              // Issues may repeat word for word, so the position is part of the key.
              <li key={`${String(index)}:${issue}`}>
                <code>{issue}</code>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p>{t('review:storage.kept')}</p>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            downloadText(t('review:storage.downloadFileName'), 'application/json', problem.raw);
          }}
        >
          {t('review:storage.download')}
        </button>
        {confirming ? null : (
          <button
            type="button"
            className="button button--warning"
            onClick={() => {
              setConfirming(true);
            }}
          >
            {t('review:storage.discard')}
          </button>
        )}
      </div>
      {confirming ? (
        <div className="confirm">
          <p className="confirm__question" tabIndex={-1} ref={confirmRef}>
            {t('review:storage.confirmQuestion')}
          </p>
          <div className="button-group">
            <button
              type="button"
              className="button button--warning"
              onClick={() => {
                store.getState().storageProblemDismissed();
              }}
            >
              {t('review:storage.confirmDiscard')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setConfirming(false);
              }}
            >
              {t('review:storage.cancelDiscard')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

/** Messages about saving reviews: a load problem (with its raw data kept) and "saving is off". */
export function ReviewStorageNotices() {
  const { t } = useTranslation(reviewNamespaces);
  const problem = useReviewsState((state) => state.storageProblem);
  const savingEnabled = useReviewsState((state) => state.savingEnabled);
  const headingId = useId();
  const [hadProblem, setHadProblem] = useState(problem !== null);
  if (problem !== null && !hadProblem) setHadProblem(true);
  const discarded = problem === null && hadProblem;
  const discardedRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (discarded) discardedRef.current?.focus();
  }, [discarded]);

  return (
    <>
      {problem === null ? null : <StorageProblemNotice problem={problem} />}
      <div role="status" className="status-message">
        {discarded ? (
          <p className="notice notice--success" tabIndex={-1} ref={discardedRef}>
            {t('review:storage.discarded')}
          </p>
        ) : null}
      </div>
      {savingEnabled ? null : (
        <section className="notice notice--warning" aria-labelledby={headingId}>
          <h2 className="notice__heading" id={headingId}>
            {t('review:storage.savingOffHeading')}
          </h2>
          <p>{t('review:storage.savingOff')}</p>
        </section>
      )}
    </>
  );
}
