import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { downloadText } from '../../lib/export/download';
import type { TrainingStorageProblem } from './store';
import { useTrainingApi, useTrainingState } from './store-context';
import { trainingNamespaces } from './use-training';

function useExplanation(kind: TrainingStorageProblem['kind']): string {
  const { t } = useTranslation(trainingNamespaces);
  switch (kind) {
    case 'unreadable':
      return t('training:storage.unreadable');
    case 'unknown_version':
      return t('training:storage.unknownVersion');
    case 'invalid':
      return t('training:storage.invalid');
  }
}

/**
 * Saved training data that could not be read. The store keeps the raw text and writes nothing while the problem
 * stands, so the person can download it, or discard it after confirming; nothing is dropped silently.
 */
function ProblemNotice({ problem }: { problem: TrainingStorageProblem }) {
  const { t } = useTranslation(trainingNamespaces);
  const store = useTrainingApi();
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
        {t('training:storage.problemHeading')}
      </h2>
      <p>{explanation}</p>
      <p>{t('training:storage.kept')}</p>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            downloadText(t('training:storage.downloadFileName'), 'application/json', problem.raw);
          }}
        >
          {t('training:storage.download')}
        </button>
        {confirming ? null : (
          <button
            type="button"
            className="button button--warning"
            onClick={() => {
              setConfirming(true);
            }}
          >
            {t('training:storage.discard')}
          </button>
        )}
      </div>
      {confirming ? (
        <div className="confirm">
          <p className="confirm__question" tabIndex={-1} ref={confirmRef}>
            {t('training:storage.confirmQuestion')}
          </p>
          <div className="button-group">
            <button
              type="button"
              className="button button--warning"
              onClick={() => {
                store.getState().storageProblemDismissed();
              }}
            >
              {t('training:storage.confirmDiscard')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setConfirming(false);
              }}
            >
              {t('training:storage.cancelDiscard')}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

/** Messages about saving training data, shown at the top of the library and the score pages. */
export function TrainingStorageNotices() {
  const { t } = useTranslation(trainingNamespaces);
  const problem = useTrainingState((state) => state.storageProblem);
  const savingEnabled = useTrainingState((state) => state.savingEnabled);
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
            {t('training:storage.discarded')}
          </p>
        ) : null}
      </div>
      {savingEnabled ? null : (
        <section className="notice notice--warning" aria-labelledby={headingId}>
          <h2 className="notice__heading" id={headingId}>
            {t('training:storage.savingOffHeading')}
          </h2>
          <p>{t('training:storage.savingOff')}</p>
        </section>
      )}
    </>
  );
}
