import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { VisuallyHidden } from '../../components/ui/visually-hidden';
import { MAX_NOTE_LENGTH } from '../assessments/notes';

/** From this many characters left, the count is announced (politely, and only when it crosses a band). */
export const NOTE_NEAR_LIMIT = 100;

type Band = 'room' | 'near' | 'over';
const bandOf = (remaining: number): Band => {
  if (remaining < 0) return 'over';
  return remaining <= NOTE_NEAR_LIMIT ? 'near' : 'room';
};

interface NoteFieldProps {
  /** The textarea's id, which the error summary links to. */
  readonly id: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Shown after a submit with a note over the limit. */
  readonly error: string | null;
}

/**
 * A note or evidence under the answer, as a GOV.UK character count: the limit is not enforced by `maxlength` (a
 * pasted text would be cut silently); the count below says how many characters are left or too many, and Continue
 * refuses a note over the limit. The count is the textarea's description, read when it takes focus; a separate
 * polite live region speaks only when the count enters the last NOTE_NEAR_LIMIT characters or goes over, not on
 * every keystroke. Empty, the field waits behind an "Add a note" disclosure, so the question stays uncluttered.
 */
export function NoteField({ id, value, onChange, error }: NoteFieldProps) {
  const { t } = useTranslation('wizard');
  // Open from the start when there is a note already (or an error about it): it is part of the answer then.
  const [startsOpen] = useState(value !== '');
  const [announcement, setAnnouncement] = useState('');
  const remaining = MAX_NOTE_LENGTH - value.length;
  const countText = remaining >= 0 ? t('note.remaining', { count: remaining }) : t('note.tooMany', { count: -remaining });
  const hintId = `${id}-hint`;
  const countId = `${id}-count`;
  const errorId = `${id}-error`;

  const change = (next: string) => {
    const nextRemaining = MAX_NOTE_LENGTH - next.length;
    const band = bandOf(nextRemaining);
    if (band !== bandOf(remaining)) {
      setAnnouncement(
        band === 'room' ? '' : nextRemaining >= 0 ? t('note.remaining', { count: nextRemaining }) : t('note.tooMany', { count: -nextRemaining }),
      );
    }
    onChange(next);
  };

  return (
    <details className="answer-note" open={startsOpen || error !== null}>
      <summary className="answer-note__summary">{startsOpen ? t('note.summaryEdit') : t('note.summaryAdd')}</summary>
      <div className={error === null ? 'form-group answer-note__body' : 'form-group form-group--error answer-note__body'}>
        <label className="label" htmlFor={id}>
          {t('note.label')}
        </label>
        <p className="hint" id={hintId}>
          {t('note.hint')}
        </p>
        {error === null ? null : (
          <p className="error-message" id={errorId}>
            <VisuallyHidden>{t('error.prefix')}</VisuallyHidden>
            {error}
          </p>
        )}
        <textarea
          className="input input--textarea"
          id={id}
          name="note"
          rows={4}
          value={value}
          aria-describedby={error === null ? `${hintId} ${countId}` : `${hintId} ${errorId} ${countId}`}
          aria-invalid={error === null ? undefined : true}
          onChange={(event) => {
            change(event.target.value);
          }}
        />
        <p className={remaining < 0 ? 'char-count char-count--over' : 'char-count'} id={countId}>
          {countText}
        </p>
        <VisuallyHidden>
          <span aria-live="polite">{announcement}</span>
        </VisuallyHidden>
      </div>
    </details>
  );
}
