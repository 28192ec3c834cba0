import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';

import { paths, questionPath } from '../../routing/paths';
import { usePageTitle } from '../../routing/use-page-title';
import { BackLink } from '../../components/ui/back-link';
import { nextQuestion } from '../../rules';
import type { QuestionId } from '../../rules';
import type { RuleUpdate } from '../assessments/schema';
import { selectCurrent } from '../assessments/store';
import { useAssessmentsApi } from '../assessments/store-context';
import { useCurrentAssessment } from '../assessments/use-current-assessment';
import { RuleUpdateNotice } from '../exchange/rule-update-notice';
import { SharedQuestionNote } from '../projects/flow-notes';
import { answerFrom, formSelectionOf } from './answer-selection';
import { questionAccess } from './position';
import { QuestionForm } from './question-form';
import { useQuestionTexts } from './question-texts';

interface QuestionPageProps {
  questionId: QuestionId;
  /** Opened from "check your answers": newly needed questions keep the flag, then the person returns there. */
  change: boolean;
}

export function QuestionPage({ questionId, change }: QuestionPageProps) {
  const current = useCurrentAssessment();
  const answers = current?.answers ?? {};
  const access = questionAccess(answers, questionId);

  if (access.kind === 'redirect') {
    return <Navigate replace to={access.to === null ? paths.check : questionPath(access.to, { change })} />;
  }
  return (
    <QuestionView
      // A new question is a new form: its selection and error state start afresh.
      key={questionId}
      questionId={questionId}
      change={change}
      initial={formSelectionOf(answers, questionId)}
      initialNote={current?.notes?.[questionId] ?? ''}
      progress={{ number: access.number, total: access.total }}
      previous={access.previous}
      ruleUpdate={current?.ruleUpdate}
    />
  );
}

interface QuestionViewProps extends QuestionPageProps {
  initial: string[];
  initialNote: string;
  progress: { number: number; total: number };
  previous: QuestionId | null;
  /** Set when a rules update removed answers of this assessment: this question's old answer is named here. */
  ruleUpdate: RuleUpdate | undefined;
}

function QuestionView({ questionId, change, initial, initialNote, progress, previous, ruleUpdate }: QuestionViewProps) {
  const { t } = useTranslation('wizard');
  const texts = useQuestionTexts();
  const store = useAssessmentsApi();
  const navigate = useNavigate();
  const [errorShown, setErrorShown] = useState(false);

  const title = texts.title(questionId);
  const removedHere = ruleUpdate?.removed.filter((entry) => entry.question === questionId) ?? [];
  usePageTitle(errorShown ? t('question.pageTitleWithError', { title }) : title);

  const answer = (selection: string[], note: string) => {
    const value = answerFrom(questionId, selection);
    if (value === undefined) return;
    // Arriving by a link with nothing started yet: the first answer starts an assessment.
    if (selectCurrent(store.getState()) === undefined) store.getState().assessmentStarted();
    store.getState().answerGiven(questionId, value);
    store.getState().noteChanged(questionId, note);
    const next = nextQuestion(selectCurrent(store.getState())?.answers ?? {});
    void navigate(next === null ? paths.check : questionPath(next, { change }));
  };

  return (
    <div className="question-page">
      {previous === null ? (
        <BackLink to={paths.start}>{t('question.backToStart')}</BackLink>
      ) : (
        <BackLink to={questionPath(previous, { change })}>{t('question.back')}</BackLink>
      )}
      {ruleUpdate === undefined || removedHere.length === 0 ? null : <RuleUpdateNotice from={ruleUpdate.from} removed={removedHere} />}
      <SharedQuestionNote questionId={questionId} />
      <QuestionForm
        questionId={questionId}
        initial={initial}
        initialNote={initialNote}
        progress={progress}
        onAnswer={answer}
        onErrorShown={setErrorShown}
      />
    </div>
  );
}
