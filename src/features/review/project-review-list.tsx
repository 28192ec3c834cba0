import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { DeleteItemButton, UpdatedRow, useDeletedNotice } from './list-parts';
import { reviewNamespaces } from './namespaces';
import { projectSessionPath } from './paths';
import type { ProjectReview } from './schema';
import { useReviewsApi, useReviewsState } from './store-context';

/** The project reviews kept in this browser, newest change first; shown only once a project has been opened. */
export function ProjectReviewList() {
  const { t } = useTranslation(reviewNamespaces);
  const projects = useReviewsState((state) => state.projectReviews);
  const headingId = useId();
  const { deleted, onDeleted, notice } = useDeletedNotice();
  if (projects.length === 0 && deleted === null) return null;
  const sorted = [...projects].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

  return (
    <section className="review-section review-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('review:projectList.heading')}</h2>
      {notice}
      {sorted.length === 0 ? null : (
        <ul className="review-list__items">
          {sorted.map((project) => (
            <ProjectItem key={project.id} project={project} onDeleted={onDeleted} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ProjectItem({ project, onDeleted }: { project: ProjectReview; onDeleted: (name: string) => void }) {
  const { t } = useTranslation(reviewNamespaces);
  const store = useReviewsApi();
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
        <UpdatedRow at={project.updatedAt} />
      </dl>
      <DeleteItemButton
        name={name}
        question={t('review:projectList.confirmQuestion', { name })}
        onConfirm={() => {
          store.getState().projectReviewDeleted(project.id);
          onDeleted(name);
        }}
      />
    </li>
  );
}
