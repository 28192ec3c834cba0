import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ConfirmPrompt } from '../../components/ui/confirm-prompt';
import { paths } from '../../routing/paths';
import type { AssessmentInput, QuestionId } from '../../rules';
import { formatDateTime } from '../report/format';
import { withUserText } from '../report/user-text';
import type { ReviewMark } from '../review/schema';
import { markCounts } from './marks';
import { changedAnswers } from './reviewed-version';
import type { ReceivedReview } from './schema';

/** One answer's or checklist item's review, as the office wrote it: a mark, a comment, or both. */
export interface ItemFeedback {
  readonly mark: ReviewMark | undefined;
  readonly comment: string | undefined;
}

/** The office's mark and comment on one answer, or undefined when it said nothing about it. */
export function answerFeedback(review: ReceivedReview | undefined, question: QuestionId): ItemFeedback | undefined {
  if (review === undefined) return undefined;
  return feedbackOf(review.file.marks.answers[question], review.file.comments.answers[question]);
}

/** The office's mark and comment on one checklist item, or undefined. */
export function checklistFeedback(review: ReceivedReview | undefined, item: keyof ReceivedReview['file']['marks']['checklist']): ItemFeedback | undefined {
  if (review === undefined) return undefined;
  return feedbackOf(review.file.marks.checklist[item], review.file.comments.checklist[item]);
}

function feedbackOf(mark: ReviewMark | undefined, comment: string | undefined): ItemFeedback | undefined {
  const text = comment?.trim() === '' ? undefined : comment;
  return mark === undefined && text === undefined ? undefined : { mark, comment: text };
}

/** The questions changed since the review, or null when the review file did not say what was reviewed. */
export function changedQuestions(review: ReceivedReview, answers: AssessmentInput): QuestionId[] | null {
  const reviewed = review.file.submission.reviewedInput;
  return reviewed === undefined ? null : changedAnswers(reviewed, answers);
}

/**
 * Beside an answer or an item: the office's mark and comment (the comment is the office's text, shown as text), and
 * whether the answer changed since. Callers mount it only when there is something to say, so a page without a
 * review never loads these texts.
 */
export function FeedbackNote({ feedback, changed = false }: { feedback: ItemFeedback | undefined; changed?: boolean }) {
  const { t } = useTranslation('feedback');
  return (
    <div className="feedback-note" data-feedback-mark={feedback?.mark ?? 'none'}>
      {feedback === undefined ? null : (
        <p>
          <span className="feedback-note__label">{t('note.label')}</span>
          {feedback.mark === undefined ? null : <strong className={`feedback-note__mark feedback-note__mark--${feedback.mark}`}>{t(`note.mark.${feedback.mark}`)}</strong>}
          {feedback.comment === undefined ? null : <span className="feedback-note__comment user-text"> {feedback.comment}</span>}
        </p>
      )}
      {changed ? <p className="feedback-note__changed">{t('note.changed')}</p> : null}
    </div>
  );
}

/**
 * On the result page: who reviewed and when, the overall comment, how many points need work, and which answers
 * changed since (so the researcher knows what the office has not seen). The review can be removed, after a confirm.
 */
export function ReceivedReviewPanel({
  review,
  answers,
  questionTitle,
  onRemove,
}: {
  review: ReceivedReview;
  answers: AssessmentInput;
  questionTitle: (question: QuestionId) => string;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation('feedback');
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const { file } = review;
  const counts = markCounts(file);
  const changed = changedQuestions(review, answers);
  const notGiven = t('preview.notGiven');
  return (
    <section className="result-section feedback-panel" aria-labelledby={headingId} data-section="received-review">
      <h2 id={headingId}>{t('panel.heading')}</h2>
      <p>
        {withUserText((slots) => t('panel.meta', { ...slots, date: formatDateTime(file.reviewedAt, i18n.resolvedLanguage) }), {
          reviewer: file.reviewer.name.trim() === '' ? notGiven : file.reviewer.name,
          committee: file.reviewer.committee.trim() === '' ? notGiven : file.reviewer.committee,
        })}
      </p>
      <p data-feedback-counts>{t('panel.counts', counts)}</p>
      {file.comments.overall.trim() === '' ? null : (
        <>
          <h3>{t('panel.overall')}</h3>
          <p className="user-text">{file.comments.overall}</p>
        </>
      )}
      <h3>{t('panel.changedHeading')}</h3>
      {changed === null ? <p>{t('panel.changedUnknown')}</p> : null}
      {changed !== null && changed.length === 0 ? <p>{t('panel.changedNone')}</p> : null}
      {changed !== null && changed.length > 0 ? (
        <ul data-changed-since-review={changed.join(' ')}>
          {changed.map((question) => (
            <li key={question}>{questionTitle(question)}</li>
          ))}
        </ul>
      ) : null}
      <p>{t('panel.nextExport')}</p>
      <p>
        <Link to={paths.check}>{t('panel.seeAnswers')}</Link>
      </p>
      {confirming ? (
        <ConfirmPrompt
          question={t('panel.removeQuestion')}
          confirmLabel={t('panel.removeConfirm')}
          cancelLabel={t('panel.removeCancel')}
          onConfirm={onRemove}
          onCancel={() => {
            setConfirming(false);
          }}
        />
      ) : (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setConfirming(true);
          }}
        >
          {t('panel.remove')}
        </button>
      )}
    </section>
  );
}
