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
import { FeedbackNote, answerFeedback, changedQuestions } from '../feedback/received-review';
import type { ItemFeedback } from '../feedback/received-review';
import type { ReceivedReview } from '../feedback/schema';
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
  return <CheckAnswers answers={answers} notes={notesOnPath(answers, current?.notes)} review={current?.receivedReview} />;
}

function CheckAnswers({ answers, notes, review }: { answers: AssessmentInput; notes: AnswerNotes; review: ReceivedReview | undefined }) {
  const { t } = useTranslation('wizard');
  usePageTitle(t('check.title'));
  const path = applicableQuestions(answers);
  const last = path[path.length - 1];
  const changed = review === undefined ? [] : (changedQuestions(review, answers) ?? []);

  return (
    <div className="check-answers">
      {last === undefined ? null : <BackLink to={questionPath(last)}>{t('check.back')}</BackLink>}
      <PageHeading>{t('check.title')}</PageHeading>
      <ProjectFlowNote />
      <p>{t('check.lead')}</p>
      <dl className="summary-list" aria-label={t('check.answersLabel')}>
        {path.map((id) => (
          <AnswerRow
            key={id}
            questionId={id}
            answers={answers}
            note={notes[id]}
            feedback={answerFeedback(review, id)}
            changedSinceReview={changed.includes(id)}
          />
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

interface AnswerRowProps {
  readonly questionId: QuestionId;
  readonly answers: AssessmentInput;
  readonly note: string | undefined;
  /** The ethics office's mark and comment on this answer, when a review was taken in. */
  readonly feedback: ItemFeedback | undefined;
  readonly changedSinceReview: boolean;
}

function AnswerRow({ questionId, answers, note, feedback, changedSinceReview }: AnswerRowProps) {
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
        {feedback === undefined && !changedSinceReview ? null : <FeedbackNote feedback={feedback} changed={changedSinceReview} />}
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
