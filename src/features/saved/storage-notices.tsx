import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { StorageProblem } from '../assessments/schema';
import { useAssessmentsApi, useAssessmentsState } from '../assessments/store-context';
import { downloadText } from './download';

type ProblemKind = StorageProblem['kind'];

function useExplanation(kind: ProblemKind): string {
  const { t } = useTranslation();
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
 * Saved data that could not be loaded. The store keeps the raw text and writes nothing while the problem stands,
 * so nothing is lost silently: the person can download the data, or discard it after confirming.
 */
function StorageProblemNotice({ problem }: { problem: StorageProblem }) {
  const { t } = useTranslation();
  const store = useAssessmentsApi();
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
            downloadText(t('storage.downloadFileName'), problem.raw);
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

/** Messages about saving, shown at the top of the start page; a status region announces the discard. */
export function StorageNotices() {
  const { t } = useTranslation();
  const problem = useAssessmentsState((state) => state.storageProblem);
  const savingEnabled = useAssessmentsState((state) => state.savingEnabled);
  const headingId = useId();
  // Remember that a problem was shown here, so its disappearance can be confirmed in words.
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
      {problem === null ? null : <StorageProblemNotice problem={problem} />}
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
