import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ConfirmPrompt } from '../../components/ui/confirm-prompt';
import { reviewNamespaces } from './namespaces';
import { projectSessionPath } from './paths';
import type { ProjectReview } from './schema';
import { useReviewsApi, useReviewsState } from './store-context';

/** The project reviews kept in this browser, newest change first; shown only once a project has been opened. */
export function ProjectReviewList() {
  const { t } = useTranslation(reviewNamespaces);
  const projects = useReviewsState((state) => state.projectReviews);
  const headingId = useId();
  const [deleted, setDeleted] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // The delete button has gone with its item; the confirmation takes focus so keyboard users keep their place.
    if (deleted !== null) statusRef.current?.focus();
  }, [deleted]);
  if (projects.length === 0 && deleted === null) return null;
  const sorted = [...projects].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  return (
    <section className="review-section review-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('review:projectList.heading')}</h2>
      <div role="status" className="status-message">
        {deleted === null ? null : (
          <p className="notice notice--success" tabIndex={-1} ref={statusRef}>
            {t('review:list.deleted', { name: deleted })}
          </p>
        )}
      </div>
      {sorted.length === 0 ? null : (
        <ul className="review-list__items">
          {sorted.map((project) => (
            <ProjectItem key={project.id} project={project} onDeleted={setDeleted} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ProjectItem({ project, onDeleted }: { project: ProjectReview; onDeleted: (name: string) => void }) {
  const { t } = useTranslation(reviewNamespaces);
  const store = useReviewsApi();
  const [confirming, setConfirming] = useState(false);
  const name = project.name.trim() === '' ? t('review:project.unnamed') : project.name;
  return (
    <li className="review-list__item">
      <h3 className="review-list__name">
        <Link to={projectSessionPath(project.id)}>{name}</Link>
      </h3>
      <dl className="review-list__meta">
        <div>
          <dt>{t('review:projectList.flows')}</dt>
          <dd>{t('review:projectList.flowCount', { count: project.flows.length })}</dd>
        </div>
        <div>
          <dt>{t('review:list.updated')}</dt>
          <dd>
            <time dateTime={project.updatedAt}>
              {t('review:list.date', { date: new Date(project.updatedAt), formatParams: { date: { dateStyle: 'medium', timeStyle: 'short' } } })}
            </time>
          </dd>
        </div>
      </dl>
      {confirming ? (
        <ConfirmPrompt
          question={t('review:projectList.confirmQuestion', { name })}
          confirmLabel={t('review:list.confirmDelete')}
          cancelLabel={t('review:list.cancelDelete')}
          onConfirm={() => {
            store.getState().projectReviewDeleted(project.id);
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
