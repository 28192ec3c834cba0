import { type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ChoiceList, choiceInputId } from '../../components/ui/choice-list';
import { ErrorSummary } from '../../components/ui/error-summary';
import { PageHeading } from '../../components/ui/page-heading';
import { VisuallyHidden } from '../../components/ui/visually-hidden';
import { getQuestion } from '../../rules';
import { OpenPointMarkers } from '../about/open-point-marker';
import type { QuestionId } from '../../rules';
import { MAX_NOTE_LENGTH } from '../assessments/notes';
import { noneOfThese } from './answer-selection';
import { NoteField } from './note-field';
import { useQuestionTexts } from './question-texts';
import { TermsList } from './terms-list';

interface QuestionFormProps {
  questionId: QuestionId;
  /** The saved answer as the form shows it (answer-selection.ts: formSelectionOf). */
  initial: readonly string[];
  /** The saved note on this answer, or ''. */
  initialNote: string;
  progress: { number: number; total: number };
  /** Called with a valid selection and the note; the page saves both and moves on. */
  onAnswer: (selection: string[], note: string) => void;
  /** Lets the page put "Error:" into the <title> while the error is shown. */
  onErrorShown: (shown: boolean) => void;
}

/**
 * One question as a GOV.UK question page: the question is the <h1> inside the fieldset's <legend>, then the hint,
 * the choices, an optional note on the answer, the terms it uses and Continue. A multi-select question ends with an
 * exclusive "None of these". With nothing chosen, an error summary and an inline message name what to choose; a
 * note over its limit is an error too.
 */
export function QuestionForm({ questionId, initial, initialNote, progress, onAnswer, onErrorShown }: QuestionFormProps) {
  // `about` holds the words of the open-point markers a few questions carry.
  const { t } = useTranslation(['wizard', 'about']);
  const texts = useQuestionTexts();
  const question = getQuestion(questionId);
  const [selection, setSelection] = useState<string[]>([...initial]);
  const [attempt, setAttempt] = useState(0);
  const [showError, setShowError] = useState(false);
  const [note, setNote] = useState(initialNote);
  const [noteTooLong, setNoteTooLong] = useState(false);

  const hintId = `${questionId}-hint`;
  const errorId = `${questionId}-error`;
  const noteId = `${questionId}-note`;
  const firstOption = question.options[0] ?? '';
  const required = t(`required.${questionId}`);
  const noneChoice = { value: noneOfThese, label: t('question.noneOfThese') };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing = selection.length === 0;
    const tooLong = note.length > MAX_NOTE_LENGTH;
    if (missing || tooLong) {
      setShowError(missing);
      setNoteTooLong(tooLong);
      setAttempt((n) => n + 1);
      onErrorShown(true);
      return;
    }
    onAnswer(selection, note);
  };

  const choose = (next: string[]) => {
    setSelection(next);
    // The message stays until the next submit, as in the GOV.UK pattern; only the title follows the fix.
  };

  return (
    <>
      {showError || noteTooLong ? (
        <ErrorSummary
          title={t('error.summaryTitle')}
          attempt={attempt}
          errors={[
            ...(showError ? [{ targetId: choiceInputId(questionId, firstOption), message: required }] : []),
            ...(noteTooLong ? [{ targetId: noteId, message: t('note.errorTooLong', { max: MAX_NOTE_LENGTH }) }] : []),
          ]}
        />
      ) : null}
      <form className="question-form" noValidate onSubmit={submit}>
        <p className="caption">{t('question.progress', progress)}</p>
        <div className={showError ? 'form-group form-group--error' : 'form-group'}>
          <fieldset className="fieldset" aria-describedby={showError ? `${hintId} ${errorId}` : hintId}>
            <legend className="fieldset__legend">
              <PageHeading>{texts.title(questionId)}</PageHeading>
            </legend>
            <div className="hint" id={hintId}>
              {texts.hint(questionId)}
            </div>
            <OpenPointMarkers concerning={{ kind: 'question', id: questionId }} />
            {showError ? (
              <p className="error-message" id={errorId}>
                <VisuallyHidden>{t('error.prefix')}</VisuallyHidden>
                {required}
              </p>
            ) : null}
            <ChoiceList
              type={question.kind === 'single' ? 'radio' : 'checkbox'}
              name={questionId}
              choices={question.options.map((value) => ({
                value,
                label: texts.option(questionId, value),
                hint: texts.optionHint(questionId, value),
              }))}
              selected={selection}
              onChange={choose}
              exclusive={question.kind === 'multi' ? { choice: noneChoice, divider: t('question.noneOr') } : undefined}
            />
          </fieldset>
        </div>
        <NoteField id={noteId} value={note} onChange={setNote} error={noteTooLong ? t('note.errorTooLong', { max: MAX_NOTE_LENGTH }) : null} />
        <TermsList questionId={questionId} />
        <button className="button" type="submit">
          {t('question.continue')}
        </button>
      </form>
    </>
  );
}
