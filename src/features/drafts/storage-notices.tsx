import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { downloadText } from '../../lib/export/download';
import type { DraftsStorageProblem } from './schema';
import { useDraftsApi, useDraftsState } from './store-context';

function useExplanation(kind: DraftsStorageProblem['kind']): string {
  const { t } = useTranslation('drafts');
  switch (kind) {
    case 'unreadable':
      return t('storage.unreadable');
    case 'unknown_version':
      return t('storage.unknownVersion');
    case 'invalid':
      return t('storage.invalid');
  }
}

/**
 * Saved drafts that could not be loaded. The store keeps the raw text and writes nothing while the problem stands,
 * so nothing is lost silently: the person can download it, or discard it after confirming.
 */
function ProblemNotice({ problem }: { problem: DraftsStorageProblem }) {
  const { t } = useTranslation('drafts');
  const store = useDraftsApi();
  const headingId = useId();
  const explanation = useExplanation(problem.kind);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  return (
    <section className="notice notice--problem" aria-labelledby={headingId}>
      <h2 className="notice__heading" id={headingId}>
        {t('storage.problemHeading')}
      </h2>
      <p>{explanation}</p>
      <p>{t('storage.kept')}</p>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            downloadText(t('storage.downloadFileName'), 'application/json', problem.raw);
          }}
        >
          {t('storage.download')}
        </button>
        {confirming ? null : (
          <button
            type="button"
            className="button button--warning"
            onClick={() => {
              setConfirming(true);
            }}
          >
            {t('storage.discard')}
          </button>
        )}
      </div>
      {confirming ? (
        <div className="confirm">
          <p className="confirm__question" tabIndex={-1} ref={confirmRef}>
            {t('storage.confirmQuestion')}
          </p>
          <div className="button-group">
            <button
              type="button"
              className="button button--warning"
              onClick={() => {
                store.getState().storageProblemDismissed();
              }}
            >
              {t('storage.confirmDiscard')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setConfirming(false);
              }}
            >
              {t('storage.cancelDiscard')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

/** Problems with saving drafts, shown at the top of the drafts page. */
export function DraftsStorageNotices() {
  const { t } = useTranslation('drafts');
  const problem = useDraftsState((state) => state.storageProblem);
  const savingEnabled = useDraftsState((state) => state.savingEnabled);
  const headingId = useId();
  const [hadProblem, setHadProblem] = useState(problem !== null);
  if (problem !== null && !hadProblem) setHadProblem(true);
  const discarded = problem === null && hadProblem;
  const discardedRef = useRef<HTMLParagraphElement>(null);
  // The confirm button has gone with the notice; focus goes to the confirmation so keyboard users keep their place.
  useEffect(() => {
    if (discarded) discardedRef.current?.focus();
  }, [discarded]);

  return (
    <>
      {problem === null ? null : <ProblemNotice problem={problem} />}
      <div role="status" className="status-message">
        {discarded ? (
          <p className="notice notice--success" tabIndex={-1} ref={discardedRef}>
            {t('storage.discarded')}
          </p>
        ) : null}
      </div>
      {savingEnabled ? null : (
        <section className="notice notice--warning" aria-labelledby={headingId}>
          <h2 className="notice__heading" id={headingId}>
            {t('storage.savingOffHeading')}
          </h2>
          <p>{t('storage.savingOff')}</p>
        </section>
      )}
    </>
  );
}
