import { type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ChoiceList, choiceInputId } from '../../components/ui/choice-list';
import { ErrorSummary } from '../../components/ui/error-summary';
import { PageHeading } from '../../components/ui/page-heading';
import { VisuallyHidden } from '../../components/ui/visually-hidden';
import { getQuestion } from '../../rules';
import { OpenPointMarkers } from '../about/open-point-marker';
import type { QuestionId } from '../../rules';
import { useQuestionTexts } from './question-texts';
import { TermsList } from './terms-list';

interface QuestionFormProps {
  questionId: QuestionId;
  /** The saved answer as a list of answer ids (one for a single-choice question). */
  initial: readonly string[];
  progress: { number: number; total: number };
  /** Called with a valid selection; the page saves it and moves on. */
  onAnswer: (selection: string[]) => void;
  /** Lets the page put "Error:" into the <title> while the error is shown. */
  onErrorShown: (shown: boolean) => void;
}

/**
 * One question as a GOV.UK question page: the question is the <h1> inside the fieldset's <legend>, then the hint,
 * the choices, the terms it uses and Continue. A multi-select question accepts an empty selection (its hint says
 * so); a single-select one shows an error summary and an inline message when nothing is chosen.
 */
export function QuestionForm({ questionId, initial, progress, onAnswer, onErrorShown }: QuestionFormProps) {
  // `about` holds the words of the open-point markers a few questions carry.
  const { t } = useTranslation(['wizard', 'about']);
  const texts = useQuestionTexts();
  const question = getQuestion(questionId);
  const [selection, setSelection] = useState<string[]>([...initial]);
  const [attempt, setAttempt] = useState(0);
  const [showError, setShowError] = useState(false);

  const hintId = `${questionId}-hint`;
  const errorId = `${questionId}-error`;
  const firstOption = question.options[0] ?? '';

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (question.kind === 'single' && selection.length === 0) {
      setShowError(true);
      setAttempt((n) => n + 1);
      onErrorShown(true);
      return;
    }
    onAnswer(selection);
  };

  const choose = (next: string[]) => {
    setSelection(next);
    // The message stays until the next submit, as in the GOV.UK pattern; only the title follows the fix.
  };

  return (
    <>
      {showError ? (
        <ErrorSummary
          title={t('error.summaryTitle')}
          attempt={attempt}
          errors={[{ targetId: choiceInputId(questionId, firstOption), message: t('error.chooseOne') }]}
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
                {t('error.chooseOne')}
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
            />
          </fieldset>
        </div>
        <TermsList questionId={questionId} />
        <button className="button" type="submit">
          {t('question.continue')}
        </button>
      </form>
    </>
  );
}
