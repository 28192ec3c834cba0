import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import '../../styles/review.css';
import { BackLink } from '../../components/ui/back-link';
import { ScrollRegion } from '../../components/ui/data-table';
import { PageHeading } from '../../components/ui/page-heading';
import { downloadText, safeFileName } from '../../lib/export/download';
import { usePageTitle } from '../../routing/use-page-title';
import { changedAnswers } from '../feedback/reviewed-version';
import { splitLabel } from '../projects/overview';
import { reviewNamespaces } from './namespaces';
import type { ReviewT } from './namespaces';
import { projectFlowPath, reviewPaths } from './paths';
import { serializeProjectReviewFile, toProjectReviewFile } from './project-review-file';
import type { ProjectReview, Review } from './schema';
import { ReviewNotFound, ReviewerField, Session } from './session-page';
import { ReviewStorageNotices } from './storage-notices';
import { useReviewsApi, useReviewsState } from './store-context';
import { examineSubmission } from './submission';

/** The project review with this id, or undefined. */
function useProjectReview(projectReviewId: string | undefined): ProjectReview | undefined {
  return useReviewsState((state) => state.projectReviews.find((project) => project.id === projectReviewId));
}

/**
 * The flows' reviews in the project's order; a flow whose review is gone (a restored backup that lacked it) is
 * left out, and the page says how many are missing.
 */
function useFlowReviews(project: ProjectReview | undefined): readonly Review[] {
  const reviews = useReviewsState((state) => state.reviews);
  return useMemo(() => {
    if (project === undefined) return [];
    const byId = new Map(reviews.map((review) => [review.id, review]));
    return project.flows.flatMap((flow) => {
      const review = byId.get(flow.reviewId);
      return review === undefined ? [] : [review];
    });
  }, [project, reviews]);
}

const projectName = (t: ReviewT, project: ProjectReview) => (project.name.trim() === '' ? t('review:project.unnamed') : project.name);
const flowTitle = (t: ReviewT, label: string, number: number) => (label.trim() === '' ? t('review:project.flowNumber', { number }) : label);

/** `#/review/project/<id>`: one session for a whole project file: its flows, each marked on its own page, and one memo. */
export function ProjectReviewPage() {
  const { projectReviewId } = useParams();
  const project = useProjectReview(projectReviewId);
  if (project === undefined) return <ReviewNotFound />;
  return <ProjectSession project={project} />;
}

export default ProjectReviewPage;

/** `#/review/project/<id>/flow/<n>`: one flow, in the same review page a single submission gets. */
export function ProjectFlowReviewPage() {
  const { projectReviewId, flowNumber } = useParams();
  const project = useProjectReview(projectReviewId);
  const number = Number(flowNumber);
  const flow = Number.isInteger(number) ? project?.flows[number - 1] : undefined;
  const review = useReviewsState((state) => state.reviews.find((r) => r.id === flow?.reviewId));
  if (project === undefined || review === undefined) return <ReviewNotFound />;
  return <Session review={review} flowOf={{ projectReviewId: project.id, projectName: project.name, number, count: project.flows.length }} />;
}

function ProjectSession({ project }: { project: ProjectReview }) {
  const { t } = useTranslation(reviewNamespaces);
  const name = projectName(t, project);
  usePageTitle(t('review:project.title', { name }));
  const flowReviews = useFlowReviews(project);
  const missing = project.flows.length - flowReviews.length;

  return (
    <article className="review-session review-project">
      <BackLink to={reviewPaths.open}>{t('review:session.back')}</BackLink>
      <PageHeading>{t('review:project.title', { name })}</PageHeading>
      <p className="lead">{t('review:project.lead', { count: project.flows.length })}</p>
      <ReviewStorageNotices />
      {missing > 0 ? <p className="notice notice--problem">{t('review:project.missing', { count: missing })}</p> : null}
      <FlowsTable project={project} />
      <ProjectOverall project={project} />
      <ProjectExport project={project} flowReviews={flowReviews} complete={missing === 0} />
    </article>
  );
}

