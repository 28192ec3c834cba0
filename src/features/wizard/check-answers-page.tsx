import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';

import { paths, questionPath } from '../../routing/paths';
import { usePageTitle } from '../../routing/use-page-title';
import { BackLink } from '../../components/ui/back-link';
import { PageHeading } from '../../components/ui/page-heading';
import { ProjectFlowNote } from '../projects/flow-notes';
import { VisuallyHidden } from '../../components/ui/visually-hidden';
import { applicableQuestions, nextQuestion } from '../../rules';
import type { AssessmentInput, QuestionId } from '../../rules';
import { notesOnPath } from '../assessments/notes';
import type { AnswerNotes } from '../assessments/notes';
import { useCurrentAssessment } from '../assessments/use-current-assessment';
import { selectionOf } from './answer-selection';
import { useQuestionTexts } from './question-texts';

/** Check your answers: every answer on the path with a Change link, then on to the result. */
export function CheckAnswersPage() {
  const current = useCurrentAssessment();
  const answers = current?.answers ?? {};
  const next = nextQuestion(answers);
  // Only a complete set of answers can be checked; otherwise carry on where the answers stop (with no assessment,
  // the answers are empty and that is the first question).
  if (next !== null) return <Navigate replace to={questionPath(next)} />;
  return <CheckAnswers answers={answers} notes={notesOnPath(answers, current?.notes)} />;
}

function CheckAnswers({ answers, notes }: { answers: AssessmentInput; notes: AnswerNotes }) {
  const { t } = useTranslation('wizard');
  usePageTitle(t('check.title'));
  const path = applicableQuestions(answers);
  const last = path[path.length - 1];

  return (
    <div className="check-answers">
      {last === undefined ? null : <BackLink to={questionPath(last)}>{t('check.back')}</BackLink>}
      <PageHeading>{t('check.title')}</PageHeading>
      <ProjectFlowNote />
      <p>{t('check.lead')}</p>
      <dl className="summary-list" aria-label={t('check.answersLabel')}>
        {path.map((id) => (
          <AnswerRow key={id} questionId={id} answers={answers} note={notes[id]} />
        ))}
      </dl>
      <p>
        <Link className="button" to={paths.result}>
          {t('check.seeResult')}
        </Link>
      </p>
    </div>
  );
}

function AnswerRow({ questionId, answers, note }: { questionId: QuestionId; answers: AssessmentInput; note: string | undefined }) {
  const { t } = useTranslation('wizard');
  const texts = useQuestionTexts();
  const title = texts.title(questionId);
  const labels = selectionOf(answers, questionId).map((answer) => texts.option(questionId, answer));

  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">{title}</dt>
      <dd className="summary-list__value">
        {labels.length === 0 ? t('check.none') : null}
        {labels.length === 1 ? labels[0] : null}
        {labels.length > 1 ? (
          <ul className="summary-list__answers">
            {labels.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        ) : null}
        {note === undefined ? null : (
          <p className="summary-list__note user-text">
            <span className="summary-list__note-label">{t('check.noteLabel')}</span>
            {note}
          </p>
        )}
      </dd>
      <dd className="summary-list__actions">
        <Link to={questionPath(questionId, { change: true })}>
          {t('check.change')}
          <VisuallyHidden>{t('check.changeHidden', { question: title })}</VisuallyHidden>
        </Link>
      </dd>
    </div>
  );
}
