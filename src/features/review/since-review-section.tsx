import { memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { evaluate, nextQuestion } from '../../rules';
import { changedAnswers } from '../feedback/reviewed-version';
import type { ReviewedVersion } from '../feedback/reviewed-version';
import { withUserText } from '../report/user-text';
import { diffAssessments } from './diff';
import { reviewNamespaces } from './namespaces';
import type { Examination } from './submission';
import { answerText, changeText, questionTitle } from './texts';

/**
 * A resubmission after the office's review: the researcher's file records the version reviewed, so this shows what
 * changed since then: each answer (reviewed → now) and what that changes in the result.
 */
export const SinceReviewSection = memo(function SinceReviewSection({ reviewed, examination }: { reviewed: ReviewedVersion; examination: Examination }) {
  const { t } = useTranslation(reviewNamespaces);
  const headingId = useId();
  const changed = useMemo(() => changedAnswers(reviewed.input, examination.input), [reviewed.input, examination.input]);
  const { current } = examination;
  const resultChanges = useMemo(() => {
    if (current.kind !== 'complete' || nextQuestion(reviewed.input) !== null) return null;
    return diffAssessments(evaluate(reviewed.input), current.assessment);
  }, [reviewed.input, current]);
  const date = t('review:list.date', { date: new Date(reviewed.reviewedAt), formatParams: { date: { dateStyle: 'medium' } } });
  return (
    <section className="review-section" aria-labelledby={headingId} data-section="since-review">
      <h2 id={headingId}>{t('review:sinceReview.heading')}</h2>
      <p>
        {withUserText((slots) => t('review:sinceReview.lead', { ...slots, date }), {
          reviewer: reviewed.reviewerName.trim() === '' ? t('review:sinceReview.unknownReviewer') : reviewed.reviewerName,
        })}
      </p>
      {changed.length === 0 ? (
        <p>{t('review:sinceReview.noChange')}</p>
      ) : (
        <ul data-changed-since-review={changed.join(' ')}>
          {changed.map((question) => (
            <li key={question}>
              {t('review:sinceReview.answer', {
                question: questionTitle(t, question),
                before: answerText(t, question, reviewed.input[question]),
                after: answerText(t, question, examination.input[question]),
              })}
            </li>
          ))}
        </ul>
      )}
      {resultChanges === null || changed.length === 0 ? null : resultChanges.length === 0 ? (
        <p>{t('review:sinceReview.sameResult')}</p>
      ) : (
        <>
          <p>{t('review:sinceReview.resultLead')}</p>
          <ul>
            {resultChanges.map((change, index) => (
              <li key={index}>{changeText(t, change)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
});
