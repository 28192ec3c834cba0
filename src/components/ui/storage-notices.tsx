import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

import { downloadText } from '../../lib/export/download';
import { ConfirmPrompt } from './confirm-prompt';

/** The words of the notices, already translated by the feature that shows them. */
export interface StorageNoticeTexts {
  readonly problemHeading: string;
  readonly kept: string;
  readonly download: string;
  readonly downloadFileName: string;
  readonly discard: string;
  readonly confirmQuestion: string;
  readonly confirmDiscard: string;
  readonly cancelDiscard: string;
  readonly discarded: string;
  readonly savingOffHeading: string;
  readonly savingOff: string;
}

export interface StorageNoticesProps {
  /** Stored data that could not be loaded, with its raw text, or null. */
  readonly problem: { readonly raw: string } | null;
  /** Why it could not be loaded, in words. */
  readonly explanation: string;
  /** More detail under the explanation (for example the validator's findings). */
  readonly details?: ReactNode;
  readonly savingEnabled: boolean;
  /** The person confirmed: from now on saving may overwrite the unreadable data. */
  readonly onDiscard: () => void;
  readonly texts: StorageNoticeTexts;
}

/**
 * Stored data that could not be loaded. The stores keep the raw text and write nothing while the problem stands,
 * so nothing is lost silently: the person can download the data, or discard it after confirming. Also says when
 * saving is off (storage unavailable or full), and announces a discard in a status region.
 */
export function StorageNotices({ problem, explanation, details, savingEnabled, onDiscard, texts }: StorageNoticesProps) {
  const headingId = useId();
  const savingOffId = useId();
  const [confirming, setConfirming] = useState(false);
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
      {problem === null ? null : (
        <section className="notice notice--problem" aria-labelledby={headingId}>
          <h2 className="notice__heading" id={headingId}>
            {texts.problemHeading}
          </h2>
          <p>{explanation}</p>
          {details}
          <p>{texts.kept}</p>
          <div className="button-group">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                downloadText(texts.downloadFileName, 'application/json', problem.raw);
              }}
            >
              {texts.download}
            </button>
            {confirming ? null : (
              <button
                type="button"
                className="button button--warning"
                onClick={() => {
                  setConfirming(true);
                }}
              >
                {texts.discard}
              </button>
            )}
          </div>
          {confirming ? (
            <ConfirmPrompt
              question={texts.confirmQuestion}
              confirmLabel={texts.confirmDiscard}
              cancelLabel={texts.cancelDiscard}
              onConfirm={onDiscard}
              onCancel={() => {
                setConfirming(false);
              }}
            />
          ) : null}
        </section>
      )}
      <div role="status" className="status-message">
        {discarded ? (
          <p className="notice notice--success" tabIndex={-1} ref={discardedRef}>
            {texts.discarded}
          </p>
        ) : null}
      </div>
      {savingEnabled ? null : (
        <section className="notice notice--warning" aria-labelledby={savingOffId}>
          <h2 className="notice__heading" id={savingOffId}>
            {texts.savingOffHeading}
          </h2>
          <p>{texts.savingOff}</p>
        </section>
      )}
    </>
  );
}
