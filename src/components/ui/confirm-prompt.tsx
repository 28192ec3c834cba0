import { useEffect, useRef } from 'react';

interface ConfirmPromptProps {
  readonly question: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** Extra class for the container, beside `confirm`. */
  readonly className?: string;
}

/**
 * "Are you sure?" before a destructive action. The question takes focus when the prompt appears, so keyboard and
 * screen-reader users hear it at once; the caller decides where focus goes afterwards.
 */
export function ConfirmPrompt({ question, confirmLabel, cancelLabel, onConfirm, onCancel, className }: ConfirmPromptProps) {
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    questionRef.current?.focus();
  }, []);
  return (
    <div className={className === undefined ? 'confirm' : `confirm ${className}`}>
      <p className="confirm__question" tabIndex={-1} ref={questionRef}>
        {question}
      </p>
      <div className="button-group">
        <button type="button" className="button button--warning" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
