import { type SubmitEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ChoiceList, choiceInputId } from '../../components/ui/choice-list';
import { ErrorSummary } from '../../components/ui/error-summary';
import { PageHeading } from '../../components/ui/page-heading';
import { VisuallyHidden } from '../../components/ui/visually-hidden';
import { getQuestion } from '../../rules';
import type { QuestionId } from '../../rules';
import { noneOfThese } from './answer-selection';
import { useQuestionTexts } from './question-texts';
import { TermsList } from './terms-list';

interface QuestionFormProps {
  questionId: QuestionId;
  /** The saved answer as the form shows it (answer-selection.ts: formSelectionOf). */
  initial: readonly string[];
  progress: { number: number; total: number };
  /** Called with a valid selection; the page saves it and moves on. */
  onAnswer: (selection: string[]) => void;
  /** Lets the page put "Error:" into the <title> while the error is shown. */
  onErrorShown: (shown: boolean) => void;
}

/**
 * One question as a GOV.UK question page: the question is the <h1> inside the fieldset's <legend>, then the hint,
 * the choices, the terms it uses and Continue. A multi-select question ends with an exclusive "None of these". With
 * nothing chosen, an error summary and an inline message name what to choose.
 */
export function QuestionForm({ questionId, initial, progress, onAnswer, onErrorShown }: QuestionFormProps) {
  const { t } = useTranslation('wizard');
  const texts = useQuestionTexts();
  const question = getQuestion(questionId);
  const [selection, setSelection] = useState<string[]>([...initial]);
  const [attempt, setAttempt] = useState(0);
  const [showError, setShowError] = useState(false);

  const hintId = `${questionId}-hint`;
  const errorId = `${questionId}-error`;
  const firstOption = question.options[0] ?? '';
  const required = t(`required.${questionId}`);
  const noneChoice = { value: noneOfThese, label: t('question.noneOfThese') };

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (selection.length === 0) {
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
          errors={[{ targetId: choiceInputId(questionId, firstOption), message: required }]}
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
        <TermsList questionId={questionId} />
        <button className="button" type="submit">
          {t('question.continue')}
        </button>
      </form>
    </>
  );
}