function FlowsTable({ project }: { project: ProjectReview }) {
  const { t } = useTranslation(reviewNamespaces);
  const reviews = useReviewsState((state) => state.reviews);
  const captionId = useId();
  const rows = useMemo(
    () =>
      project.flows.map((flow, index) => {
        const review = reviews.find((r) => r.id === flow.reviewId);
        if (review === undefined) return { flow, number: index + 1, review: null };
        // The examination is the single review's own: the same rules, the same reading of the submission.
        const examination = examineSubmission(review.submission);
        const reviewed = review.submission.kind === 'file' ? review.submission.file.reviewedVersion : undefined;
        const marked =
          Object.values(review.answers).filter((item) => item.mark !== null).length +
          Object.values(review.checklist).filter((item) => item.mark !== null).length;
        return {
          flow,
          number: index + 1,
          review: {
            complete: examination.current.kind === 'complete',
            marked,
            changed: reviewed === undefined ? null : changedAnswers(reviewed.input, examination.input).length,
          },
        };
      }),
    [project, reviews],
  );

  return (
    <section className="review-section" aria-labelledby={captionId}>
      <h2 id={captionId}>{t('review:project.flows.heading')}</h2>
      <p>{t('review:project.flows.lead')}</p>
      <ScrollRegion labelledBy={`${captionId}-caption`}>
        <table className="review-project__flows">
          <caption className="visually-hidden" id={`${captionId}-caption`}>
            {t('review:project.flows.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('review:project.flows.flow')}</th>
              <th scope="col">{t('review:project.flows.provider')}</th>
              <th scope="col">{t('review:project.flows.recipient')}</th>
              <th scope="col">{t('review:project.flows.answers')}</th>
              <th scope="col">{t('review:project.flows.marked')}</th>
              <th scope="col">{t('review:project.flows.sinceReview')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ flow, number, review }) => {
              const sides = splitLabel(flow.label);
              const title = flowTitle(t, flow.label, number);
              return (
                <tr key={flow.reviewId} data-flow={number}>
                  <th scope="row">
                    {review === null ? title : <Link to={projectFlowPath(project.id, number)}>{title}</Link>}
                  </th>
                  <td>{sides?.provider ?? t('review:project.flows.unknownSide')}</td>
                  <td>{sides?.recipient ?? t('review:project.flows.unknownSide')}</td>
                  {review === null ? (
                    <td colSpan={3}>{t('review:project.flows.reviewMissing')}</td>
                  ) : (
                    <>
                      <td>{review.complete ? t('review:project.flows.complete') : t('review:project.flows.incomplete')}</td>
                      <td>{t('review:list.markedCount', { n: review.marked })}</td>
                      <td>
                        {review.changed === null
                          ? t('review:project.flows.notReviewedBefore')
                          : review.changed === 0
                            ? t('review:project.flows.noChange')
                            : t('review:project.flows.changed', { count: review.changed })}
                      </td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

function ProjectOverall({ project }: { project: ProjectReview }) {
  const { t } = useTranslation(reviewNamespaces);
  const store = useReviewsApi();
  const headingId = useId();
  const commentId = useId();
  return (
    <section className="review-section" aria-labelledby={headingId} data-section="project-overall">
      <h2 id={headingId}>{t('review:project.overall.heading')}</h2>
      <div className="form-group">
        <label className="label" htmlFor={commentId}>
          {t('review:project.overall.comment')}
        </label>
        <textarea
          className="input review-overall__comment"
          id={commentId}
          rows={5}
          value={project.overallComment}
          onChange={(event) => {
            store.getState().projectOverallCommented(project.id, event.target.value);
          }}
        />
      </div>
      <ReviewerField
        label={t('review:overall.reviewerName')}
        autoComplete="name"
        value={project.reviewerName}
        onChange={(name) => {
          store.getState().projectReviewerNamed(project.id, name);
        }}
      />
      <ReviewerField
        label={t('review:overall.committee')}
        autoComplete="organization"
        value={project.committee}
        onChange={(committee) => {
          store.getState().projectCommitteeNamed(project.id, committee);
        }}
      />
      <p className="hint">{t('review:overall.saved')}</p>
    </section>
  );
}

type ExportStatus = { readonly kind: 'idle' } | { readonly kind: 'done'; readonly file: string } | { readonly kind: 'failed' };

/** One memo file for the whole project, which the researcher takes back in on their review-feedback page. */
function ProjectExport({ project, flowReviews, complete }: { project: ProjectReview; flowReviews: readonly Review[]; complete: boolean }) {
  const { t } = useTranslation(reviewNamespaces);
  const headingId = useId();
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const save = () => {
    try {
      const file = safeFileName(t('review:export.fileBase', { name: projectName(t, project) }), t('review:export.fileFallback'), 'json');
      downloadText(file, 'application/json', serializeProjectReviewFile(toProjectReviewFile(project, flowReviews)));
      setStatus({ kind: 'done', file });
    } catch {
      setStatus({ kind: 'failed' });
    }
  };
  return (
    <section className="review-section review-export" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('review:project.export.heading')}</h2>
      <p>{t('review:project.export.lead')}</p>
      <div className="button-group review-export__buttons">
        <button type="button" className="button" disabled={!complete} onClick={save}>
          {t('review:project.export.button')}
        </button>
      </div>
      <div role="status" className="status-message">
        {status.kind === 'done' ? <p className="notice notice--success">{t('review:export.done', { file: status.file })}</p> : null}
        {status.kind === 'failed' ? <p className="notice notice--problem">{t('review:project.export.failed')}</p> : null}
      </div>
    </section>
  );
}
