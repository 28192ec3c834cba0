import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { displayName } from './build-memo';
import { reviewNamespaces } from './namespaces';
import { sessionPath } from './paths';
import type { Review } from './schema';
import { useReviewsApi, useReviewsState } from './store-context';
import { computedFingerprint } from './submission';
import { ConfirmPrompt } from '../../components/ui/confirm-prompt';

/** The reviews kept in this browser, newest change first, each with a link to resume it and a way to delete it. */
export function ReviewList() {
  const { t } = useTranslation(reviewNamespaces);
  const reviews = useReviewsState((state) => state.reviews);
  const projectReviews = useReviewsState((state) => state.projectReviews);
  const headingId = useId();
  const [deleted, setDeleted] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // The delete button has gone with its item; the confirmation takes focus so keyboard users keep their place.
    if (deleted !== null) statusRef.current?.focus();
  }, [deleted]);
  // A project's flows are listed with their project (ProjectReviewList), not one by one here.
  const inProjects = new Set(projectReviews.flatMap((project) => project.flows.map((flow) => flow.reviewId)));
  const sorted = reviews.filter((review) => !inProjects.has(review.id)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  return (
    <section className="review-section review-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('review:list.heading')}</h2>
      <div role="status" className="status-message">
        {deleted === null ? null : (
          <p className="notice notice--success" tabIndex={-1} ref={statusRef}>
            {t('review:list.deleted', { name: deleted })}
          </p>
        )}
      </div>
      {sorted.length === 0 ? (
        <p>{t('review:list.empty')}</p>
      ) : (
        <>
          <p>{t('review:list.intro')}</p>
          <ul className="review-list__items">
            {sorted.map((review) => (
              <ReviewListItem key={review.id} review={review} onDeleted={setDeleted} />
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
  const [confirming, setConfirming] = useState(false);
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
        <div>
          <dt>{t('review:list.updated')}</dt>
          <dd>
            <time dateTime={review.updatedAt}>
              {t('review:list.date', { date: new Date(review.updatedAt), formatParams: { date: { dateStyle: 'medium', timeStyle: 'short' } } })}
            </time>
          </dd>
        </div>
      </dl>
      {confirming ? (
        <ConfirmPrompt
          question={t('review:list.confirmQuestion', { name })}
          confirmLabel={t('review:list.confirmDelete')}
          cancelLabel={t('review:list.cancelDelete')}
          onConfirm={() => {
            store.getState().reviewDeleted(review.id);
            onDeleted(name);
          }}
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
          {t('review:list.delete')}
          <span className="visually-hidden">{t('review:list.deleteFor', { name })}</span>
        </button>
      )}
    </li>
  );
}
