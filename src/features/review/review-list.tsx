import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { displayName } from './build-memo';
import { DeleteItemButton, UpdatedRow, useDeletedNotice } from './list-parts';
import { reviewNamespaces } from './namespaces';
import { sessionPath } from './paths';
import type { Review } from './schema';
import { useReviewsApi, useReviewsState } from './store-context';
import { computedFingerprint } from './submission';

/** The reviews kept in this browser, newest change first, each with a link to resume it and a way to delete it. */
export function ReviewList() {
  const { t } = useTranslation(reviewNamespaces);
  const reviews = useReviewsState((state) => state.reviews);
  const projectReviews = useReviewsState((state) => state.projectReviews);
  const headingId = useId();
  const { onDeleted, notice } = useDeletedNotice();
  // A project's flows are listed with their project (ProjectReviewList), not one by one here.
  const inProjects = new Set(projectReviews.flatMap((project) => project.flows.map((flow) => flow.reviewId)));
  const sorted = reviews.filter((review) => !inProjects.has(review.id)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  return (
    <section className="review-section review-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('review:list.heading')}</h2>
      {notice}
      {sorted.length === 0 ? (
        <p>{t('review:list.empty')}</p>
      ) : (
        <>
          <p>{t('review:list.intro')}</p>
          <ul className="review-list__items">
            {sorted.map((review) => (
              <ReviewListItem key={review.id} review={review} onDeleted={onDeleted} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ReviewListItem({ review, onDeleted }: { review: Review; onDeleted: (name: string) => void }) {
  const { t } = useTranslation(reviewNamespaces);
  const store = useReviewsApi();
  const name = displayName(t, review);
  const marked =
    Object.values(review.answers).filter((item) => item.mark !== null).length +
    Object.values(review.checklist).filter((item) => item.mark !== null).length;

  return (
    <li className="review-list__item">
      <h3 className="review-list__name">
        <Link to={sessionPath(review.id)}>{name}</Link>
      </h3>
      <dl className="review-list__meta">
        <div>
          <dt>{t('review:session.meta.source')}</dt>
          <dd>{review.submission.kind === 'file' ? t('review:session.source.file') : t('review:session.source.link')}</dd>
        </div>
        <div>
          <dt>{t('review:list.fingerprint')}</dt>
          <dd>
            <code>{computedFingerprint(review.submission)}</code>
          </dd>
        </div>
        <div>
          <dt>{t('review:list.marked')}</dt>
          <dd>{t('review:list.markedCount', { n: marked })}</dd>
        </div>
        <UpdatedRow at={review.updatedAt} />
      </dl>
      <DeleteItemButton
        name={name}
        question={t('review:list.confirmQuestion', { name })}
        onConfirm={() => {
          store.getState().reviewDeleted(review.id);
          onDeleted(name);
        }}
      />
    </li>
  );
}
