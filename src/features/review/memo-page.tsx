import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import '../../styles/review.css';
import { usePageTitle } from '../../routing/use-page-title';
import { BackLink } from '../../components/ui/back-link';
import { buildReviewMemo } from './build-memo';
import { DocView } from './doc-view';
import { ExportActions } from './export-actions';
import { reviewNamespaces } from './namespaces';
import { sessionPath } from './paths';
import type { Review } from './schema';
import { ReviewNotFound } from './session-page';
import { useExamination, useReview } from './use-review';

/** The review memo as a page, laid out for A4 and black-and-white printing. */
export function ReviewMemoPage() {
  const { reviewId } = useParams();
  const review = useReview(reviewId);
  if (review === undefined) return <ReviewNotFound />;
  return <Memo review={review} />;
}

export default ReviewMemoPage;

function Memo({ review }: { review: Review }) {
  const { t } = useTranslation(reviewNamespaces);
  const examination = useExamination(review);
  // `t` changes with the language, so the memo is rebuilt in the language of the page.
  const doc = useMemo(() => buildReviewMemo(t, review, examination), [t, review, examination]);
  usePageTitle(doc.title);

  return (
    <article className="review-memo">
      <BackLink to={sessionPath(review.id)}>{t('review:memo.back')}</BackLink>
      <div className="review-memo__actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            window.print();
          }}
        >
          {t('review:memo.print')}
        </button>
      </div>
      <DocView doc={doc} />
      <div className="review-memo__actions">
        <ExportActions review={review} examination={examination} printLink={false} />
      </div>
    </article>
  );
}
