import { useState } from 'react';

import { downloadText } from '../../lib/export/download';
import { ConfirmPrompt } from './confirm-prompt';

export interface DownloadOrDiscardProps {
  /** What is kept aside, as stored: offered for download exactly as it is. */
  readonly text: string;
  readonly fileName: string;
  readonly downloadLabel: string;
  readonly discardLabel: string;
  readonly confirm: { readonly question: string; readonly confirmLabel: string; readonly cancelLabel: string };
  readonly onDiscard: () => void;
}

/**
 * For data that could not be used and was kept aside untouched: download it as it is, or discard it after
 * confirming. Nothing is lost without a second, deliberate step.
 */
export function DownloadOrDiscard({ text, fileName, downloadLabel, discardLabel, confirm, onDiscard }: DownloadOrDiscardProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            downloadText(fileName, 'application/json', text);
          }}
        >
          {downloadLabel}
        </button>
        {confirming ? null : (
          <button
            type="button"
            className="button button--warning"
            onClick={() => {
              setConfirming(true);
            }}
          >
            {discardLabel}
          </button>
        )}
      </div>
      {confirming ? (
        <ConfirmPrompt
          question={confirm.question}
          confirmLabel={confirm.confirmLabel}
          cancelLabel={confirm.cancelLabel}
          onConfirm={onDiscard}
          onCancel={() => {
            setConfirming(false);
          }}
        />
      ) : null}
    </>
  );
}
