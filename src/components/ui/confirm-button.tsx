import { useEffect, useRef, useState } from 'react';

import { ConfirmPrompt } from './confirm-prompt';

export interface ConfirmButtonProps {
  readonly label: string;
  /** The button's name when its text alone would not say what it acts on (one of several in a list). */
  readonly accessibleLabel?: string;
  readonly question: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly onConfirm: () => void;
  /** `warning` for an action that takes something away; `secondary` where it only moves things. */
  readonly look?: 'secondary' | 'warning';
}

/**
 * A button that asks before it acts: pressed, it gives way to the question (which takes focus); cancelling brings
 * the button back with focus on it, so a keyboard user is where they were. After confirming, the caller's page
 * changes and it decides where focus goes.
 */
export function ConfirmButton({ label, accessibleLabel, question, confirmLabel, cancelLabel, onConfirm, look = 'secondary' }: ConfirmButtonProps) {
  const [state, setState] = useState<'idle' | 'asking' | 'cancelled'>('idle');
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (state === 'cancelled') buttonRef.current?.focus();
  }, [state]);
  if (state === 'asking') {
    return (
      <ConfirmPrompt
        question={question}
        confirmLabel={confirmLabel}
        cancelLabel={cancelLabel}
        onConfirm={() => {
          setState('idle');
          onConfirm();
        }}
        onCancel={() => {
          setState('cancelled');
        }}
      />
    );
  }
  return (
    <button
      type="button"
      ref={buttonRef}
      className={`button button--${look}`}
      aria-label={accessibleLabel}
      onClick={() => {
        setState('asking');
      }}
    >
      {label}
    </button>
  );
}
